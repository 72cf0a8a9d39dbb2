// Month keys and labels for reports, on top of the calendar days of day.ts (America/Bogota).
import {MONTH_ABBR_ES} from '../kernel/months';
import {ymdOfDay} from '../kernel/day';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The month key "YYYY-MM" of a calendar day (days since 1970-01-01). */
export function monthOfDay(day: number): string {
  const {y, m} = ymdOfDay(day);
  return `${y}-${pad(m)}`;
}

/** "2025-08" -> "ago-2025", the way the business writes billing months. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return `${MONTH_ABBR_ES[Number(m[2]) - 1]}-${m[1]}`;
}

/** A calendar day as "15/08/2025" (es-CO). */
export function formatDay(day: number): string {
  const {y, m, d} = ymdOfDay(day);
  return `${pad(d)}/${pad(m)}/${y}`;
}
