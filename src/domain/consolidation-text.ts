// Text and cell helpers for consolidating exports: folding names, reading dates/amounts, neutralising text.
// Names are compared with foldKey (src/domain/text-fold.ts); foldWords keeps word boundaries for keywords.

/** Folds case, accents and punctuation; words separated by one space ("Número  de-doc" -> "numero de doc"). */
export function foldWords(text: unknown): string {
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

/** Text is neutralised before it is written to a cell: a leading = + - @ must not become a formula. */
export function neutraliseText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** True for a cell that holds nothing (null, undefined, blank text). */
export function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/** A cell as trimmed text ("" for blank); numbers lose a trailing ".0" ("800062591.0" -> "800062591"). */
export function cellText(value: unknown): string {
  if (isBlank(value)) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(value);
  return String(value)
    .trim()
    .replace(/^(\d+)\.0+$/, '$1');
}

/** Days between 1899-12-30 (the Sheets/Excel epoch) and 1970-01-01. */
const SERIAL_EPOCH_DAYS = 25569;
const DAY_MS = 86400000;
/** Bogotá is UTC-5 all year (no DST). */
const BOGOTA_OFFSET_MS = -5 * 3600000;

/**
 * Reads a date cell as an ISO day "YYYY-MM-DD": a Date (taken in Bogotá time), a Sheets serial
 * number, "15/09/2025", "2025-09-15" (optionally with a time). Null when it is none of these.
 */
export function parseDay(value: unknown): string | null {
  if (value instanceof Date || isDateLike(value)) {
    const ms = (value as Date).getTime();
    if (Number.isNaN(ms)) return null;
    return isoDay(new Date(ms + BOGOTA_OFFSET_MS));
  }
  if (typeof value === 'number' && value > 0 && value < 2958466) {
    return isoDay(new Date((Math.floor(value) - SERIAL_EPOCH_DAYS) * DAY_MS));
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s.*)?$/.exec(text);
  if (m) return checkedDay(+m[3], +m[2], +m[1]);
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(text);
  if (m) return checkedDay(+m[1], +m[2], +m[3]);
  return null;
}

/** A Date from another realm (the bundle runs in its own): duck-typed. */
function isDateLike(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) === '[object Date]'
  );
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function checkedDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return isoDay(date);
}

const MONTHS_ES = [
  'ene',
  'feb',
  'mar',
  'abr',
  'may',
  'jun',
  'jul',
  'ago',
  'sep',
  'oct',
  'nov',
  'dic',
];

/** The Master's "Mes facturacion" text of an ISO day: "2025-08-14" -> "ago-25". */
export function billingMonth(isoDayText: string): string {
  const [y, m] = isoDayText.split('-');
  return `${MONTHS_ES[Number(m) - 1]}-${y.slice(2)}`;
}

/**
 * Reads an amount: a number, or text in es-CO ("$ 1.234.567,89", "(1.234,00)" negative) or with
 * a decimal point ("1234.5"). Null when blank or not a number.
 */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(/\s|\$|US|COP|USD/gi, '');
  if (text === '') return null;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    sign = -1;
    text = paren[1];
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1);
  }
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) || /^\d+,\d+$/.test(text)) {
    text = text.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    text = text.replace(/,/g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return sign * Number(text);
}

/** Currency of a NetSuite "Moneda" cell: COP, USD, or null when it says something else. */
export function parseCurrency(value: unknown): 'COP' | 'USD' | null {
  const f = foldWords(value);
  if (/\b(usd|us|dolar|dolares|dollar|dollars)\b/.test(f)) return 'USD';
  if (/\b(cop|peso|pesos)\b/.test(f)) return 'COP';
  return null;
}
