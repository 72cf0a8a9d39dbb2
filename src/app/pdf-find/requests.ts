// Turns what the sidebar sends (pasted text, numbers, Master rows) into canonical PDF requests.
import {
  describeInvoiceProblem,
  parseInvoiceNumber,
} from '../../domain/kernel/invoice-number';
import type {PdfRequest} from '../../domain/pdf/match';
import {
  MAX_REQUESTED_INVOICES,
  parseRequestList,
  repeatedMessage,
} from '../../domain/pdf/request-list';
import {countText, pluralForm} from '../../common/plural';
import type {
  PdfMasterRow,
  PdfRequestInput,
  PdfRequestRow,
} from '../../common/pdf-api';

/** One element of a list as a request row: a number, a request row, or a Master query row. */
function asRequestRow(
  item: string | PdfRequestRow | PdfMasterRow | null | undefined,
): PdfRequestRow {
  if (typeof item === 'string') return {invoice: item};
  if (!item || typeof item !== 'object') return {invoice: ''};
  if ('invoiceNumber' in item) {
    const date = item.issueDate ?? item.billingMonth ?? undefined;
    return {
      invoice: item.invoiceNumber,
      date: date ?? undefined,
      tab: item.tab,
    };
  }
  return item;
}

export interface ReadRequests {
  requests: PdfRequest[];
  /** Spanish notes on what was ignored. */
  messages: string[];
}

const MAX_QUOTED = 20;
const INVOICES = {one: 'factura', other: 'facturas'};

/**
 * Pasted text goes through the list reader (any separators, garbage reported by line); a list
 * gives one number per element, and Master rows carry their date and tab for the folder check.
 */
export function readRequests(input: PdfRequestInput): ReadRequests {
  if (typeof input === 'string') {
    const parsed = parseRequestList(input);
    return {
      requests: parsed.keys.map(key => ({key})),
      messages: parsed.messages,
    };
  }
  if (!Array.isArray(input)) {
    return {
      requests: [],
      messages: ['No se recibió ninguna lista de facturas.'],
    };
  }
  const requests: PdfRequest[] = [];
  const seen = new Set<string>();
  const bad: string[] = [];
  let repeated = 0;
  let over = 0;
  input.forEach((item, i) => {
    const row = asRequestRow(item);
    const parsed = parseInvoiceNumber(row?.invoice);
    if (!parsed.ok) {
      bad.push(
        `fila ${i + 1}: "${String(row?.invoice ?? '').slice(0, 40)}" ${describeInvoiceProblem(parsed.problem)}`,
      );
      return;
    }
    const key = parsed.number.key;
    if (seen.has(key)) {
      repeated++;
      return;
    }
    if (requests.length >= MAX_REQUESTED_INVOICES) {
      over++;
      return;
    }
    seen.add(key);
    const request: PdfRequest = {key};
    if (typeof row.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(row.date))
      request.date = row.date;
    if (typeof row.tab === 'string' && row.tab !== '') request.tab = row.tab;
    requests.push(request);
  });
  const messages: string[] = [];
  if (requests.length === 0)
    messages.push('No se encontró ningún número de factura en la lista.');
  if (bad.length > 0) {
    const more =
      bad.length > MAX_QUOTED ? ` y ${bad.length - MAX_QUOTED} más` : '';
    messages.push(
      `${pluralForm(bad.length, {one: 'Se ignoró', other: 'Se ignoraron'})} ${countText(bad.length, {one: 'fila que no es un número de factura', other: 'filas que no son números de factura'})} (${bad.slice(0, MAX_QUOTED).join('; ')}${more}).`,
    );
  }
  if (repeated > 0) messages.push(repeatedMessage(repeated));
  if (over > 0) {
    messages.push(
      `Se buscan como máximo ${countText(MAX_REQUESTED_INVOICES, INVOICES)} a la vez; ${pluralForm(over, {one: 'se dejó fuera', other: 'se dejaron fuera'})} ${countText(over, INVOICES)}. Divida la lista.`,
    );
  }
  return {requests, messages};
}
