// Text helpers particular to the exports: word-wise folding for keywords, NetSuite's currency names,
import {MONTH_ABBR_ES} from '../kernel/months';
// and the Master's "Mes facturacion" text. Cells are read with cell-values.ts; names compared with text-fold.ts.
import {parseCurrency, type RawCell} from '../kernel/cell-values';

/** Folds case, accents and punctuation; words separated by one space ("Número  de-doc" -> "numero de doc"). */
export function foldWords(text: RawCell): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when `phrase` occurs in `text` as whole words, both folded ("Comisión de giro" has "comision"). */
export function hasPhrase(text: string, phrase: string): boolean {
  const t = ` ${foldWords(text)} `;
  const p = foldWords(phrase);
  return p !== '' && t.includes(` ${p} `);
}

/** The Master's "Mes facturacion" text of an ISO day: "2025-08-14" -> "ago-25". */
export function billingMonth(isoDayText: string): string {
  const [y, m] = isoDayText.split('-');
  return `${MONTH_ABBR_ES[Number(m) - 1]}-${y.slice(2)}`;
}

/**
 * Currency of a NetSuite "Moneda" cell: the codes cell-values knows, plus NetSuite's names
 * ("Peso colombiano", "US Dollar"). Null when it is neither COP nor USD.
 */
export function parseExportCurrency(value: RawCell): 'COP' | 'USD' | null {
  const parsed = parseCurrency(value);
  if (
    parsed.kind === 'value' &&
    (parsed.value === 'COP' || parsed.value === 'USD')
  ) {
    return parsed.value;
  }
  const f = foldWords(value);
  if (/\b(usd|us|dolar|dolares|dollar|dollars)\b/.test(f)) return 'USD';
  if (/\b(cop|peso|pesos)\b/.test(f)) return 'COP';
  return null;
}
