// Turning query results into export rows: the old reports' file names, the columns and their kinds.
import type {MasterFieldKey} from '../../common/settings';
import {BUSINESS_TIME_ZONE, wallClockOf} from '../kernel/day';
import type {CellKind} from '../kernel/cell-kinds';
import {MASTER_FIELDS, MONEY_FIELDS, fieldOf} from './fields';
import {CONSOLIDATED} from './query';
import type {MasterTable} from './table';
import {foldSpaced, sameTabName} from '../kernel/text-fold';

/** A cell of an export: text, number, a day (calendar day number) or blank. */
export type ExportCell = string | number | {day: number} | null;

export interface ExportColumn {
  label: string;
  /** So the writer keeps text as text and sets number formats. */
  kind: CellKind;
}

/** "20251128_101500" in the business's zone (America/Bogota). */
export function stamp(ms: number): string {
  const t = wallClockOf(ms, BUSINESS_TIME_ZONE);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.y}${p(t.m)}${p(t.d)}_${p(t.h)}${p(t.min)}${p(t.s)}`;
}

function safeName(text: string): string {
  return foldSpaced(text)
    .replace(/[^a-z0-9]+/gi, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The old system's report names (without extension):
 * one code `Factura_CO_901082949_1_7_PAG_<stamp>`, several `Facturas_Multiples_3_codigos_<stamp>`,
 * all tabs `Consolidado_Todas_Facturas_<stamp>`, one tab `Relacion_facturas_Costos_Fijos_<stamp>`.
 */
export function reportName(
  tab: string,
  desembolsos: readonly string[],
  ms: number,
): string {
  const s = stamp(ms);
  if (desembolsos.length === 1)
    return `Factura_${desembolsos[0].trim().replace(/[:/\\]/g, '_')}_${s}`;
  if (desembolsos.length > 1)
    return `Facturas_Multiples_${desembolsos.length}_codigos_${s}`;
  if (tab === '' || sameTabName(tab, CONSOLIDATED))
    return `Consolidado_Todas_Facturas_${s}`;
  // Keep the tab's own capitals: "Relacion facturas Costos Fijos" -> "Relacion_facturas_Costos_Fijos".
  const name = tab
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${name || safeName(tab)}_${s}`;
}

/** Columns of an export: Hoja and Fila (where the row is in the Master), then the fields some tab has. */
export function exportColumns(table: MasterTable): {
  keys: MasterFieldKey[];
  columns: ExportColumn[];
} {
  const present = new Set<MasterFieldKey>();
  for (const t of table.tabs)
    for (const k of Object.keys(t.layout.columns))
      present.add(k as MasterFieldKey);
  const keys = MASTER_FIELDS.map(f => f.key).filter(k => present.has(k));
  const columns: ExportColumn[] = [
    {label: 'Hoja', kind: 'text'},
    {label: 'Fila', kind: 'row'},
    ...keys.map(k => {
      const f = fieldOf(k);
      const kind: CellKind =
        f.kind === 'money'
          ? 'money'
          : f.kind === 'date' || f.kind === 'month'
            ? 'date'
            : 'text';
      return {label: f.label, kind};
    }),
  ];
  return {keys, columns};
}

/** The export rows of the selected table rows, in the order of exportColumns. */
export function exportRows(
  table: MasterTable,
  rows: readonly number[],
  keys: readonly MasterFieldKey[],
): ExportCell[][] {
  const out: ExportCell[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const line: ExportCell[] = [
      table.tabs[table.tab[i]].layout.title,
      table.row[i],
    ];
    for (const k of keys) line.push(cellOf(table, i, k));
    out[r] = line;
  }
  return out;
}

function cellOf(
  table: MasterTable,
  i: number,
  key: MasterFieldKey,
): ExportCell {
  if ((MONEY_FIELDS as readonly string[]).includes(key)) {
    const v = table.money[key][i];
    return Number.isNaN(v) ? null : v;
  }
  if (
    key === 'issueDate' ||
    key === 'billingMonth' ||
    key === 'creditNoteDate'
  ) {
    const d = table.dates[key][i];
    return Number.isNaN(d) ? null : {day: d};
  }
  if (key === 'nit') {
    const body = table.text.nit[i];
    const dv = table.nitDv[i];
    return body === '' ? null : dv >= 0 ? `${body}-${dv}` : body;
  }
  const text = table.text[key as keyof MasterTable['text']][i];
  return text === '' ? null : text;
}
