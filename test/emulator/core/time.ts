// Time zones and dates for the emulator: spreadsheet serial numbers and Java-style date patterns via Intl.

const partsCache = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall clock of `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts = partsFormat(timeZone).formatToParts(new Date(ms));
  const get = (t: string) => parts.find(p => p.type === t)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    ms: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

/** Offset of the time zone from UTC at an instant, in ms (Bogota: -5 h). */
export function offsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(
    w.year,
    w.month - 1,
    w.day,
    w.hour,
    w.minute,
    w.second,
    w.ms,
  );
  return asUtc - ms;
}

/** The instant whose wall clock in `timeZone` reads the given UTC-encoded wall time. */
export function fromWallClock(wallAsUtcMs: number, timeZone: string): number {
  const guess = wallAsUtcMs - offsetMs(wallAsUtcMs, timeZone);
  return wallAsUtcMs - offsetMs(guess, timeZone);
}

const DAY_MS = 86_400_000;
/** Serial 0 is 1899-12-30 (Lotus/Sheets epoch); 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** A spreadsheet serial number (days, wall clock of the spreadsheet's zone) to an instant. */
export function serialToMs(serial: number, timeZone: string): number {
  const wall = Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS);
  return fromWallClock(wall, timeZone);
}

/** An instant to the spreadsheet serial number of its wall clock in `timeZone`. */
export function msToSerial(ms: number, timeZone: string): number {
  return (ms + offsetMs(ms, timeZone)) / DAY_MS + UNIX_EPOCH_SERIAL;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function zone(offset: number, style: 'Z' | 'XXX'): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60000;
  const h = pad(Math.floor(abs / 60), 2);
  const m = pad(abs % 60, 2);
  if (style === 'XXX') return offset === 0 ? 'Z' : `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

/**
 * Formats an instant with a java.text.SimpleDateFormat pattern, as Utilities.formatDate does
 * (y, M, d, H, h, m, s, S, E, a, Z, X and 'quoted' text).
 */
export function formatJavaPattern(
  ms: number,
  timeZone: string,
  pattern: string,
): string {
  const w = wallClock(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        out +=
          n >= 4
            ? MONTHS[w.month - 1]
            : n === 3
              ? MONTHS[w.month - 1].slice(0, 3)
              : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, 3).slice(0, Math.max(n, 3));
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
        break;
      case 'u':
        out += String(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += zone(offsetMs(ms, timeZone), 'Z');
        break;
      case 'X':
        out += zone(offsetMs(ms, timeZone), 'XXX');
        break;
      case 'z':
        out += zone(offsetMs(ms, timeZone), 'Z');
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
