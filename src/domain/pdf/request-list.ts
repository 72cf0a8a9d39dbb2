// Reads a pasted list of invoice numbers (any separators, mixed case, garbage) into canonical keys.
import {
  INVOICE_PREFIXES,
  MAX_CONSECUTIVE_DIGITS,
  makeInvoiceNumber,
  type InvoicePrefix,
} from '../kernel/invoice-number';
import {countText, pluralForm} from '../../common/plural';
import {formatNumber} from '../../common/money';

/** Most distinct invoices one request may ask for. */
export const MAX_REQUESTED_INVOICES = 10000;

/** How many ignored pieces are quoted in the message; the rest are counted. */
export const MAX_QUOTED_IGNORED = 20;

/** A piece of the pasted text that is not an invoice number. */
export interface IgnoredPiece {
  /** 1-based line of the pasted text. */
  line: number;
  text: string;
}

export interface ParsedRequestList {
  /** Distinct canonical keys, in order of first appearance. */
  keys: string[];
  /** Numbers given more than once (counted once). */
  repeated: number;
  ignored: IgnoredPiece[];
  /** Keys dropped because the list passed MAX_REQUESTED_INVOICES. */
  overLimit: number;
  /** Spanish messages for the user: what was ignored and why (empty when all was read). */
  messages: string[];
}

/** Prefix, optional separators (space, -, _, ., #) and digits; the same boundaries as file names. */
const TOKEN = new RegExp(
  `(?<![A-Za-z0-9])(${INVOICE_PREFIXES.join('|')})[ \\-_.#]{0,2}(\\d+)(?![A-Za-z0-9])`,
  'gi',
);

/** Separators between numbers in a pasted list: newlines, commas, semicolons, tabs, pipes, spaces. */
const LIST_SEPARATORS = /[\s,;|]+/;

const INVOICES = {one: 'factura', other: 'facturas'};

/** "1 número estaba repetido y se buscó una sola vez." / "3 números estaban repetidos y se buscaron..." */
export function repeatedMessage(repeated: number): string {
  return `${countText(repeated, {
    one: 'número estaba repetido y se buscó',
    other: 'números estaban repetidos y se buscaron',
  })} una sola vez.`;
}

/** Quotes a piece for a message, cut to a readable length. */
function quote(text: string): string {
  return text.length > 40 ? `"${text.slice(0, 40)}…"` : `"${text}"`;
}

/**
 * Parses pasted text (or cells) into canonical keys: "fe-010555, FE 10556;ncfe7" gives FE10555,
 * FE10556, NCFE7. Anything else on a line is reported, with its line number, never guessed.
 */
export function parseRequestList(
  input: string | readonly string[],
): ParsedRequestList {
  const lines = typeof input === 'string' ? input.split(/\r\n|\r|\n/) : input;
  const keys: string[] = [];
  const seen = new Set<string>();
  const ignored: IgnoredPiece[] = [];
  let repeated = 0;
  let overLimit = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = String(lines[i] ?? '');
    let rest = '';
    let last = 0;
    for (const m of line.matchAll(TOKEN)) {
      rest += line.slice(last, m.index) + ' ';
      last = (m.index ?? 0) + m[0].length;
      const digits = m[2];
      const number = makeInvoiceNumber(
        m[1].toUpperCase() as InvoicePrefix,
        digits,
      );
      if (
        /^0+$/.test(digits) ||
        number.consecutive.length > MAX_CONSECUTIVE_DIGITS
      ) {
        ignored.push({line: i + 1, text: m[0]});
        continue;
      }
      if (seen.has(number.key)) {
        repeated++;
        continue;
      }
      if (keys.length >= MAX_REQUESTED_INVOICES) {
        overLimit++;
        continue;
      }
      seen.add(number.key);
      keys.push(number.key);
    }
    rest += line.slice(last);
    for (const piece of rest.split(LIST_SEPARATORS)) {
      // Punctuation alone ("FE10007." ends a sentence) is a separator, not ignored text.
      if (/[\p{L}\p{N}]/u.test(piece)) ignored.push({line: i + 1, text: piece});
    }
  }
  return {
    keys,
    repeated,
    ignored,
    overLimit,
    messages: messagesFor(keys.length, repeated, ignored, overLimit),
  };
}

function messagesFor(
  read: number,
  repeated: number,
  ignored: readonly IgnoredPiece[],
  overLimit: number,
): string[] {
  const messages: string[] = [];
  if (read === 0) {
    messages.push(
      `No se encontró ningún número de factura. Escriba prefijo y consecutivo (${INVOICE_PREFIXES.join(', ')}), por ejemplo FE10555, uno por línea o separados por comas.`,
    );
  }
  if (ignored.length > 0) {
    const quoted = ignored
      .slice(0, MAX_QUOTED_IGNORED)
      .map(p => `línea ${p.line}: ${quote(p.text)}`)
      .join('; ');
    const more =
      ignored.length > MAX_QUOTED_IGNORED
        ? ` y ${formatNumber(ignored.length - MAX_QUOTED_IGNORED)} más`
        : '';
    messages.push(
      `${pluralForm(ignored.length, {one: 'Se ignoró', other: 'Se ignoraron'})} ${countText(
        ignored.length,
        {
          one: 'texto que no es un número de factura',
          other: 'textos que no son números de factura',
        },
      )} (${quoted}${more}).`,
    );
  }
  if (repeated > 0) {
    messages.push(repeatedMessage(repeated));
  }
  if (overLimit > 0) {
    messages.push(
      `Se buscan como máximo ${countText(MAX_REQUESTED_INVOICES, INVOICES)} a la vez; ${pluralForm(overLimit, {one: 'se dejó fuera', other: 'se dejaron fuera'})} ${countText(overLimit, INVOICES)}. Divida la lista.`,
    );
  }
  return messages;
}
