// Schemas of the PDF finder's arguments: the invoices asked for (pasted text, numbers or Master
// rows), the index refresh options and a job id.
import * as v from 'valibot';
import {
  MAX_PASTE,
  isoDay,
  nonEmptyText,
  record,
  text,
  textOrList,
  textOrRow,
  yesNo,
} from './common';

/** Most items of a request list (the finder itself keeps the first 10,000 distinct numbers and says so). */
const MAX_REQUEST_ITEMS = 50_000;
/** Longest invoice number text in a list. */
const MAX_INVOICE_TEXT = 100;

/** An invoice from a Master query row: the date and tab let the finder flag PDFs in the wrong folder. */
export const PdfRequestRowSchema = record({
  invoice: text(MAX_INVOICE_TEXT),
  /** Invoice date, ISO "YYYY-MM-DD". */
  date: v.optional(isoDay),
  /** Master tab of the row ("Relacion facturas mandato"). */
  tab: v.optional(text()),
});

/** A row of the Master query (queryInvoices) with the fields the folder check reads. */
export const PdfMasterRowSchema = record({
  tab: text(),
  invoiceNumber: text(MAX_INVOICE_TEXT),
  issueDate: v.nullable(isoDay),
  billingMonth: v.nullable(isoDay),
});

/** Pasted text (any separators), a list of numbers, request rows, or Master query rows. */
export const PdfRequestInputSchema = textOrList(
  text(MAX_PASTE),
  v.pipe(
    v.array(
      textOrRow(
        text(MAX_INVOICE_TEXT),
        PdfRequestRowSchema,
        {field: 'invoiceNumber', schema: PdfMasterRowSchema},
        'un número de factura (texto) o una fila {invoice, date, tab}',
      ),
    ),
    v.maxLength(
      MAX_REQUEST_ITEMS,
      `una lista de a lo sumo ${MAX_REQUEST_ITEMS} facturas`,
    ),
  ),
  'un texto pegado o una lista de números de factura',
);

/** Options of refreshPdfIndex. */
export const RefreshPdfIndexOptionsSchema = record({
  /** Rebuild from scratch instead of applying Drive's changes. */
  full: v.optional(yesNo),
  /** Drop an unfinished build and start over. */
  restart: v.optional(yesNo),
});

/** The id of an index job (as refreshPdfIndex returned it). */
export const JobIdSchema = nonEmptyText(100);
