// The invoice rows the reports consume: one Master row reduced to what Resumen, aging and quality need.
import {parseNit} from '../kernel/nit';

/** Money columns a report groups by category (docs/domain.md "Reports the business uses"). */
export type CategoryKey =
  'interesCorriente' | 'interesMora' | 'costosFijos' | 'seguroIva' | 'otros';

/** Categories in display order, with their Spanish labels. */
export const CATEGORIES: ReadonlyArray<{key: CategoryKey; label: string}> = [
  {key: 'interesCorriente', label: 'Intereses corrientes'},
  {key: 'interesMora', label: 'Intereses de mora'},
  {key: 'costosFijos', label: 'Costos fijos'},
  {key: 'seguroIva', label: 'Seguro + IVA'},
  {key: 'otros', label: 'Otros'},
];

/**
 * One invoice row of the Master as the reports see it. Raw texts are kept where a quality check
 * must quote what the user typed; parsed values are null when the cell was blank or unreadable.
 */
export interface ReportRow {
  /** Master tab name as it appears in the workbook. */
  tab: string;
  /** 1-based row number in that tab. */
  row: number;
  /** Invoice number as typed ('' when blank). */
  invoiceText: string;
  /** NIT cell as read (number or text; null when blank). */
  nitValue: string | number | null;
  /** Client name ('' when the tab has no client column or the cell is blank). */
  client: string;
  /** Invoice date as a calendar day (days since 1970-01-01, America/Bogota; see day.ts). */
  issueDate: number | null;
  /** Billing month "YYYY-MM" (from "Mes facturacion" or the invoice date). */
  month: string | null;
  /** Due date as a calendar day, when the Master has one. */
  dueDate: number | null;
  /** Status text ("Pagada", "Pendiente"...; '' when absent). */
  status: string;
  /** ISO currency code ("COP", "USD"); null when blank. */
  currency: string | null;
  /** Billed amount (Valor Neto Facturado, else the sum of the category columns); null when none. */
  amount: number | null;
  /** Category amounts present in the row's tab (absent key = the tab has no such column). */
  categories: Partial<Record<CategoryKey, number | null>>;
}

/** What the Master offers for the reports: which optional columns exist in at least one tab. */
export interface ReportColumns {
  /** Tabs read, in order. */
  tabs: string[];
  hasDueDate: boolean;
  hasStatus: boolean;
  /** Categories with a column in at least one tab. */
  categories: CategoryKey[];
}

/**
 * The NIT a report groups by: the digits without check digit ("900.206.480-2" -> "900206480"),
 * or the cell's text when it is not a NIT, or '' when blank.
 */
export function nitKeyOf(row: ReportRow): string {
  if (row.nitValue === null) return '';
  const parsed = parseNit(row.nitValue);
  return parsed.ok ? parsed.nit.body : String(row.nitValue).trim();
}

/** The first non-blank client name seen for each NIT key, so every line of a client shows its name. */
export function clientNamesByNit(
  rows: readonly ReportRow[],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of rows) {
    if (r.client === '') continue;
    const nit = nitKeyOf(r);
    if (!names.has(nit)) names.set(nit, r.client);
  }
  return names;
}
