// Text read as if typed into a cell (setValues, USER_ENTERED): numbers, percentages, dates, times,
// booleans and formulas in the spreadsheet's locale; everything else stays text.
//
// Google: "The values will be parsed as if the user typed them into the UI. Numbers will stay as
// numbers, but strings may be converted to numbers, dates, etc. following the same rules that are
// applied when entering text into a cell via the Google Sheets UI"
// (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption). Which texts the UI
// converts is not listed anywhere: the forms below are the common ones, modelled strictly (see
// ASSUMPTIONS in test/emulator/README.md).
import type {CellValue} from './format';

/** What typing `text` stores: a value (with a format it brings), a formula, or a blank. */
export interface TypedCell {
  value: CellValue | undefined;
  format?: string;
  formula?: string;
}

/** Month names and abbreviations Sheets reads in dates ("sep-2025", "15 ene 2025", "Sep 15, 2025"). */
const MONTHS: Record<string, number> = {
  ene: 1,
  enero: 1,
  jan: 1,
  january: 1,
  feb: 2,
  febrero: 2,
  february: 2,
  mar: 3,
  marzo: 3,
  march: 3,
  abr: 4,
  abril: 4,
  apr: 4,
  april: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  junio: 6,
  june: 6,
  jul: 7,
  julio: 7,
  july: 7,
  ago: 8,
  agosto: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  set: 9,
  septiembre: 9,
  setiembre: 9,
  september: 9,
  oct: 10,
  octubre: 10,
  october: 10,
  nov: 11,
  noviembre: 11,
  november: 11,
  dic: 12,
  diciembre: 12,
  dec: 12,
  december: 12,
};

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/** The serial number of a wall-clock date (no zone: serials are wall clock). */
function serialOf(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** Two-digit years: 00-29 are 20xx, 30-99 19xx (the spreadsheet convention). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** Fraction of a day of "8:05", "8:05:30", "8:05 PM"; null when not a time. */
function timeFraction(text: string | undefined): number | null {
  if (text === undefined) return 0;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?$/i.exec(
    text.trim(),
  );
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return null;
  return (h * 3600 + min * 60 + s) / 86400;
}

function dateCell(
  serial: number | null,
  time: string | undefined,
  locale: string,
): TypedCell | null {
  const fraction = timeFraction(time);
  if (serial === null || fraction === null) return null;
  const day = locale.startsWith('en_US') ? 'M/d/yyyy' : 'd/M/yyyy';
  return {
    value: serial + fraction,
    format: fraction > 0 || time !== undefined ? `${day} H:mm:ss` : day,
  };
}

/** A date (with an optional time) in one of the forms Sheets reads; null otherwise. */
function parseDate(
  t: string,
  locale: string,
  currentYear: number,
): TypedCell | null {
  const monthFirst = locale.startsWith('en_US');
  const time =
    '(?:[ T]+(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s*m\\.?)?))?';
  // 2025-09-15, 2025/09/15 (both locales).
  let m = new RegExp(
    `^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${time}$`,
    'i',
  ).exec(t);
  if (m)
    return dateCell(
      serialOf(Number(m[1]), Number(m[2]), Number(m[3])),
      m[4],
      locale,
    );
  // 15/09/2025, 15-09-25, 15.09.2025 (es: day first; en_US: month first).
  m = new RegExp(
    `^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{2}|\\d{4})${time}$`,
    'i',
  ).exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [d, mo] = monthFirst ? [b, a] : [a, b];
    return dateCell(serialOf(fullYear(m[4]), mo, d), m[5], locale);
  }
  // 1/7, 15/09 (no year: the current one).
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [d, mo] = monthFirst ? [b, a] : [a, b];
    return dateCell(serialOf(currentYear, mo, d), undefined, locale);
  }
  const month = (name: string): number | undefined =>
    MONTHS[name.toLowerCase().replace(/\.$/, '')];
  // 15-sep-2025, 15 sep 2025, 15 de septiembre de 2025, 15-sep.
  m =
    /^(\d{1,2})(?:[-/ ]|\s+de\s+)([a-záéíóú]+\.?)(?:(?:[-/ ]|\s+de\s+)(\d{2}|\d{4}))?$/i.exec(
      t,
    );
  if (m && month(m[2]))
    return dateCell(
      serialOf(m[3] ? fullYear(m[3]) : currentYear, month(m[2])!, Number(m[1])),
      undefined,
      locale,
    );
  // Sep 15, 2025.
  m = /^([a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/i.exec(t);
  if (m && month(m[1]))
    return dateCell(
      serialOf(Number(m[3]), month(m[1])!, Number(m[2])),
      undefined,
      locale,
    );
  // sep-2025, sep 2025, septiembre de 2025, sep-25: the first of that month.
  m = /^([a-záéíóú]+\.?)(?:[-/ ]|\s+de\s+)(\d{2}|\d{4})$/i.exec(t);
  if (m && month(m[1]))
    return dateCell(
      serialOf(fullYear(m[2]), month(m[1])!, 1),
      undefined,
      locale,
    );
  // 8:05, 8:05:30, 8:05 p.m. (a time of day alone).
  const fraction = /\d:\d/.test(t) ? timeFraction(t) : null;
  if (fraction !== null) return {value: fraction, format: 'H:mm:ss'};
  return null;
}

/**
 * A number as typed in the locale: es_CO "1.234", "1.234,5", "-12,5", "$ 1.234"; en_US
 * "1,234.5"; both "1e3" and "12%" (0.12). Null when not a number.
 */
function parseNumber(t: string, locale: string): TypedCell | null {
  const comma = !locale.startsWith('en');
  const [group, dec] = comma ? ['.', ','] : [',', '.'];
  const g = group === '.' ? '\\.' : ',';
  const d = dec === '.' ? '\\.' : ',';
  const m = new RegExp(
    `^([+-])?\\s*(\\$)?\\s*(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?\\s*(%)?$`,
  ).exec(t);
  if (!m) return null;
  const digits = m[3].split(group).join('');
  let n = Number(`${digits}.${m[4] ?? '0'}e${m[5] ?? '0'}`);
  if (m[1] === '-') n = -n;
  if (m[6]) {
    n = n / 100;
    return {value: n, format: m[4] ? '0.00%' : '0%'};
  }
  if (m[2]) return {value: n, format: '"$"#,##0.00'};
  const grouped = m[3].includes(group);
  return grouped ? {value: n, format: '#,##0.##'} : {value: n};
}

/**
 * What Sheets stores for typed `text` in `locale` (es_CO, en_US, ...) when the cell is not plain
 * text: a leading apostrophe keeps the rest as text (the apostrophe is not part of the value),
 * "=..." is a formula, and a text that starts with + - or @ and is no number becomes one too
 * (leading spaces, tabs and line breaks before them are ignored: stricter than the UI may be).
 */
export function parseTyped(
  text: string,
  locale: string,
  currentYear: number,
): TypedCell {
  if (text === '') return {value: undefined};
  if (text.startsWith("'")) return {value: text.slice(1)};
  const t = text.trim();
  if (t === '') return {value: text};
  if (t.startsWith('=') && t.length > 1) return {value: undefined, formula: t};
  const number = parseNumber(t, locale);
  if (number) return number;
  if (/^[+\-@]/.test(t) && t.length > 1)
    return {value: undefined, formula: `=${t.replace(/^@/, '')}`};
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'VERDADERO') return {value: true};
  if (upper === 'FALSE' || upper === 'FALSO') return {value: false};
  return parseDate(t, locale, currentYear) ?? {value: text};
}
