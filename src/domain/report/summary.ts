// Resumen: billing per currency, per month, per category and per client and month. COP and USD are never added.
import {monthLabel} from './dates';
import {
  CATEGORIES,
  clientNamesByNit,
  nitKeyOf,
  type CategoryKey,
  type ReportColumns,
  type ReportRow,
} from './rows';

/** Label of the group of rows whose currency cell is blank. */
export const NO_CURRENCY = 'Sin moneda';
/** Label of the group of rows with neither invoice date nor billing month. */
export const NO_MONTH = 'Sin fecha';

/** Totals of one currency. */
export interface CurrencyTotal {
  currency: string;
  invoices: number;
  amount: number;
}

/** Billing of one month, one amount per currency (in `currencies` order). */
export interface MonthLine {
  /** "YYYY-MM" or NO_MONTH. */
  month: string;
  label: string;
  amounts: number[];
}

/** Billing of one client in one month and currency. */
export interface ClientMonthLine {
  nit: string;
  client: string;
  currency: string;
  month: string;
  label: string;
  invoices: number;
  amount: number;
}

/** One category's total in one currency. */
export interface CategoryLine {
  currency: string;
  category: CategoryKey;
  label: string;
  amount: number;
}

export interface SummaryReport {
  /** Currencies seen, COP first, then USD, then others alphabetically, NO_CURRENCY last. */
  currencies: string[];
  totals: CurrencyTotal[];
  /** Months ascending, NO_MONTH last. */
  months: MonthLine[];
  /** Categories the Master has columns for; empty when none. */
  categories: CategoryLine[];
  /** NIT, then month, then currency. */
  clientMonths: ClientMonthLine[];
}

function currencyRank(c: string): string {
  if (c === 'COP') return '0';
  if (c === 'USD') return '1';
  if (c === NO_CURRENCY) return '3';
  return `2${c}`;
}

function monthRank(m: string): string {
  return m === NO_MONTH ? '9999-99' : m;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Aggregates the rows with an amount; rows without one are left to the quality report. */
export function buildSummary(
  rows: readonly ReportRow[],
  columns: ReportColumns,
): SummaryReport {
  const names = clientNamesByNit(rows);
  const totals = new Map<string, CurrencyTotal>();
  const months = new Map<string, Map<string, number>>();
  const clients = new Map<string, ClientMonthLine>();
  const categories = new Map<string, CategoryLine>();
  for (const r of rows) {
    const currency = r.currency ?? NO_CURRENCY;
    if (r.amount !== null) {
      const month = r.month ?? NO_MONTH;
      let t = totals.get(currency);
      if (!t) {
        t = {currency, invoices: 0, amount: 0};
        totals.set(currency, t);
      }
      t.invoices++;
      t.amount += r.amount;
      let perCurrency = months.get(month);
      if (!perCurrency) {
        perCurrency = new Map();
        months.set(month, perCurrency);
      }
      perCurrency.set(currency, (perCurrency.get(currency) ?? 0) + r.amount);
      const nit = nitKeyOf(r);
      const key = `${nit}\u0000${month}\u0000${currency}`;
      let c = clients.get(key);
      if (!c) {
        c = {
          nit,
          client: names.get(nit) ?? '',
          currency,
          month,
          label: month === NO_MONTH ? NO_MONTH : monthLabel(month),
          invoices: 0,
          amount: 0,
        };
        clients.set(key, c);
      }
      c.invoices++;
      c.amount += r.amount;
    }
    for (const {key: cat, label} of CATEGORIES) {
      const v = r.categories[cat];
      if (v === undefined || v === null) continue;
      const key = `${currency}\u0000${cat}`;
      let line = categories.get(key);
      if (!line) {
        line = {currency, category: cat, label, amount: 0};
        categories.set(key, line);
      }
      line.amount += v;
    }
  }
  const currencies = [...totals.keys()].sort((a, b) =>
    cmp(currencyRank(a), currencyRank(b)),
  );
  const monthLines = [...months.keys()]
    .sort((a, b) => cmp(monthRank(a), monthRank(b)))
    .map(month => ({
      month,
      label: month === NO_MONTH ? NO_MONTH : monthLabel(month),
      amounts: currencies.map(c => months.get(month)?.get(c) ?? 0),
    }));
  const catOrder = new Map(CATEGORIES.map((c, i) => [c.key as string, i]));
  const categoryLines = [...categories.values()]
    .filter(l => columns.categories.includes(l.category))
    .sort(
      (a, b) =>
        cmp(currencyRank(a.currency), currencyRank(b.currency)) ||
        (catOrder.get(a.category) ?? 0) - (catOrder.get(b.category) ?? 0),
    );
  const clientMonths = [...clients.values()].sort(
    (a, b) =>
      cmp(a.nit, b.nit) ||
      cmp(monthRank(a.month), monthRank(b.month)) ||
      cmp(currencyRank(a.currency), currencyRank(b.currency)),
  );
  return {
    currencies,
    totals: currencies.map(c => totals.get(c) as CurrencyTotal),
    months: monthLines,
    categories: categoryLines,
    clientMonths,
  };
}
