// Electronic invoice numbers: authorised prefix + consecutive, normalised to one canonical key.

/**
 * Prefixes in use, longest first so that NCFE wins over FE (docs/domain.md "Invoice numbers"):
 * NCFE credit note, FE invoice, ITPA mandato interest, ITGC interest GC, GL, SETP test range.
 */
export const INVOICE_PREFIXES = [
  'NCFE',
  'ITPA',
  'ITGC',
  'SETP',
  'FE',
  'GL',
] as const;

export type InvoicePrefix = (typeof INVOICE_PREFIXES)[number];

/** Prefixes of credit notes: kept apart from invoices (a note is never an invoice's PDF). */
export const CREDIT_NOTE_PREFIXES: ReadonlySet<InvoicePrefix> = new Set([
  'NCFE',
]);

/** Longest consecutive accepted (SETP test numbers have 9 digits); longer runs are not invoices. */
export const MAX_CONSECUTIVE_DIGITS = 10;

/** A normalised invoice number: `key` is prefix + consecutive without leading zeros ("FE10555"). */
export interface InvoiceNumber {
  key: string;
  prefix: InvoicePrefix;
  consecutive: string;
  creditNote: boolean;
}

/** Why a text is not an invoice number (English code; callers word it in Spanish). */
export type InvoiceNumberProblem =
  | 'empty'
  | 'unknown-prefix'
  | 'no-consecutive'
  | 'zero-consecutive'
  | 'too-long'
  | 'extra-text';

export type InvoiceNumberParse =
  | {ok: true; number: InvoiceNumber}
  | {ok: false; problem: InvoiceNumberProblem};

/** Separators people type between prefix and consecutive: spaces, dashes, underscores, dots, #. */
const SEPARATORS = /[\s\-_.#:/]+/g;

/** Builds the canonical number from a known prefix and a digit string (leading zeros dropped). */
export function makeInvoiceNumber(
  prefix: InvoicePrefix,
  digits: string,
): InvoiceNumber {
  const consecutive = digits.replace(/^0+(?=\d)/, '');
  return {
    key: prefix + consecutive,
    prefix,
    consecutive,
    creditNote: CREDIT_NOTE_PREFIXES.has(prefix),
  };
}

/** The prefix a token starts with, longest match first (case already folded to upper). */
export function prefixOf(upper: string): InvoicePrefix | null {
  for (const p of INVOICE_PREFIXES) if (upper.startsWith(p)) return p;
  return null;
}

/**
 * Normalises one invoice number as a person types it: "fe-010555", "FE 10555", " Fe_10555 " all
 * give FE10555. The whole text must be one number (no other words): use the file-name extractor
 * for free text.
 */
export function parseInvoiceNumber(value: unknown): InvoiceNumberParse {
  if (value === null || value === undefined)
    return {ok: false, problem: 'empty'};
  const text = String(value).trim();
  if (text === '') return {ok: false, problem: 'empty'};
  const upper = text.toUpperCase().replace(SEPARATORS, '');
  const prefix = prefixOf(upper);
  if (!prefix) return {ok: false, problem: 'unknown-prefix'};
  const digits = upper.slice(prefix.length);
  if (digits === '') return {ok: false, problem: 'no-consecutive'};
  if (!/^\d+$/.test(digits)) return {ok: false, problem: 'extra-text'};
  if (/^0+$/.test(digits)) return {ok: false, problem: 'zero-consecutive'};
  const number = makeInvoiceNumber(prefix, digits);
  if (number.consecutive.length > MAX_CONSECUTIVE_DIGITS) {
    return {ok: false, problem: 'too-long'};
  }
  return {ok: true, number};
}

/** The canonical key of a typed number, or null when it is not one. */
export function normaliseInvoiceNumber(value: unknown): string | null {
  const parsed = parseInvoiceNumber(value);
  return parsed.ok ? parsed.number.key : null;
}

/** Spanish wording of a problem, for messages that name the offending text. */
export function describeInvoiceProblem(problem: InvoiceNumberProblem): string {
  switch (problem) {
    case 'empty':
      return 'está vacío';
    case 'unknown-prefix':
      return `no empieza por un prefijo conocido (${INVOICE_PREFIXES.join(', ')})`;
    case 'no-consecutive':
      return 'tiene el prefijo pero no el consecutivo';
    case 'zero-consecutive':
      return 'el consecutivo es cero';
    case 'too-long':
      return `el consecutivo tiene más de ${MAX_CONSECUTIVE_DIGITS} dígitos`;
    case 'extra-text':
      return 'tiene texto además del prefijo y el consecutivo';
  }
}
