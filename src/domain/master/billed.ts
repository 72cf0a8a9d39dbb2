// Totals billed per NIT for =FACTURADO: the table indexed once by NIT and currency (days sorted, running
// sums in cents), then two binary searches per cell, so a call costs rows + cells x log(rows).
import type {RawCell} from '../kernel/cell-values';
import {isBlank, parseCurrency, parseDate} from '../kernel/cell-values';
import type {MasterFieldKey} from '../../common/settings';
import type {MasterTable} from './table';
import {textOf} from '../kernel/cell-values';
import {dashlessDvReading, parseNit, wrongDvText} from '../kernel/nit';

/** The Master fields =FACTURADO reads (the others are not read at all). */
export const BILLED_FIELDS: readonly MasterFieldKey[] = [
  'nit',
  'currency',
  'issueDate',
  'valorNeto',
];

/** The currency summed when none is given. */
export const DEFAULT_BILLED_CURRENCY = 'COP';

/** One NIT's invoices in one currency: dated ones by day with running sums, in cents. */
interface Series {
  /** Issue days ascending (dated invoices only). */
  days: Float64Array;
  /** prefix[i] = cents of the first i dated invoices; prefix[days.length] their total. */
  prefix: Float64Array;
  /** Cents of every invoice, dated or not (the total when no window is given). */
  allCents: number;
}

/** Per NIT body and currency, the series the totals are cut from; and the currencies present. */
export interface BilledIndex {
  series: Map<string, Map<string, Series>>;
  currencies: Set<string>;
}

/** The options of one cell: currency and inclusive day window. */
export interface BilledWindow {
  currency: string;
  from: number | null;
  to: number | null;
}

/**
 * Indexes the table by NIT and currency: one pass to group, one sort per group. Each cell then
 * costs two binary searches, whatever the number of rows.
 */
export function indexByNit(table: MasterTable): BilledIndex {
  const groups = new Map<string, Map<string, number[]>>();
  const currencies = new Set<string>(['COP', 'USD']);
  const nits = table.text.nit;
  const currency = table.text.currency;
  for (let i = 0; i < table.size; i++) {
    currencies.add(currency[i]);
    const nit = nits[i];
    if (nit === '') continue;
    let byCurrency = groups.get(nit);
    if (!byCurrency) groups.set(nit, (byCurrency = new Map()));
    let rows = byCurrency.get(currency[i]);
    if (!rows) byCurrency.set(currency[i], (rows = []));
    rows.push(i);
  }
  const days = table.dates.issueDate;
  const net = table.money.valorNeto;
  // Integer cents: running sums stay exact, so a window total is a subtraction.
  const cents = (i: number) =>
    Number.isNaN(net[i]) ? 0 : Math.round(net[i] * 100);
  const series = new Map<string, Map<string, Series>>();
  for (const [nit, byCurrency] of groups) {
    const out = new Map<string, Series>();
    for (const [cur, rows] of byCurrency) {
      let allCents = 0;
      const dated: number[] = [];
      for (const i of rows) {
        allCents += cents(i);
        if (!Number.isNaN(days[i])) dated.push(i);
      }
      dated.sort((a, b) => days[a] - days[b]);
      const d = new Float64Array(dated.length);
      const prefix = new Float64Array(dated.length + 1);
      for (let k = 0; k < dated.length; k++) {
        d[k] = days[dated[k]];
        prefix[k + 1] = prefix[k] + cents(dated[k]);
      }
      out.set(cur, {days: d, prefix, allCents});
    }
    series.set(nit, out);
  }
  return {series, currencies};
}

/** First index whose day is >= day (strict: first > day). */
function lowerBound(days: Float64Array, day: number, strict: boolean): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day || (strict && days[mid] === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
 * The NIT body of a cell as the index knows it, or a Spanish error text ("Error: ..."): a wrong DV is named with the right
 * one; a NIT whose DV was typed without a dash ("8531874175") is taken as the reading the Master
 * knows, and an error says why when it knows both or neither.
 */
function nitOfCell(index: BilledIndex, nit: RawCell): string {
  const parsed = parseNit(nit);
  const shown = textOf(nit);
  if (!parsed.ok) {
    return parsed.problem === 'too-long'
      ? 'Error: el NIT tiene más de 15 dígitos'
      : `Error: "${shown}" no es un NIT`;
  }
  const wrong = wrongDvText(parsed.nit);
  if (wrong) return `Error: "${shown}": ${wrong}`;
  const rows = index.series.has(parsed.nit.body);
  const dashless = dashlessDvReading(parsed.nit);
  if (!dashless) return parsed.nit.body;
  const other = index.series.has(dashless.body);
  const asDv = `${dashless.body}-${dashless.dv}`;
  if (rows && other) {
    return `Error: "${shown}" puede ser el NIT ${parsed.nit.body} o el ${asDv}, y el Master tiene los dos: escriba el DV con guion`;
  }
  if (rows) return parsed.nit.body;
  if (other) return dashless.body;
  // Nine digits is a company NIT without DV: not being in the Master is then a plain 0.
  if (parsed.nit.body.length < 10) return parsed.nit.body;
  return `Error: el Master no tiene el NIT ${parsed.nit.body} ni el ${asDv} (si el último dígito es el DV)`;
}

/**
 * The net amount billed to one NIT in the window's currency (rounded to cents; 0 when the NIT
 * has no invoices in it), "" for a blank cell, or a Spanish error text when the cell cannot be
 * read as one NIT of the Master.
 */
export function billedFor(
  index: BilledIndex,
  window: BilledWindow,
  nit: RawCell,
): number | string {
  if (isBlank(nit)) return '';
  const body = nitOfCell(index, nit);
  if (body.startsWith('Error')) return body;
  const s = index.series.get(body)?.get(window.currency);
  if (!s) return 0;
  // + 0: a total of -0 cents shows as 0.
  if (window.from === null && window.to === null) return s.allCents / 100 + 0;
  const lo = window.from === null ? 0 : lowerBound(s.days, window.from, false);
  const hi =
    window.to === null ? s.days.length : lowerBound(s.days, window.to, true);
  return hi > lo ? (s.prefix[hi] - s.prefix[lo]) / 100 + 0 : 0;
}
