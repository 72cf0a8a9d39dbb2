// Calendar days as integers (days since 1970-01-01) in America/Bogota, and their conversions.

/** Bogotá is UTC-5 all year (no daylight saving time). */
export const BOGOTA_OFFSET_MS = -5 * 3600 * 1000;
const DAY_MS = 86400000;
/** Sheets/Excel serial day 0 is 1899-12-30; 25569 is 1970-01-01. */
const SERIAL_EPOCH = 25569;

/** The Bogotá calendar day of an instant (a Date cell from SpreadsheetApp). */
export function dayOfInstant(ms: number): number {
  return Math.floor((ms + BOGOTA_OFFSET_MS) / DAY_MS);
}

/** The calendar day of a Sheets serial number (the fraction is the time of day, dropped). */
export function dayOfSerial(serial: number): number {
  return Math.floor(serial) - SERIAL_EPOCH;
}

/** The day of a calendar date; null when it does not exist (31/02). */
export function dayOfYmd(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.floor(ms / DAY_MS);
}

/** Year, month (1-12) and day of a day number. */
export function ymdOfDay(day: number): {y: number; m: number; d: number} {
  const t = new Date(day * DAY_MS);
  return {y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate()};
}

/** "2025-09-15" for the sidebar contract. */
export function isoOfDay(day: number): string {
  const {y, m, d} = ymdOfDay(day);
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** The day of an ISO date "2025-09-15" (a time part is ignored); null when not one. */
export function dayOfIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text.trim());
  return m ? dayOfYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
