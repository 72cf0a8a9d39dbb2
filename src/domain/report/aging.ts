// Aging of receivables (cartera por edades): open invoices by days past due, per client and currency.
import {foldSpaced} from '../kernel/text-fold';
import {
  clientNamesByNit,
  nitKeyOf,
  type ReportColumns,
  type ReportRow,
} from './rows';

/** The buckets, in order: not yet due, then days past due (docs/domain.md). */
export const AGING_BUCKETS = [
  {key: 'vigente', label: 'Vigente', maxDays: 0},
  {key: 'd1_30', label: '1-30 días', maxDays: 30},
  {key: 'd31_60', label: '31-60 días', maxDays: 60},
  {key: 'd61_90', label: '61-90 días', maxDays: 90},
  {key: 'd91_180', label: '91-180 días', maxDays: 180},
  {key: 'd181_360', label: '181-360 días', maxDays: 360},
  {key: 'over360', label: 'Más de 360 días', maxDays: Infinity},
] as const;

/**
 * Status words (folded) that mean the invoice is no longer owed. Anything else, including a blank
 * status, counts as open.
 */
export const CLOSED_STATUSES: readonly string[] = [
  'pagada',
  'pagado',
  'paga',
  'cancelada',
  'cancelado',
  'anulada',
  'anulado',
  'cerrada',
  'cerrado',
];

/** Index into AGING_BUCKETS for an invoice due on `dueDate`, seen on `asOf` (calendar days). */
export function bucketIndex(dueDate: number, asOf: number): number {
  const overdue = asOf - dueDate;
  for (let i = 0; i < AGING_BUCKETS.length; i++) {
    if (overdue <= AGING_BUCKETS[i].maxDays) return i;
  }
  return AGING_BUCKETS.length - 1;
}

/** True when the status says the invoice was paid, cancelled or annulled. */
export function isClosedStatus(status: string): boolean {
  const folded = foldSpaced(status);
  return CLOSED_STATUSES.some(
    word => folded === word || folded.startsWith(`${word} `),
  );
}

/** One client's open balance in one currency, spread over the buckets. */
export interface AgingLine {
  nit: string;
  client: string;
  currency: string;
  /** One amount per bucket, in AGING_BUCKETS order. */
  buckets: number[];
  total: number;
  invoices: number;
}

/** The aging report, or why it cannot be built. */
export type AgingReport =
  | {
      available: true;
      /** Calendar day the days past due are counted to. */
      asOf: number;
      /** Sorted by currency, then total descending, then NIT. */
      lines: AgingLine[];
      /** Per currency: bucket totals and grand total. */
      totals: Array<{currency: string; buckets: number[]; total: number}>;
      /** Open rows left out because they had no due date or no amount. */
      skipped: number;
    }
  | {available: false; reason: string};

/** Builds the aging report of open invoices as of `asOf`. */
export function buildAging(
  rows: readonly ReportRow[],
  columns: ReportColumns,
  asOf: number,
): AgingReport {
  const missing: string[] = [];
  if (!columns.hasDueDate) missing.push('fecha de vencimiento');
  if (!columns.hasStatus) missing.push('estado');
  if (missing.length > 0) {
    return {
      available: false,
      reason:
        `La cartera por edades no está disponible: ninguna hoja del Master (${columns.tabs.join(', ')}) ` +
        `tiene columna de ${missing.join(' ni de ')}. Agregue la columna o su nombre en ` +
        'Configuración > Nombres de columna aceptados para que aparezca este informe.',
    };
  }
  const names = clientNamesByNit(rows);
  const byKey = new Map<string, AgingLine>();
  let skipped = 0;
  for (const row of rows) {
    if (isClosedStatus(row.status)) continue;
    if (row.dueDate === null || row.amount === null) {
      skipped++;
      continue;
    }
    const currency = row.currency ?? 'Sin moneda';
    const nit = nitKeyOf(row);
    const key = `${currency}\u0000${nit}`;
    let line = byKey.get(key);
    if (!line) {
      line = {
        nit,
        client: names.get(nit) ?? '',
        currency,
        buckets: AGING_BUCKETS.map(() => 0),
        total: 0,
        invoices: 0,
      };
      byKey.set(key, line);
    }
    line.buckets[bucketIndex(row.dueDate, asOf)] += row.amount;
    line.total += row.amount;
    line.invoices++;
  }
  const lines = [...byKey.values()].sort(
    (a, b) =>
      compare(a.currency, b.currency) ||
      b.total - a.total ||
      compare(a.nit, b.nit),
  );
  const totalsBy = new Map<
    string,
    {currency: string; buckets: number[]; total: number}
  >();
  for (const line of lines) {
    let t = totalsBy.get(line.currency);
    if (!t) {
      t = {
        currency: line.currency,
        buckets: AGING_BUCKETS.map(() => 0),
        total: 0,
      };
      totalsBy.set(line.currency, t);
    }
    line.buckets.forEach((v, i) => (t.buckets[i] += v));
    t.total += line.total;
  }
  return {
    available: true,
    asOf,
    lines,
    totals: [...totalsBy.values()],
    skipped,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
