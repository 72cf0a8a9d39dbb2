// Schemas of the Master query arguments (Consultar): the query object and the "Ir a la fila" pair.
import * as v from 'valibot';
import {isoDay, record, text, textList, wholeNumber, yesNo} from './common';

/** Date fields a query can range over. */
export const DateFieldSchema = v.picklist(
  ['issueDate', 'billingMonth', 'creditNoteDate', 'dueDate'],
  'uno de issueDate, billingMonth, creditNoteDate, dueDate',
);

/** Largest page of results (rows). */
export const MAX_PAGE_SIZE = 500;

/** A query from the Consultar pane. Every part is optional. */
export const InvoiceQuerySchema = record({
  /** A Master tab name or 'Consolidado' (default). */
  tab: v.optional(text()),
  /** NITs picked or typed ("900206480", "900.206.480-2"); a NIT also matches codes "CO:<nit>:". */
  nits: v.optional(textList()),
  /** Desembolso codes picked ("CO:901082949:1:7:PAG"). */
  desembolsos: v.optional(textList()),
  /** The date field of the range (default issueDate). */
  dateField: v.optional(DateFieldSchema),
  /** ISO dates, both inclusive. */
  from: v.optional(isoDay),
  to: v.optional(isoDay),
  /** Free text searched in invoice number, NIT, client, code, credit note and status. */
  text: v.optional(text()),
  /** 0-based page (default 0; past the last page shows the last) and rows per page (default 50). */
  page: v.optional(wholeNumber(0, 1_000_000)),
  pageSize: v.optional(wholeNumber(1, MAX_PAGE_SIZE)),
  /** Read the Master again even if a snapshot is cached. */
  refresh: v.optional(yesNo),
});

/** A Master tab name (goToRow). */
export const TabNameSchema = v.pipe(
  text(),
  v.nonEmpty('el nombre de una pestaña'),
);

/** A 1-based sheet row (goToRow); Sheets has at most 10 million cells, so rows fit. */
export const SheetRowSchema = wholeNumber(1, 10_000_000);
