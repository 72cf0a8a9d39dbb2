// Master row formats (Costos Fijos / Mandato): consolidated invoices as rows by field, and how they are
// laid under a Master tab's own headers for the append (skipping invoice numbers already there); the
// headers are found with the Master's one vocabulary (domain/master/vocabulary.ts), as the reader does.
import {billingMonth} from './text';
import type {ConsolidatedInvoice, TargetTab} from './join';
import {parseInvoiceNumber} from '../kernel/invoice-number';
import type {RawCell} from '../kernel/cell-values';
import {formatNumber} from '../../common/money';
import {
  DEFAULT_HEADERS,
  columnsOfRow,
  headerIndex,
  type MasterColumnKey,
  type Vocabulary,
} from '../master/vocabulary';

/**
 * How a field's value is written: text (kept as text by the writer: "sep-25" stays a label, "=X"
 * never becomes a formula), a number, or an ISO day written as a date.
 */
export type FieldKind = 'text' | 'number' | 'date';

/** A column of a Master tab the consolidation fills. */
export interface TargetField {
  key: string;
  /** The Master column it is, whose spellings (vocabulary.ts, edited in settings) find it. */
  column: MasterColumnKey;
  /** Its header as this tab writes it: the review tab's column title and the name in messages. */
  title: string;
  kind: FieldKind;
  required: boolean;
}

/** A row's value per field key: ISO day text for dates, null when empty. */
export type FieldValue = string | number | null;
export type FieldRow = Record<string, FieldValue>;

/** The field that holds the invoice number in every tab (used to skip those already in the Master). */
export const NUMBER_FIELD = 'number';

const f = (
  key: string,
  column: MasterColumnKey,
  title: string,
  kind: FieldKind,
  required = false,
): TargetField => ({key, column, title, kind, required});

/** The two Master tabs: default names, and the columns filled in the tab's order (docs/domain.md). */
export const TARGET_TABS: Record<
  TargetTab,
  {label: string; tabNames: string[]; fields: TargetField[]}
> = {
  costosFijos: {
    label: 'Costos Fijos',
    tabNames: ['Relacion facturas Costos Fijos'],
    fields: [
      f('desembolso', 'desembolso', 'Codigo del desembolso', 'text'),
      f('date', 'issueDate', 'Fecha Facturacion', 'date'),
      f(NUMBER_FIELD, 'invoiceNumber', '# Factura', 'text', true),
      f('nit', 'nit', 'Nit', 'text'),
      f('currency', 'currency', 'Moneda', 'text'),
      f('costosFijos', 'costosFijos', 'Valor Costos Fijos', 'number'),
      f('seguroIva', 'seguroIva', 'Seguro + Iva', 'number'),
      f(
        'interesCorriente',
        'interesCorriente',
        'Int. Corriente Facturado FK',
        'number',
      ),
      f('interesMora', 'interesMora', 'Int. Mora Facturado FK', 'number'),
      f('neto', 'valorNeto', 'Valor Neto Facturado', 'number'),
      f('otros', 'otros', 'Otros Valor', 'number'),
      f('status', 'status', 'Estado', 'text'),
      f('delivery', 'delivery', 'Envio', 'text'),
      f('creditInvoice', 'creditInvoice', 'Fac de la nota Credito', 'text'),
      f('creditDate', 'creditNoteDate', 'Fecha Nota Credito', 'date'),
      f('creditNumber', 'creditNoteNumber', '# Nota Credito', 'text'),
      f('client', 'client', 'Cliente', 'text'),
      f('tercero', 'tercero', 'Codigo Tercero', 'text'),
    ],
  },
  mandato: {
    label: 'Mandato',
    tabNames: ['Relacion facturas mandato'],
    fields: [
      f('desembolso', 'desembolso', 'Codigo del desembolso', 'text'),
      f('month', 'billingMonth', 'Mes facturacion', 'text'),
      f(
        'interesCorriente',
        'interesCorriente',
        'Interes Corriente Facturado',
        'number',
      ),
      f(
        'interesMora',
        'interesMora',
        'Interes Mora Facturado Mandato',
        'number',
      ),
      f('neto', 'valorNeto', 'Valor Neto Facturado', 'number'),
      f('date', 'issueDate', 'Fecha Factura', 'date'),
      f(NUMBER_FIELD, 'invoiceNumber', '# Factura', 'text', true),
      f('currency', 'currency', 'Moneda', 'text'),
      f('nit', 'nit', 'Nit', 'text'),
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

/** Where each field of a Master tab's row of headers is (0-based), found by the vocabulary's spellings. */
export function fieldColumns(
  tab: TargetTab,
  headers: readonly RawCell[],
  vocabulary: Vocabulary,
): Partial<Record<string, number>> {
  const fields = TARGET_TABS[tab].fields;
  const names = Object.fromEntries(
    fields.map(field => [field.key, vocabulary[field.column]]),
  );
  const index = headerIndex(
    names,
    fields.map(field => field.key),
  );
  const found = columnsOfRow(headers, index);
  return Object.fromEntries(
    Object.entries(found).map(([key, at]) => [key, (at?.column ?? 0) - 1]),
  );
}

/**
 * The header row of a Master tab among its top rows (the first naming the most of its fields) and
 * its invoice number column, 0-based; null when that row has no invoice number column.
 */
export function masterHeaderRow(
  tab: TargetTab,
  top: ReadonlyArray<readonly RawCell[]>,
  vocabulary: Vocabulary,
): {headerRow: number; numberColumn: number} | null {
  let best = {row: 0, hits: -1};
  top.forEach((row, r) => {
    const hits = Object.keys(fieldColumns(tab, row, vocabulary)).length;
    if (hits > best.hits) best = {row: r, hits};
  });
  const numberColumn = fieldColumns(tab, top[best.row] ?? [], vocabulary)[
    NUMBER_FIELD
  ];
  return numberColumn === undefined
    ? null
    : {headerRow: best.row, numberColumn};
}

/**
 * Lays reviewed rows under each Master tab's detected headers, leaving out invoice numbers already in
 * any Master invoice tab (and repeats within the review). Columns are found by the vocabulary (the
 * Master profile's spellings: the same the reader uses). Throws a Spanish message when a tab lacks
 * the invoice number column.
 */
export function planAppend(
  review: Partial<Record<TargetTab, FieldRow[]>>,
  master: Partial<Record<TargetTab, MasterTabState>>,
  vocabulary: Vocabulary = DEFAULT_HEADERS,
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
    const columnOf = fieldColumns(tab, state.headers, vocabulary);
    const unmapped: string[] = [];
    for (const field of spec.fields) {
      if (columnOf[field.key] !== undefined) continue;
      if (field.required) {
        throw new Error(
          `La hoja '${state.name}' del Master no tiene la columna '${field.title}'; encabezados en la fila ${state.headerRow + 1}: ${state.headers.filter(h => h).join(', ')}.`,
        );
      }
      unmapped.push(field.title);
    }
    const plan: TabAppendPlan = {
      tab,
      masterTab: state.name,
      width: state.headers.length,
      unmappedFields: unmapped,
      rows: [],
      dateColumns: spec.fields
        .map(fl => (fl.kind === 'date' ? columnOf[fl.key] : undefined))
        .filter((i): i is number => i !== undefined),
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
        const i = columnOf[field.key];
        if (i !== undefined) cells[i] = cellValue(row[field.key] ?? null);
      }
      plan.rows.push(cells);
      plan.keys.push(key);
    }
    plans.push(plan);
  }
  return plans;
}
