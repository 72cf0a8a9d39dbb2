// Cell conversions: what setValues stores for a JS value, and how a stored value is displayed
// under a number format and locale (getDisplayValues, Sheets API FORMATTED_VALUE).
import {formatJavaPattern, msToSerial, serialToMs} from '../core/time';
import {parseTyped} from './parse-input';

/** A stored cell: numbers (dates are numbers with a date format, as in Sheets), text, booleans. */
export type CellValue = string | number | boolean;

/** Number format Sheets reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** Plain text format: strings stay text. */
export const TEXT_FORMAT = '@';

/** True for a Date from any realm (the add-on's vm realm or this one). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Whether a number format shows a date or time (d, y, h, s tokens outside quotes). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === DEFAULT_NUMBER_FORMAT) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dyhs]/i.test(bare);
}

/** Default date formats the spreadsheet gives cells that receive a Date. */
export function defaultDateFormat(locale: string, withTime: boolean): string {
  const day = locale.startsWith('en_US') ? 'M/d/yyyy' : 'd/M/yyyy';
  return withTime ? `${day} H:mm:ss` : day;
}

export interface StoredCell {
  value: CellValue | undefined;
  /** A format to apply when the cell had none (dates). */
  format?: string;
  formula?: string;
}

/**
 * What Sheets stores when a script writes `v` (setValues, USER_ENTERED): Dates become serial
 * numbers with a date format, numbers and booleans stay, '' and null are blank, and text is read
 * as if typed (parse-input.ts) unless the cell is plain text ("@"), which keeps it verbatim.
 * `currentYear` completes dates typed without one ("1/7").
 */
export function toStored(
  v: unknown,
  timeZone: string,
  locale: string,
  cellFormat: string | undefined,
  currentYear: number,
): StoredCell {
  if (v === null || v === undefined || v === '') return {value: undefined};
  if (isDate(v)) {
    const ms = v.getTime();
    const serial = msToSerial(ms, timeZone);
    return {
      value: serial,
      format: isDateFormat(cellFormat)
        ? undefined
        : defaultDateFormat(locale, serial % 1 !== 0),
    };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return {value: v};
  const s = String(v);
  // "Plain text" format: what is written is kept as text, apostrophe included (ASSUMPTION).
  if (cellFormat === TEXT_FORMAT) return {value: s};
  const typed = parseTyped(s, locale, currentYear);
  // A cell already formatted keeps its format (a date typed into a date cell, a number into money).
  if (typed.format && cellFormat && cellFormat !== DEFAULT_NUMBER_FORMAT)
    return {...typed, format: undefined};
  return typed;
}

/** Converts a Sheets date format (m is month unless next to h or s) to a Java pattern. */
function sheetsDateToJava(format: string): string {
  const tokens = format.match(/"[^"]*"|\\.|[A-Za-z]+|[^A-Za-z"\\]+/g) ?? [];
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.startsWith('"')) return out.push(`'${t.slice(1, -1)}'`);
    if (t.startsWith('\\')) return out.push(`'${t.slice(1)}'`);
    if (!/^[A-Za-z]+$/.test(t)) return out.push(t.replace(/[A-Za-z']/g, "''"));
    const lower = t.toLowerCase();
    if (lower[0] === 'm') {
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find(x => /^[A-Za-z]+$/.test(x));
      const next = tokens.slice(i + 1).find(x => /^[A-Za-z]+$/.test(x));
      const minutes =
        (prev && prev.toLowerCase()[0] === 'h') ||
        (next && next.toLowerCase()[0] === 's');
      return out.push(
        minutes ? 'mm'.slice(0, Math.min(2, t.length)) : 'M'.repeat(t.length),
      );
    }
    if (lower[0] === 'h') return out.push('H'.repeat(t.length));
    if (lower === 'am/pm' || lower === 'am') return out.push('a');
    return out.push(lower);
  });
  return out.join('');
}

/** Formats a number with a pattern such as "#,##0.00", "0", "$#,##0", "0.00%", in a locale. */
function formatNumberPattern(
  n: number,
  format: string,
  locale: string,
): string {
  const sections = format.split(';');
  let pattern = sections[0];
  let value = n;
  if (n < 0 && sections[1] !== undefined) {
    pattern = sections[1];
    value = -n;
  }
  const m = /[#0,]*[0#](\.[0#]+)?/.exec(pattern);
  if (!m) return pattern.replace(/"/g, '');
  const token = m[0];
  const decimals = (m[1] ?? '.').length - 1;
  const minDecimals = ((m[1] ?? '').match(/0/g) ?? []).length;
  const percent = pattern.includes('%');
  const grouping = token.includes(',');
  const body = new Intl.NumberFormat(locale.replace('_', '-'), {
    useGrouping: grouping,
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: decimals,
  }).format(percent ? value * 100 : value);
  const literal = (s: string) =>
    s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  return (
    literal(pattern.slice(0, m.index)) +
    body +
    literal(pattern.slice(m.index + token.length))
  );
}

/** The text a user sees in a cell (getDisplayValues, FORMATTED_VALUE). */
export function displayValue(
  value: CellValue | undefined,
  format: string | undefined,
  locale: string,
  timeZone: string,
): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean')
    return locale.startsWith('es')
      ? value
        ? 'VERDADERO'
        : 'FALSO'
      : value
        ? 'TRUE'
        : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateFormat(format)) {
    return formatJavaPattern(
      serialToMs(value, timeZone),
      timeZone,
      sheetsDateToJava(format!),
    );
  }
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === TEXT_FORMAT) {
    return new Intl.NumberFormat(locale.replace('_', '-'), {
      useGrouping: false,
      maximumFractionDigits: 10,
    }).format(value);
  }
  return formatNumberPattern(value, format, locale);
}
