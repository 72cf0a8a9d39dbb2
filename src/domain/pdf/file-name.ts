// Invoice numbers in PDF file names: "FE10555.pdf", "dian_FE10555.pdf", "Factura FE-10555 ACME.pdf".
import {
  INVOICE_PREFIXES,
  MAX_CONSECUTIVE_DIGITS,
  makeInvoiceNumber,
  type InvoiceNumber,
  type InvoicePrefix,
} from '../kernel/invoice-number';

/**
 * A prefix at a word start (not preceded by a letter or digit: "dian_FE1" yes, "NCFE1" not as FE),
 * up to two separators, then the whole run of digits (never a cut: FE105550 is FE105550).
 * Alternation is longest prefix first, so NCFE is tried before FE.
 */
const TOKEN = new RegExp(
  `(?<![A-Za-z0-9])(${INVOICE_PREFIXES.join('|')})[ \\-_.#]{0,2}(\\d+)(?!\\d)`,
  'gi',
);

/** The file is a PDF by its name: ".pdf" in any case, ignoring trailing spaces. */
export function isPdfName(name: string): boolean {
  return /\.pdf\s*$/i.test(name);
}

/**
 * DIAN's own XML/ZIP names (`fv08001972680001900000011.xml`, `z...zip`): tag, NIT and a hex
 * sequence. They carry no invoice number.
 */
export function isDianFileName(name: string): boolean {
  const base = name.trim().replace(/\.[A-Za-z0-9]{1,4}$/, '');
  return /^(fv|nc|nd|ar|ad|ds|z)\d{10}[0-9a-f]{3,}$/i.test(base);
}

/**
 * The invoice numbers a PDF's name stands for, canonical and distinct, in order of appearance.
 * A credit note (NCFE) named together with the invoice it corrects ("NCFE12 de FE10555.pdf")
 * stands for the note only: a note must never be handed over as the invoice's PDF.
 * Returns [] for non-PDF names, DIAN XML/ZIP names and names without a number.
 */
export function invoiceNumbersInFileName(name: string): InvoiceNumber[] {
  if (!isPdfName(name) || isDianFileName(name)) return [];
  const stem = name.trim().replace(/\.pdf$/i, '');
  const found: InvoiceNumber[] = [];
  const seen = new Set<string>();
  for (const m of stem.matchAll(TOKEN)) {
    const prefix = m[1].toUpperCase() as InvoicePrefix;
    const digits = m[2];
    if (/^0+$/.test(digits)) continue;
    const number = makeInvoiceNumber(prefix, digits);
    if (number.consecutive.length > MAX_CONSECUTIVE_DIGITS) continue;
    if (seen.has(number.key)) continue;
    seen.add(number.key);
    found.push(number);
  }
  const notes = found.filter(n => n.creditNote);
  return notes.length > 0 ? notes : found;
}

/** The invoice keys ("FE10555") a PDF's name stands for; see invoiceNumbersInFileName. */
export function invoiceKeysInFileName(name: string): string[] {
  return invoiceNumbersInFileName(name).map(n => n.key);
}
