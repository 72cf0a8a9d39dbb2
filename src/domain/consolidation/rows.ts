// Master row formats (Costos Fijos / Mandato): consolidated invoices as rows by field, and how they are
// laid under a Master tab's own headers for the append (skipping invoice numbers already there).
import type {ColumnSpec} from './columns';
import {billingMonth} from './text';
import {foldKey} from '../kernel/text-fold';
import type {ConsolidatedInvoice, TargetTab} from './join';
import {parseInvoiceNumber} from '../kernel/invoice-number';
import type {MasterFieldKey} from '../../shared/settings';
import {formatNumber} from '../kernel/format';

/**
 * How a field's value is written: text (kept as text by the writer: "sep-25" stays a label, "=X"
 * never becomes a formula), a number, or an ISO day written as a date.
 */
export type FieldKind = 'text' | 'number' | 'date';

/** A column of a Master tab the consolidation fills. */
export interface TargetField extends ColumnSpec<string> {
  kind: FieldKind;
}

/** A row's value per field key: ISO day text for dates, null when empty. */
export type FieldValue = string | number | null;
export type FieldRow = Record<string, FieldValue>;

/** The field that holds the invoice number in every tab (used to skip those already in the Master). */
export const NUMBER_FIELD = 'number';

const f = (
  key: string,
  names: string[],
  kind: FieldKind,
  required = false,
): TargetField => ({key, names, kind, required});

/** The two Master tabs: default names and synonyms, and the columns filled (docs/domain.md). */
export const TARGET_TABS: Record<
  TargetTab,
  {label: string; tabNames: string[]; fields: TargetField[]}
> = {
  costosFijos: {
    label: 'Costos Fijos',
    tabNames: ['Relacion facturas Costos Fijos'],
    fields: [
      f('desembolso', ['Codigo del desembolso', 'Código desembolso'], 'text'),
      f('date', ['Fecha Facturacion', 'Fecha factura'], 'date'),
      f(
        NUMBER_FIELD,
        ['# Factura', 'No. Factura', 'Numero factura'],
        'text',
        true,
      ),
      f('nit', ['Nit'], 'text'),
      f('currency', ['Moneda'], 'text'),
      f('costosFijos', ['Valor Costos Fijos'], 'number'),
      f('seguroIva', ['Seguro + Iva', 'Seguro e IVA'], 'number'),
      f(
        'interesCorriente',
        ['Int. Corriente Facturado FK', 'Interes Corriente Facturado FK'],
        'number',
      ),
      f(
        'interesMora',
        ['Int. Mora Facturado FK', 'Interes Mora Facturado FK'],
        'number',
      ),
      f('neto', ['Valor Neto Facturado'], 'number'),
      f('otros', ['Otros Valor', 'Otros valores'], 'number'),
      f('status', ['Estado'], 'text'),
      f('delivery', ['Envio'], 'text'),
      f(
        'creditInvoice',
        ['Fac de la nota Credito', 'Factura de la nota credito'],
        'text',
      ),
      f('creditDate', ['Fecha Nota Credito'], 'date'),
      f('creditNumber', ['# Nota Credito', 'No. Nota Credito'], 'text'),
      f('client', ['Cliente'], 'text'),
      f('tercero', ['Codigo Tercero'], 'text'),
    ],
  },
  mandato: {
    label: 'Mandato',
    tabNames: ['Relacion facturas mandato'],
    fields: [
      f('desembolso', ['Codigo del desembolso', 'Código desembolso'], 'text'),
      f('month', ['Mes facturacion'], 'text'),
      f('interesCorriente', ['Interes Corriente Facturado'], 'number'),
      f(
        'interesMora',
        ['Interes Mora Facturado Mandato', 'Interes Mora Facturado'],
        'number',
      ),
      f('neto', ['Valor Neto Facturado'], 'number'),
      f('date', ['Fecha Factura', 'Fecha Facturacion'], 'date'),
      f(
        NUMBER_FIELD,
        ['# Factura', 'No. Factura', 'Numero factura'],
        'text',
        true,
      ),
      f('currency', ['Moneda'], 'text'),
      f('nit', ['Nit'], 'text'),
    ],
  },
};

/** The order of tabs in reviews and appends. */
export const TARGET_ORDER: TargetTab[] = ['costosFijos', 'mandato'];

/** An invoice as its Master tab's row, by field key. Amounts are null when NetSuite gave none. */
export function invoiceToFieldRow(inv: ConsolidatedInvoice): FieldRow {
  const money = (n: number): number | null =>
    inv.total === null ? null : Math.round(n * 100) / 100;
  if (inv.tab === 'mandato') {
    return {
      desembolso: inv.desembolso,
      month: inv.date ? billingMonth(inv.date) : null,
      interesCorriente: money(inv.byCategory.intereses_corriente),
      interesMora: money(inv.byCategory.intereses_mora),
      neto: inv.total,
      date: inv.date,
      [NUMBER_FIELD]: inv.key,
      currency: inv.currency,
      nit: inv.nit,
    };
  }
  return {
    desembolso: inv.desembolso,
    date: inv.date,
    [NUMBER_FIELD]: inv.key,
    nit: inv.nit,
    currency: inv.currency,
    costosFijos: money(inv.byCategory.costos_fijos),
    seguroIva: money(inv.byCategory.seguro_iva),
    interesCorriente: money(inv.byCategory.intereses_corriente),
    interesMora: money(inv.byCategory.intereses_mora),
    neto: inv.total,
    otros: money(inv.byCategory.otros),
    status: inv.status,
    delivery: inv.delivery,
    creditInvoice: inv.creditNote ? inv.creditsInvoice : null,
    creditDate: inv.creditNote ? inv.date : (inv.creditedBy?.date ?? null),
    creditNumber: inv.creditNote ? inv.key : (inv.creditedBy?.key ?? null),
    client: inv.client,
    tercero: inv.nit,
  };
}

