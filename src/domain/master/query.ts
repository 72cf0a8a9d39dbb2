// Queries over the Master table: tab or Consolidado, NITs (also inside desembolso codes), desembolso
// codes, a date range on a chosen date field, free text; totals per currency; filter choices.
import type {MasterFieldKey} from '../../common/settings';
import {CONSOLIDATED_TAB} from '../../common/master-api';
import {type DateFieldKey, MONEY_FIELDS} from './fields';
import type {MasterTable} from './table';
import {parseNit, wrongDvText} from '../kernel/nit';
import {foldSpaced, sameTabName} from '../kernel/text-fold';
import {
  normaliseInvoiceNumber,
  parseInvoiceNumber,
} from '../kernel/invoice-number';

/** The tab name that means "all invoice tabs". */
export const CONSOLIDATED = CONSOLIDATED_TAB;

/** A query in domain terms (days are day numbers, NITs bodies). */
export interface MasterFilter {
  /** A tab title or CONSOLIDATED. */
  tab: string;
  nits: string[];
  desembolsos: string[];
  dateField: DateFieldKey | null;
  from: number | null;
  to: number | null;
  text: string;
}

/** A filter the user must fix (Spanish). */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

/** Index of the selected tab, or -1 for Consolidado; a Spanish error lists the tabs when unknown. */
export function tabIndexOf(table: MasterTable, tab: string): number {
  if (tab === '' || sameTabName(tab, CONSOLIDATED)) return -1;
  const i = table.tabs.findIndex(t => sameTabName(t.layout.title, tab));
  if (i < 0) {
    throw new QueryError(
      `La hoja '${tab}' no es una hoja de facturas del Master. Hojas disponibles: ${table.tabs
        .map(t => `'${t.layout.title}'`)
        .join(', ')} o '${CONSOLIDATED}'.`,
    );
  }
  return i;
}

/** NIT bodies from what the user picked or typed ("900.206.480-2" -> "900206480"). */
export function nitBodies(nits: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of nits) {
    const parsed = parseNit(n);
    if (!parsed.ok) throw new QueryError(`"${n}" no es un NIT.`);
    const wrong = wrongDvText(parsed.nit);
    if (wrong)
      throw new QueryError(
        `El NIT "${n}" tiene un dígito de verificación errado: ${wrong}.`,
      );
    if (!out.includes(parsed.nit.body)) out.push(parsed.nit.body);
  }
  return out;
}

function matchesNit(
  table: MasterTable,
  i: number,
  nits: ReadonlySet<string>,
  markers: readonly string[],
): boolean {
  if (nits.has(table.text.nit[i])) return true;
  const code = table.text.desembolso[i];
  if (code === '') return false;
  const upper = code.toUpperCase();
  for (const m of markers) if (upper.includes(m)) return true;
  return false;
}

/** Row indices (table order) that pass the tab and NIT filters only: the base of the choices. */
function rowsOfTabAndNits(
  table: MasterTable,
  tabIndex: number,
  nits: readonly string[],
): number[] {
  const set = new Set(nits);
  const markers = nits.map(n => `CO:${n}:`);
  const out: number[] = [];
  for (let i = 0; i < table.size; i++) {
    if (tabIndex >= 0 && table.tab[i] !== tabIndex) continue;
    if (nits.length > 0 && !matchesNit(table, i, set, markers)) continue;
    out.push(i);
  }
  return out;
}

/** The rows matching every part of the filter, in sheet order (tab by tab). */
export function selectRows(table: MasterTable, filter: MasterFilter): number[] {
  const tabIndex = tabIndexOf(table, filter.tab);
  const base = rowsOfTabAndNits(table, tabIndex, filter.nits);
  const codes = new Set(filter.desembolsos.map(c => c.trim().toUpperCase()));
  const dates = filter.dateField ? table.dates[filter.dateField] : null;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
    throw new QueryError('La fecha inicial es posterior a la fecha final.');
  }
  const needle = foldSpaced(filter.text);
  const exact = exactTextMatch(filter.text);
  const out: number[] = [];
  for (const i of base) {
    if (codes.size > 0 && !codes.has(table.text.desembolso[i].toUpperCase()))
      continue;
    if (dates && (filter.from !== null || filter.to !== null)) {
      const d = dates[i];
      if (Number.isNaN(d) || d < from || d > to) continue;
    }
    if (
      needle !== '' &&
      !rowText(table, i).includes(needle) &&
      !(exact && exact(table, i))
    )
      continue;
    out.push(i);
  }
  return out;
}

/**
 * Free text typed as an invoice number ("fe-010555", "FE 10555") or a NIT ("900.206.480-2") also
 * matches the rows with that normalised number or NIT, as the PDF search and the sheet functions do.
 */
