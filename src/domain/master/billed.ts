// Totals billed per NIT for =FACTURADO: one index of the table by NIT, then a cheap sum per cell.
import type {RawCell} from '../kernel/cell-values';
import {isBlank, parseCurrency, parseDate} from '../kernel/cell-values';
import type {MasterFieldKey} from '../../shared/settings';
import type {MasterTable} from './table';
import {parseNit} from '../kernel/nit';

/** The Master fields =FACTURADO reads (the others are not read at all). */
export const BILLED_FIELDS: readonly MasterFieldKey[] = [
  'nit',
  'currency',
  'issueDate',
  'valorNeto',
];

/** The currency summed when none is given. */
export const DEFAULT_BILLED_CURRENCY = 'COP';

/** Row indices of the table per NIT body, and the currencies present. */
export interface BilledIndex {
  table: MasterTable;
  rowsByNit: Map<string, number[]>;
  currencies: Set<string>;
}

/** The options shared by every cell of one call: currency and inclusive day window. */
export interface BilledWindow {
  currency: string;
  from: number | null;
  to: number | null;
}

/** Indexes the table by NIT (one pass). */
export function indexByNit(table: MasterTable): BilledIndex {
  const rowsByNit = new Map<string, number[]>();
  const currencies = new Set<string>(['COP', 'USD']);
  const nits = table.text.nit;
  for (let i = 0; i < table.size; i++) {
    currencies.add(table.text.currency[i]);
    const nit = nits[i];
    if (nit === '') continue;
    let rows = rowsByNit.get(nit);
    if (!rows) rowsByNit.set(nit, (rows = []));
    rows.push(i);
  }
  return {table, rowsByNit, currencies};
}

/**
 * The window of a call from its desde, hasta and moneda arguments, or a Spanish error text.
 * Dates may be Date cells, serial numbers or "15/09/2025" text; blank means no bound.
 */
export function billedWindow(
  index: BilledIndex,
  desde: RawCell,
  hasta: RawCell,
  moneda: RawCell,
): BilledWindow | string {
  const day = (cell: RawCell, name: string): number | null | string => {
    if (isBlank(cell)) return null;
    const parsed = parseDate(cell);
    if (parsed.kind === 'value') return parsed.value;
    if (parsed.kind === 'blank') return null;
    return `Error: ${name}: ${parsed.message}`;
  };
  const from = day(desde, 'desde');
  if (typeof from === 'string') return from;
  const to = day(hasta, 'hasta');
  if (typeof to === 'string') return to;
  if (from !== null && to !== null && from > to) {
    return 'Error: la fecha desde es posterior a la fecha hasta';
  }
  let currency = DEFAULT_BILLED_CURRENCY;
  if (!isBlank(moneda)) {
    const parsed = parseCurrency(moneda);
    if (parsed.kind === 'problem') return `Error: moneda: ${parsed.message}`;
    if (parsed.kind === 'value') currency = parsed.value;
    if (!index.currencies.has(currency)) {
      return `Error: la moneda "${currency}" no aparece en el Master (monedas: ${[
        ...index.currencies,
      ]
        .sort()
        .join(', ')})`;
    }
  }
  return {currency, from, to};
}

/**
 * The net amount billed to one NIT in the window's currency (rounded to cents; 0 when the NIT
 * has no invoices), "" for a blank cell, or a Spanish error text when the cell is not a NIT.
 */
export function billedFor(
  index: BilledIndex,
  window: BilledWindow,
  nit: RawCell,
): number | string {
  if (isBlank(nit)) return '';
  const parsed = parseNit(nit);
  if (!parsed.ok) {
    return parsed.problem === 'too-long'
      ? 'Error: el NIT tiene más de 15 dígitos'
      : `Error: "${String(nit)}" no es un NIT`;
  }
  const rows = index.rowsByNit.get(parsed.nit.body);
  if (!rows) return 0;
  const {table} = index;
  const currency = table.text.currency;
  const days = table.dates.issueDate;
  const net = table.money.valorNeto;
  const from = window.from ?? -Infinity;
  const to = window.to ?? Infinity;
  const dated = window.from !== null || window.to !== null;
  let sum = 0;
  for (const i of rows) {
    if (currency[i] !== window.currency) continue;
    if (dated) {
      const d = days[i];
      if (Number.isNaN(d) || d < from || d > to) continue;
    }
    const v = net[i];
    if (!Number.isNaN(v)) sum += v;
  }
  return Math.round(sum * 100) / 100;
}
