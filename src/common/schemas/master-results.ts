// Schemas of what the Master calls answer (pages, filter choices, overview, export): the sidebar's
// types are derived from them, and the tests check the real answers against them.
import * as v from 'valibot';
import {MASTER_FIELDS} from '../master-fields';
import {DateFieldSchema} from './master';

const fieldKey = v.picklist(MASTER_FIELDS.map(f => f.key));
const isoOrNull = v.nullable(v.string());

/** One invoice row, with where it is in the Master. */
export const InvoiceRowSchema = v.strictObject({
  tab: v.string(),
  /** 1-based sheet row in the Master tab. */
  row: v.number(),
  invoiceNumber: v.string(),
  /** NIT digits without DV ('' when the cell was not a NIT). */
  nit: v.string(),
  /** The DV written in the cell, if any. */
  nitDv: v.nullable(v.number()),
  client: v.string(),
  desembolso: v.string(),
  issueDate: isoOrNull,
  /** First day of the billing month. */
  billingMonth: isoOrNull,
  creditNoteDate: isoOrNull,
  creditNoteNumber: v.string(),
  currency: v.string(),
  status: v.string(),
  /** Money fields present in the Master; null = blank or unreadable cell. */
  amounts: v.record(fieldKey, v.nullable(v.number())),
});

/** Totals of one currency (never added to another). */
export const CurrencyTotalSchema = v.strictObject({
  currency: v.string(),
  count: v.number(),
  amounts: v.record(fieldKey, v.number()),
  /** "$ 1.234.568" / "US$ 1.234,57" of the net billed (valorNeto). */
  netText: v.string(),
});

/** A problem found in a cell or row of the Master. */
export const MasterDiagnosticSchema = v.strictObject({
  tab: v.string(),
  row: v.number(),
  /** "K (Nit)", or '' for the whole row. */
  column: v.string(),
  message: v.string(),
});

/** Which file was read, and how. */
export const MasterSourceInfoSchema = v.strictObject({
  fileId: v.string(),
  name: v.string(),
  url: v.string(),
  /** True when the Master is the spreadsheet the add-on is open in ("Ir a la fila" works). */
  isActive: v.boolean(),
  /** ISO instant of the file's last change as Drive reports it, when known. */
  modifiedTime: isoOrNull,
  /** True when the rows came from the cached snapshot instead of the sheet. */
  fromCache: v.boolean(),
  /** Spanish warnings: several files matched, an .xlsx was converted, a tab is missing... */
  warnings: v.array(v.string()),
});

/** A money column shown in results (only those some tab has). */
export const AmountColumnSchema = v.strictObject({
  key: fieldKey,
  label: v.string(),
});

/** Problems of the cells read, and rows left out on purpose (subtotals...), each with its count. */
const problems = {
  diagnostics: v.array(MasterDiagnosticSchema),
  diagnosticCount: v.number(),
  skipped: v.array(MasterDiagnosticSchema),
  skippedCount: v.number(),
};

/** One page of a query's results. */
export const InvoicePageSchema = v.strictObject({
  source: MasterSourceInfoSchema,
  total: v.number(),
  page: v.number(),
  pageSize: v.number(),
  pageCount: v.number(),
  rows: v.array(InvoiceRowSchema),
  totals: v.array(CurrencyTotalSchema),
  amountColumns: v.array(AmountColumnSchema),
  ...problems,
});

/** Choices for the query form. */
export const FilterOptionsSchema = v.strictObject({
  source: MasterSourceInfoSchema,
  tabs: v.array(v.strictObject({name: v.string(), rows: v.number()})),
  nits: v.array(
    v.strictObject({
      nit: v.string(),
      nitWithDv: v.string(),
      client: v.string(),
      count: v.number(),
    }),
  ),
  /** Codes of the rows of the picked NITs (all when none is picked). */
  desembolsos: v.array(v.strictObject({code: v.string(), count: v.number()})),
  /** Date fields some tab has, with the earliest and latest day (ISO). */
  dateFields: v.array(
    v.strictObject({
      key: DateFieldSchema,
      label: v.string(),
      min: isoOrNull,
      max: isoOrNull,
    }),
  ),
});

/** What the Master looks like: tabs, detected headers, totals, problems. */
export const MasterOverviewSchema = v.strictObject({
  source: MasterSourceInfoSchema,
  tabs: v.array(
    v.strictObject({
      name: v.string(),
      headerRow: v.number(),
      rows: v.number(),
      skipped: v.number(),
      fields: v.array(
        v.strictObject({
          key: fieldKey,
          label: v.string(),
          column: v.string(),
          header: v.string(),
        }),
      ),
      missingFields: v.array(v.string()),
    }),
  ),
  totals: v.array(CurrencyTotalSchema),
  ...problems,
});

/** Where an export went. */
export const ExportResultSchema = v.strictObject({
  rows: v.number(),
  /** The new tab in this spreadsheet. */
  sheetName: v.string(),
  /** The .xlsx in the export folder ('' when no export folder is set). */
  fileName: v.string(),
  fileUrl: v.string(),
  warnings: v.array(v.string()),
});