/** A value ready for a cell: '' as null; dates stay ISO text (the adapter makes Dates, and keeps text text). */
export function cellValue(value: FieldValue): FieldValue {
  return value === '' ? null : value;
}

/** A Master tab as found for the append: its name, header row, headers and invoice numbers. */
export interface MasterTabState {
  name: string;
  /** 0-based index of the header row among the rows read. */
  headerRow: number;
  headers: string[];
  /** Invoice numbers (any spelling) already in the tab's number column. */
  existingNumbers: unknown[];
}

/** What one tab receives: rows laid under its headers, and the invoices skipped. */
export interface TabAppendPlan {
  tab: TargetTab;
  masterTab: string;
  width: number;
  /** Fields in the review that this Master tab has no column for (not copied). */
  unmappedFields: string[];
  /** Cell rows (width = the tab's header count); dates as ISO text tagged by dateColumns. */
  rows: FieldValue[][];
  dateColumns: number[];
  keys: string[];
  skipped: string[];
}

/**
 * Lays reviewed rows under each Master tab's detected headers, leaving out invoice numbers already in
 * any Master invoice tab (and repeats within the review). `extraNames` adds header synonyms per field
 * (the Master profile's). Throws a Spanish message when a tab lacks the invoice number column.
 */
export function planAppend(
  review: Partial<Record<TargetTab, FieldRow[]>>,
  master: Partial<Record<TargetTab, MasterTabState>>,
  extraNames: Readonly<Record<string, readonly string[]>> = {},
): TabAppendPlan[] {
  const existing = new Set<string>();
  for (const tab of TARGET_ORDER) {
    for (const n of master[tab]?.existingNumbers ?? []) {
      const parsed = parseInvoiceNumber(n);
      if (parsed.ok) existing.add(parsed.number.key);
    }
  }
  const plans: TabAppendPlan[] = [];
  for (const tab of TARGET_ORDER) {
    const rows = review[tab] ?? [];
    if (!rows.length) continue;
    const state = master[tab];
    const spec = TARGET_TABS[tab];
    if (!state) {
      throw new Error(
        `El Master no tiene la hoja '${spec.tabNames[0]}' (${spec.label}); ${rows.length === 1 ? 'la fila de esa hoja no se puede agregar' : `las ${formatNumber(rows.length)} filas de esa hoja no se pueden agregar`}.`,
      );
    }
    const folded = state.headers.map(foldKey);
    const columnOf = new Map<string, number>();
    const unmapped: string[] = [];
    for (const field of spec.fields) {
      const i = [...field.names, ...(extraNames[field.key] ?? [])]
        .map(foldKey)
        .map(n => folded.indexOf(n))
        .find(x => x >= 0);
      if (i !== undefined) columnOf.set(field.key, i);
      else if (field.required) {
        throw new Error(
          `La hoja '${state.name}' del Master no tiene la columna '${field.names[0]}'; encabezados en la fila ${state.headerRow + 1}: ${state.headers.filter(h => h).join(', ')}.`,
        );
      } else unmapped.push(field.names[0]);
    }
    const plan: TabAppendPlan = {
      tab,
      masterTab: state.name,
      width: state.headers.length,
      unmappedFields: unmapped,
      rows: [],
      dateColumns: spec.fields
        .filter(fl => fl.kind === 'date' && columnOf.has(fl.key))
        .map(fl => columnOf.get(fl.key) as number),
      keys: [],
      skipped: [],
    };
    for (const row of rows) {
      const key = String(row[NUMBER_FIELD] ?? '');
      if (existing.has(key)) {
        plan.skipped.push(key);
        continue;
      }
      existing.add(key);
      const cells: FieldValue[] = new Array(plan.width).fill(null);
      for (const field of spec.fields) {
        const i = columnOf.get(field.key);
        if (i !== undefined) cells[i] = cellValue(row[field.key] ?? null);
      }
      plan.rows.push(cells);
      plan.keys.push(key);
    }
    plans.push(plan);
  }
  return plans;
}

/** The Master profile's field for each consolidation field (its synonyms also name the column). */
const PROFILE_FIELD: Readonly<Record<string, MasterFieldKey>> = {
  desembolso: 'desembolso',
  date: 'issueDate',
  month: 'billingMonth',
  [NUMBER_FIELD]: 'invoiceNumber',
  nit: 'nit',
  currency: 'currency',
  costosFijos: 'costosFijos',
  seguroIva: 'seguroIva',
  interesCorriente: 'interesCorriente',
  interesMora: 'interesMora',
  neto: 'valorNeto',
  otros: 'otros',
  status: 'status',
  creditDate: 'creditNoteDate',
  creditNumber: 'creditNoteNumber',
  client: 'client',
};

/** Header synonyms per consolidation field, from the Master profile in settings. */
export function profileNames(
  synonyms: Partial<Record<MasterFieldKey, readonly string[]>>,
): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const [field, key] of Object.entries(PROFILE_FIELD)) {
    out[field] = synonyms[key] ?? [];
  }
  return out;
}
