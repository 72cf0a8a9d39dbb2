// The sidebar contract for reading and querying the Master: queries, result pages, filter choices,
// overview and export. JSON-only DTOs (dates as ISO "yyyy-mm-dd", money as number + currency).
import type * as v from 'valibot';
import type {DateFieldSchema, InvoiceQuerySchema} from './schemas/master';
import type {
  AmountColumnSchema,
  CurrencyTotalSchema,
  ExportResultSchema,
  FilterOptionsSchema,
  InvoicePageSchema,
  InvoiceRowSchema,
  MasterDiagnosticSchema,
  MasterOverviewSchema,
  MasterSourceInfoSchema,
} from './schemas/master-results';

/** The tab value meaning "all invoice tabs, with a column naming the tab". */
export const CONSOLIDATED_TAB = 'Consolidado';

/** Date fields a query can range over. */
export type DateFieldKey = v.InferOutput<typeof DateFieldSchema>;

/** A query from the Consultar pane (every part optional): src/common/schemas/master.ts. */
export type InvoiceQuery = v.InferOutput<typeof InvoiceQuerySchema>;

/** One invoice row, with where it is in the Master (src/common/schemas/master-results.ts). */
export type InvoiceRow = v.InferOutput<typeof InvoiceRowSchema>;

/** Totals of one currency (never added to another). */
export type CurrencyTotal = v.InferOutput<typeof CurrencyTotalSchema>;

/** A problem found in a cell or row of the Master. */
export type MasterDiagnostic = v.InferOutput<typeof MasterDiagnosticSchema>;

/** Which file was read, and how. */
export type MasterSourceInfo = v.InferOutput<typeof MasterSourceInfoSchema>;

/** A money column shown in results (only those some tab has). */
export type AmountColumn = v.InferOutput<typeof AmountColumnSchema>;

/** One page of a query's results. */
export type InvoicePage = v.InferOutput<typeof InvoicePageSchema>;

/** Choices for the query form. */
export type FilterOptions = v.InferOutput<typeof FilterOptionsSchema>;

/** What the Master looks like: tabs, detected headers, totals, problems. */
export type MasterOverview = v.InferOutput<typeof MasterOverviewSchema>;

/** Where an export went. */
export type ExportResult = v.InferOutput<typeof ExportResultSchema>;

/** Sidebar calls for the Master. */
export interface MasterApi {
  getOverview(): MasterOverview;
  listFilterOptions(query: InvoiceQuery): FilterOptions;
  queryInvoices(query: InvoiceQuery): InvoicePage;
  exportQuery(query: InvoiceQuery): ExportResult;
  /** Selects a Master row in the open spreadsheet (only when the Master is this spreadsheet). */
  goToRow(tab: string, row: number): void;
}
