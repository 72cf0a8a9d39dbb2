// Parsing the cells of real sheets: money as numbers or es-CO text, dates as serials or text,
// billing months like "ago-25", currencies, and the error values Sheets and Excel show (#N/A).
import {dayOfSerial, dayOfYmd} from './day';

/**
 * What a cell read from a sheet can be: the Sheets API's unformatted values (dates as serial
 * numbers). SpreadsheetApp's Date cells are turned into serials of their spreadsheet's zone by the
 * adapter that reads them (adapters/common/cells.ts readCells), so no zone is guessed here.
 */
export type RawCell = string | number | boolean | null | undefined;

/** A parsed value, nothing (blank cell), or a problem worded in Spanish for a diagnostic. */
export type CellParse<T> =
  | {kind: 'value'; value: T}
  | {kind: 'blank'}
  | {kind: 'problem'; message: string};

const BLANK = {kind: 'blank'} as const;
const value = <T>(v: T): CellParse<T> => ({kind: 'value', value: v});
const problem = (message: string): CellParse<never> => ({
  kind: 'problem',
  message,
});

const ERROR_VALUE =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)/i;

/** True for a blank cell: null, undefined or only spaces. */
export function isBlank(cell: RawCell): boolean {
  return (
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && cell.trim() === '')
  );
}

/** The spreadsheet error shown in the cell (#N/A, #REF!...), or null. */
export function errorValueOf(cell: RawCell): string | null {
  if (typeof cell !== 'string') return null;
  const m = ERROR_VALUE.exec(cell.trim());
  return m ? `#${m[1].toUpperCase()}` : null;
}

/**
 * A cell as trimmed text, the way an es-CO sheet shows it ("" for blank): numbers without float
 * noise, booleans as VERDADERO/FALSO.
 */
export function textOf(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'VERDADERO' : 'FALSO';
  const t = String(cell).trim();
  return /\s\s|[\t\n\r\u00a0]/.test(t) ? t.replace(/\s+/g, ' ') : t;
}

function errorProblem(cell: RawCell): CellParse<never> | null {
  const err = errorValueOf(cell);
  return err ? problem(`la celda tiene el error ${err}`) : null;
}

/**
 * Money: a number, or es-CO text: "$ 1.234.567,89", "US$ 1.234,5", "(1.234,00)" (negative),
 * "-1.234", "1.234.567" (dots are thousands), "1234.5" (one dot not followed by three digits is
 * a decimal point), "-" alone (accounting zero).
 */
export function parseMoney(cell: RawCell): CellParse<number> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? value(cell)
      : problem('el valor no es un número');
  }
  if (isBlank(cell)) return BLANK;
  const err = errorProblem(cell);
  if (err) return err;
  if (typeof cell !== 'string')
    return problem(`"${textOf(cell)}" no es un valor en dinero`);
  let t = cell.replace(/[\s\u00a0]/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.endsWith('-') && t.length > 1) {
    negative = !negative;
    t = t.slice(0, -1);
  }
  t = t.replace(/^(COP|USD|US\$|\$|COL\$)/i, '').replace(/(COP|USD)$/i, '');
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  }
  if (t === '') {
    return cell.includes('-')
      ? value(0)
      : problem(`"${cell.trim()}" no es un valor en dinero`);
  }
  let n: number | null = null;
  if (/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(t) || /^\d+(,\d+)?$/.test(t)) {
    n = Number(t.replace(/\./g, '').replace(',', '.'));
  } else if (/^\d+\.\d{1,2}$/.test(t) || /^\d+\.\d{4,}$/.test(t)) {
    n = Number(t);
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    n = Number(t.replace(/,/g, ''));
  }
  if (n === null || !Number.isFinite(n)) {
    return problem(`"${cell.trim()}" no es un valor en dinero`);
  }
  return value(negative ? -n : n);
}

/** Serial numbers accepted as dates: 1900-01-01 .. 2199-12-31. */
const MIN_SERIAL = 2;
const MAX_SERIAL = 109574;

