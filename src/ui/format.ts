// es-CO formatting for the sidebar (money per currency, dates in Bogotá time, counts), via Intl only.

/** Money is formatted as the server formats it: one formatter (src/common/money.ts). */
export {formatMoney} from '../common/money';

const TIME_ZONE = 'America/Bogota';
const countFormat = new Intl.NumberFormat('es-CO');
const dateFormat = new Intl.DateTimeFormat('es-CO', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('es-CO', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A count with es-CO thousands separators: 12345 -> "12.345". */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** An ISO date or date-time as dd/mm/yyyy in Bogotá time; "" for empty or invalid input. */
export function formatDate(iso: string | null | undefined): string {
  const d = parseIso(iso);
  return d ? dateFormat.format(d) : '';
}

/** An ISO date-time as dd/mm/yyyy, hh:mm in Bogotá time; "" for empty or invalid input. */
export function formatDateTime(iso: string | null | undefined): string {
  const d = parseIso(iso);
  return d ? dateTimeFormat.format(d) : '';
}

function parseIso(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  // A bare date ("2025-09-15") is a calendar day: read it at Bogotá noon so no zone shifts it.
  const text = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00-05:00` : iso;
  const d = new Date(text);
  return isNaN(d.getTime()) ? null : d;
}

/** A file size: 1536 -> "1,5 KB" (es-CO decimals, powers of 1024). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${new Intl.NumberFormat('es-CO', {maximumFractionDigits: 1}).format(v)} ${units[u]}`;
}