function exactTextMatch(
  text: string,
): ((table: MasterTable, i: number) => boolean) | null {
  const invoice = parseInvoiceNumber(text);
  if (invoice.ok) {
    const key = invoice.number.key;
    return (table, i) =>
      normaliseInvoiceNumber(table.text.invoiceNumber[i]) === key;
  }
  const nit = parseNit(text);
  if (nit.ok && nit.nit.body.length >= 6) {
    const body = nit.nit.body;
    return (table, i) => table.text.nit[i] === body;
  }
  return null;
}

function rowText(table: MasterTable, i: number): string {
  const t = table.text;
  return foldSpaced(
    `${t.invoiceNumber[i]} ${t.nit[i]} ${t.client[i]} ${t.desembolso[i]} ${t.creditNoteNumber[i]} ${t.status[i]}`,
  );
}

/** Totals of one currency: rows and the sum of each money field (NaN cells not added). */
export interface CurrencySum {
  currency: string;
  count: number;
  sums: Record<MasterFieldKey, number>;
}

/** Totals per currency, COP first, then USD, then others alphabetically. Currencies are never added together. */
export function totalsByCurrency(
  table: MasterTable,
  rows: readonly number[],
): CurrencySum[] {
  const by = new Map<string, CurrencySum>();
  for (const i of rows) {
    const currency = table.text.currency[i];
    let sum = by.get(currency);
    if (!sum) {
      const sums = {} as Record<MasterFieldKey, number>;
      for (const k of MONEY_FIELDS) sums[k] = 0;
      sum = {currency, count: 0, sums};
      by.set(currency, sum);
    }
    sum.count++;
    for (const k of MONEY_FIELDS) {
      const v = table.money[k][i];
      if (!Number.isNaN(v)) sum.sums[k] += v;
    }
  }
  const order = (c: string) => (c === 'COP' ? 0 : c === 'USD' ? 1 : 2);
  return [...by.values()].sort(
    (a, b) =>
      order(a.currency) - order(b.currency) ||
      a.currency.localeCompare(b.currency),
  );
}

/** A NIT offered as a filter choice. */
export interface NitChoice {
  nit: string;
  /** The most frequent client name written for it. */
  client: string;
  count: number;
}

/** A desembolso code offered as a filter choice. */
export interface CodeChoice {
  code: string;
  count: number;
}

/**
 * Choices for the filter: NITs of the selected tab (with client names), and the desembolso codes
 * of the rows matching the picked NITs (all codes of the tab when none is picked).
 */
export function filterChoices(
  table: MasterTable,
  filter: Pick<MasterFilter, 'tab' | 'nits'>,
): {
  nits: NitChoice[];
  desembolsos: CodeChoice[];
  minDay: Record<DateFieldKey, number>;
  maxDay: Record<DateFieldKey, number>;
} {
  const tabIndex = tabIndexOf(table, filter.tab);
  const nitCounts = new Map<
    string,
    {count: number; names: Map<string, number>}
  >();
  for (let i = 0; i < table.size; i++) {
    if (tabIndex >= 0 && table.tab[i] !== tabIndex) continue;
    const nit = table.text.nit[i];
    if (nit === '') continue;
    let entry = nitCounts.get(nit);
    if (!entry) {
      entry = {count: 0, names: new Map()};
      nitCounts.set(nit, entry);
    }
    entry.count++;
    const name = table.text.client[i];
    if (name !== '') entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
  }
  const nits: NitChoice[] = [...nitCounts.entries()].map(([nit, e]) => {
    let client = '';
    let best = 0;
    for (const [name, n] of e.names) if (n > best) [client, best] = [name, n];
    return {nit, client, count: e.count};
  });
  nits.sort(
    (a, b) =>
      (a.client || '~').localeCompare(b.client || '~', 'es') ||
      a.nit.localeCompare(b.nit),
  );

  const codeCounts = new Map<string, number>();
  const minDay = {} as Record<DateFieldKey, number>;
  const maxDay = {} as Record<DateFieldKey, number>;
  const dateKeys = Object.keys(table.dates) as DateFieldKey[];
  for (const k of dateKeys) {
    minDay[k] = Infinity;
    maxDay[k] = -Infinity;
  }
  for (const i of rowsOfTabAndNits(table, tabIndex, filter.nits)) {
    const code = table.text.desembolso[i];
    if (code !== '') codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
    for (const k of dateKeys) {
      const d = table.dates[k][i];
      if (d < minDay[k]) minDay[k] = d;
      if (d > maxDay[k]) maxDay[k] = d;
    }
  }
  const desembolsos = [...codeCounts.entries()]
    .map(([code, count]) => ({code, count}))
    .sort((a, b) => a.code.localeCompare(b.code));
  return {nits, desembolsos, minDay, maxDay};
}