/**
 * A calendar day (days since 1970-01-01): a Date cell, a Sheets serial number, or text
 * "15/09/2025", "15-09-2025", "15/9/25", "2025-09-15".
 */
export function parseDate(cell: RawCell): CellParse<number> {
  if (typeof cell === 'number') {
    if (cell >= MIN_SERIAL && cell <= MAX_SERIAL)
      return value(dayOfSerial(cell));
    return problem(`${cell} no es una fecha`);
  }
  if (isBlank(cell)) return BLANK;
  const err = errorProblem(cell);
  if (err) return err;
  const t = textOf(cell);
  let m =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(
      t,
    );
  if (m) {
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const day = dayOfYmd(y, Number(m[2]), Number(m[1]));
    return day === null
      ? problem(`"${t}" no es una fecha válida (dd/mm/aaaa)`)
      : value(day);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(t);
  if (m) {
    const day = dayOfYmd(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === null ? problem(`"${t}" no es una fecha válida`) : value(day);
  }
  return problem(`"${t}" no es una fecha (se espera dd/mm/aaaa)`);
}

const MONTHS: Record<string, number> = {
  ene: 1,
  enero: 1,
  jan: 1,
  feb: 2,
  febrero: 2,
  mar: 3,
  marzo: 3,
  abr: 4,
  abril: 4,
  apr: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  junio: 6,
  jul: 7,
  julio: 7,
  ago: 8,
  agosto: 8,
  aug: 8,
  sep: 9,
  sept: 9,
  set: 9,
  septiembre: 9,
  setiembre: 9,
  oct: 10,
  octubre: 10,
  nov: 11,
  noviembre: 11,
  dic: 12,
  diciembre: 12,
  dec: 12,
};

/**
 * A billing month, as the first day of that month: "ago-25", "Ago 2025", "agosto de 2025",
 * "08/2025", "2025-08", or a date (Date, serial, text) whose month is taken.
 */
export function parseMonth(cell: RawCell): CellParse<number> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'string') {
    const err = errorProblem(cell);
    if (err) return err;
    const t = cell
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
    let m = /^([a-z]+)\.?[\s/-]*(?:de\s+|del\s+)?(\d{2}|\d{4})$/.exec(t);
    if (m && MONTHS[m[1]] !== undefined) {
      const y = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
      return value(dayOfYmd(y, MONTHS[m[1]], 1) as number);
    }
    m = /^(\d{1,2})[/-](\d{4})$/.exec(t);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
      return value(dayOfYmd(Number(m[2]), Number(m[1]), 1) as number);
    }
    m = /^(\d{4})-(\d{1,2})$/.exec(t);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
      return value(dayOfYmd(Number(m[1]), Number(m[2]), 1) as number);
    }
  }
  const asDate = parseDate(cell);
  if (asDate.kind !== 'value') {
    return asDate.kind === 'blank'
      ? asDate
      : problem(`"${textOf(cell)}" no es un mes (se espera como "ago-25")`);
  }
  const first = new Date(asDate.value * 86400000);
  return value(
    dayOfYmd(first.getUTCFullYear(), first.getUTCMonth() + 1, 1) as number,
  );
}

/** A currency code: "COP", "Pesos", "$" -> COP; "USD", "US$", "Dólares" -> USD; another 3-letter code kept. */
export function parseCurrency(cell: RawCell): CellParse<string> {
  if (isBlank(cell)) return BLANK;
  const err = errorProblem(cell);
  if (err) return err;
  const t = textOf(cell)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[\s.]/g, '');
  if (['COP', 'PESOS', 'PESO', '$', 'COL$', 'PESOSCOLOMBIANOS'].includes(t))
    return value('COP');
  if (
    [
      'USD',
      'US$',
      'U$S',
      'DOLARES',
      'DOLAR',
      'DOLARESAMERICANOS',
      'USDOLLAR',
    ].includes(t)
  ) {
    return value('USD');
  }
  if (/^[A-Z]{3}$/.test(t)) return value(t);
  return problem(`"${textOf(cell)}" no es una moneda conocida`);
}
