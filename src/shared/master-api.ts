// The sidebar contract for reading and querying the Master: queries, result pages, filter choices,
// overview and export. JSON-only DTOs (dates as ISO "yyyy-mm-dd", money as number + currency).
import type * as v from 'valibot';
import type {MasterFieldKey} from './settings';
import type {DateFieldSchema, InvoiceQuerySchema} from './schemas/master';

/** The tab value meaning "all invoice tabs, with a column naming the tab". */
export const CONSOLIDATED_TAB = 'Consolidado';

/** Date fields a query can range over. */
export type DateFieldKey = v.InferOutput<typeof DateFieldSchema>;

/** A query from the Consultar pane (every part optional): src/shared/schemas/master.ts. */
export type InvoiceQuery = v.InferOutput<typeof InvoiceQuerySchema>;

/** One invoice row, with where it is in the Master. */
export interface InvoiceRow {
  tab: string;
  /** 1-based sheet row in the Master tab. */
  row: number;
  invoiceNumber: string;
  /** NIT digits without DV ('' when the cell was not a NIT). */
  nit: string;
  /** The DV written in the cell, if any. */
  nitDv: number | null;
  client: string;
  desembolso: string;
  issueDate: string | null;
  /** First day of the billing month. */
  billingMonth: string | null;
  creditNoteDate: string | null;
  creditNoteNumber: string;
  currency: string;
  status: string;
  /** Money fields present in the Master; null = blank or unreadable cell. */
  amounts: Partial<Record<MasterFieldKey, number | null>>;
}

/** Totals of one currency (never added to another). */
export interface CurrencyTotal {
  currency: string;
  count: number;
  amounts: Partial<Record<MasterFieldKey, number>>;
  /** "$ 1.234.568" / "US$ 1.234,57" of the net billed (valorNeto). */
  netText: string;
}

/** A problem found in a cell or row of the Master. */
export interface MasterDiagnostic {
  tab: string;
  row: number;
  /** "K (Nit)", or '' for the whole row. */
  column: string;
  message: string;
}

/** Which file was read, and how. */
export interface MasterSourceInfo {
  fileId: string;
  name: string;
  url: string;
  /** True when the Master is the spreadsheet the add-on is open in ("Ir a la fila" works). */
  isActive: boolean;
  /** ISO instant of the file's last change as Drive reports it, when known. */
  modifiedTime: string | null;
  /** True when the rows came from the cached snapshot instead of the sheet. */
  fromCache: boolean;
  /** Spanish warnings: several files matched, an .xlsx was converted, a tab is missing... */
  warnings: string[];
}

/** A money column shown in results (only those some tab has). */
export interface AmountColumn {
  key: MasterFieldKey;
  label: string;
}

/** One page of a query's results. */
export interface InvoicePage {
  source: MasterSourceInfo;
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  rows: InvoiceRow[];
  totals: CurrencyTotal[];
  amountColumns: AmountColumn[];
  /** Problems of the cells read (a query: only those of its rows and tabs). */
  diagnostics: MasterDiagnostic[];
  diagnosticCount: number;
  /** Rows left out on purpose (subtotals, rows without invoice number nor NIT): not problems. */
  skipped: MasterDiagnostic[];
  skippedCount: number;
}

/** Choices for the query form. */
export interface FilterOptions {
  source: MasterSourceInfo;
  tabs: Array<{name: string; rows: number}>;
  nits: Array<{nit: string; nitWithDv: string; client: string; count: number}>;
  /** Codes of the rows of the picked NITs (all when none is picked). */
  desembolsos: Array<{code: string; count: number}>;
  /** Date fields some tab has, with the earliest and latest day (ISO). */
  dateFields: Array<{
    key: DateFieldKey;
    label: string;
    min: string | null;
    max: string | null;
  }>;
}

/** What the Master looks like: tabs, detected headers, totals, problems. */
export interface MasterOverview {
  source: MasterSourceInfo;
  tabs: Array<{
    name: string;
    headerRow: number;
    rows: number;
    skipped: number;
    fields: Array<{
      key: MasterFieldKey;
      label: string;
      column: string;
      header: string;
    }>;
    missingFields: string[];
  }>;
  totals: CurrencyTotal[];
  /** Problems of the cells read (a query: only those of its rows and tabs). */
  diagnostics: MasterDiagnostic[];
  diagnosticCount: number;
  /** Rows left out on purpose (subtotals, rows without invoice number nor NIT): not problems. */
  skipped: MasterDiagnostic[];
  skippedCount: number;
}

/** Where an export went. */
export interface ExportResult {
  rows: number;
  /** The new tab in this spreadsheet. */
  sheetName: string;
  /** The .xlsx in the export folder ('' when no export folder is set). */
  fileName: string;
  fileUrl: string;
  warnings: string[];
}

/** Sidebar calls for the Master. */
export interface MasterApi {
  getOverview(): MasterOverview;
  listFilterOptions(query: InvoiceQuery): FilterOptions;
  queryInvoices(query: InvoiceQuery): InvoicePage;
  exportQuery(query: InvoiceQuery): ExportResult;
  /** Selects a Master row in the open spreadsheet (only when the Master is this spreadsheet). */
  goToRow(tab: string, row: number): void;
}
