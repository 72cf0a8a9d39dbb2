// Calendar days as integers (days since 1970-01-01) and their conversions; instants are turned into
// days in a named time zone (a spreadsheet's, through Intl), never with a fixed offset.

/**
 * The business's zone (Colombia): what the add-on gives every spreadsheet it creates, and the zone
 * of file-name stamps. Dates read from a spreadsheet use that spreadsheet's own zone instead.
 */
export const BUSINESS_TIME_ZONE = 'America/Bogota';
const DAY_MS = 86400000;
const HOUR_MS = 3600000;
/** Sheets/Excel serial day 0 is 1899-12-30; 25569 is 1970-01-01. */
const SERIAL_EPOCH = 25569;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/** The wall clock of an instant in a zone, as a UTC-encoded ms value (Intl does the zone rules). */
function wallMs(ms: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) p[part.type] = Number(part.value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The zone's offset from UTC at an instant, in ms (Bogotá: -5 h); cached per zone and hour. */
export function zoneOffsetMs(ms: number, zone: string): number {
  const hour = Math.floor(ms / HOUR_MS);
  const key = `${zone}|${hour}`;
  let off = offsets.get(key);
  if (off === undefined) {
    off = wallMs(hour * HOUR_MS, zone) - hour * HOUR_MS;
    offsets.set(key, off);
  }
  return off;
}

/** The calendar day of an instant in a zone. */
export function dayOfInstant(ms: number, zone: string): number {
  return Math.floor((ms + zoneOffsetMs(ms, zone)) / DAY_MS);
}

/** The Sheets serial number of an instant's wall clock in a zone (what the cell stores). */
export function serialOfInstant(ms: number, zone: string): number {
  return (ms + zoneOffsetMs(ms, zone)) / DAY_MS + SERIAL_EPOCH;
}

/** The instant a day starts in a zone: the Date to write so a spreadsheet in that zone shows it. */
export function instantOfDay(day: number, zone: string): number {
  const wall = day * DAY_MS;
  const guess = wall - zoneOffsetMs(wall, zone);
  return wall - zoneOffsetMs(guess, zone);
}

/** Wall-clock fields of an instant in a zone (file-name stamps, labels). */
export function wallClockOf(
  ms: number,
  zone: string,
): {y: number; m: number; d: number; h: number; min: number; s: number} {
  const t = new Date(ms + zoneOffsetMs(ms, zone));
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    min: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
  };
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
