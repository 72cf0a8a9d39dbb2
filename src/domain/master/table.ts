// The Master in memory, column-wise: one array per field over all invoice rows of all tabs, built
// from the raw columns read from the sheet, with a diagnostic for every cell that could not be read.
import type {MasterFieldKey} from '../../common/settings';
import {
  type CellParse,
  type RawCell,
  parseCurrency,
  parseDate,
  parseMoney,
  parseMonth,
  textOf,
} from '../kernel/cell-values';
import {columnLetter} from '../kernel/columns';
import {type DateFieldKey, DATE_FIELDS, MONEY_FIELDS, fieldOf} from './fields';
import type {TabLayout} from './headers';
import {hasValidDv, parseNit} from '../kernel/nit';

/** Text fields kept as strings ('' when blank). */
export type TextFieldKey =
  | 'invoiceNumber'
  | 'nit'
  | 'client'
  | 'desembolso'
  | 'creditNoteNumber'
  | 'currency'
  | 'status';
export const TEXT_FIELDS: readonly TextFieldKey[] = [
  'invoiceNumber',
  'nit',
  'client',
  'desembolso',
  'creditNoteNumber',
  'currency',
  'status',
];

/** A problem found in one cell or row of the Master. */
export interface Diagnostic {
  tab: string;
  /** 1-based sheet row. */
  row: number;
  /** "K (Nit)", or '' for a whole row. */
  column: string;
  /** Spanish. */
  message: string;
}

/** Most diagnostics kept in full; the rest are only counted. */
export const MAX_DIAGNOSTICS = 500;

/** Currency assumed when the tab has no currency column or the cell is blank. */
export const DEFAULT_CURRENCY = 'COP';

/** A tab as read: its layout and how many sheet rows below the header were looked at. */
export interface TabInfo {
  layout: TabLayout;
  /** Invoice rows kept from this tab. */
  rows: number;
  /** Rows skipped (blank, subtotal). */
  skipped: number;
}

/**
 * All invoice rows of the invoice tabs. Row i of the table is tab `tab[i]`, sheet row `row[i]`.
 * Missing dates and amounts are NaN (not zero: a missing amount is not a zero amount).
 */
export interface MasterTable {
  tabs: TabInfo[];
  size: number;
  tab: number[];
  row: number[];
  text: Record<TextFieldKey, string[]>;
  /** The DV written in the NIT cell, or -1 when it had none. */
  nitDv: number[];
  dates: Record<DateFieldKey, number[]>;
  money: Record<MasterFieldKey, number[]>;
  /** Problems of cells and rows (the first MAX_DIAGNOSTICS in full). */
  diagnostics: Diagnostic[];
  /** For each kept diagnostic, the table row it is about; -1 when it is about its whole tab. */
  diagnosticRow: number[];
  /** Every problem counted, kept or not: its table row, or -1 for a whole tab. */
  problemRows: number[];
  diagnosticCount: number;
  /** Rows left out on purpose (subtotals, rows with neither invoice number nor NIT), apart from problems. */
  skipped: Diagnostic[];
  skippedCount: number;
  /** Spanish warnings about the read as a whole (a missing tab, a tab that could not be read). */
  warnings: string[];
}

/** The raw cells of one tab: its layout, the first data row, and one array per found field. */
export interface RawTab {
  layout: TabLayout;
  /** 1-based sheet row of columns[x][0]. */
  firstRow: number;
  /** Sheet rows below the header (the longest column may be shorter: trailing blanks are trimmed). */
  rowCount: number;
  columns: Partial<Record<MasterFieldKey, readonly RawCell[]>>;
}

/** An empty table to which tabs are appended. */
export function emptyTable(): MasterTable {
  const text = {} as Record<TextFieldKey, string[]>;
  for (const k of TEXT_FIELDS) text[k] = [];
  const dates = {} as Record<DateFieldKey, number[]>;
  for (const k of DATE_FIELDS) dates[k] = [];
  const money = {} as Record<MasterFieldKey, number[]>;
  for (const k of MONEY_FIELDS) money[k] = [];
  return {
    tabs: [],
    size: 0,
    tab: [],
    row: [],
    text,
    nitDv: [],
    dates,
    money,
    diagnostics: [],
    diagnosticRow: [],
    problemRows: [],
    diagnosticCount: 0,
    skipped: [],
    skippedCount: 0,
    warnings: [],
  };
}

const SUBTOTAL = /\b(sub)?total(es)?\b/i;

/** Most distinct texts remembered per parser (texts repeat: currencies, months, NITs). */
const MEMO_LIMIT = 20000;

/** Wraps a parser so each distinct text cell is parsed once per tab (numbers are cheap already). */
function memo<T>(parse: (cell: RawCell) => T): (cell: RawCell) => T {
  const seen = new Map<string, T>();
  return cell => {
    if (typeof cell !== 'string') return parse(cell);
    let out = seen.get(cell);
    if (out === undefined) {
      out = parse(cell);
      if (seen.size < MEMO_LIMIT) seen.set(cell, out);
    }
    return out;
  };
}

/** A NIT cell read once: the body, the DV written (-1 none), and what to report. */
interface NitCell {
  body: string;
  dv: number;
  problem: string | null;
}

function readNitCell(cell: RawCell): NitCell {
  const nit = parseNit(cell);
  if (nit.ok) {
    const wrongDv = nit.nit.dv !== null && !hasValidDv(nit.nit);
    return {
      body: nit.nit.body,
      dv: nit.nit.dv ?? -1,
      problem: wrongDv
        ? `El dígito de verificación de "${textOf(cell)}" no corresponde al NIT.`
        : null,
    };
  }
  return {
    body: '',
    dv: -1,
    problem:
      nit.problem === 'empty'
        ? 'Fila sin NIT.'
        : nit.problem === 'too-long'
          ? `"${textOf(cell)}" tiene más de 15 dígitos: no es un NIT.`
          : `"${textOf(cell)}" no es un NIT.`,
  };
}

/** Fast blank test for the hot loop (same meaning as isBlank). */
function blank(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  return cell.length === 0 || (cell.charCodeAt(0) <= 32 && cell.trim() === '');
}

const NO_CELLS: readonly RawCell[] = [];

/** Appends one tab's raw columns to the table, parsing every cell. */
export function appendTab(table: MasterTable, raw: RawTab): void {
  const tabIndex = table.tabs.length;
  const info: TabInfo = {layout: raw.layout, rows: 0, skipped: 0};
  table.tabs.push(info);
  const title = raw.layout.title;
  const present = Object.keys(raw.columns) as MasterFieldKey[];
  const allCols = present.map(k => raw.columns[k] as readonly RawCell[]);
  const col = (k: MasterFieldKey): readonly RawCell[] =>
    raw.columns[k] ?? NO_CELLS;
  const diagnostic = (
    row: number,
    key: MasterFieldKey | null,
    message: string,
  ): Diagnostic => {
    const found = key ? raw.layout.columns[key] : undefined;
    return {
      tab: title,
      row,
      column: found ? `${columnLetter(found.column)} (${found.header})` : '',
      message,
    };
  };
  // A problem is about the row last appended (or the whole tab before any row is).
  const report = (row: number, key: MasterFieldKey | null, message: string) => {
    const at = row === raw.layout.headerRow ? -1 : table.tab.length - 1;
    table.diagnosticCount++;
    table.problemRows.push(at);
    if (table.diagnostics.length < MAX_DIAGNOSTICS) {
      table.diagnostics.push(diagnostic(row, key, message));
      table.diagnosticRow.push(at);
    }
  };
  const skip = (row: number, message: string) => {
    table.skippedCount++;
    if (table.skipped.length < MAX_DIAGNOSTICS)
      table.skipped.push(diagnostic(row, null, message));
  };
  if (!raw.layout.columns.currency) {
    report(
      raw.layout.headerRow,
      null,
      `La hoja no tiene columna de Moneda: se asume ${DEFAULT_CURRENCY} en todas sus filas.`,
    );
  }
  const invoiceCol = col('invoiceNumber');
  const nitCol = col('nit');
  const nitOf = memo(readNitCell);
  const currencyCol = raw.columns.currency;
  const currencyOf = memo(parseCurrency);
  const texts = (
    ['client', 'desembolso', 'creditNoteNumber', 'status'] as const
  ).map(k => ({
    key: k,
    cells: col(k),
    out: table.text[k],
  }));
  const dates = DATE_FIELDS.map(k => ({
    key: k,
    cells: raw.columns[k],
    parse: memo(k === 'billingMonth' ? parseMonth : parseDate),
    out: table.dates[k],
  }));
  const moneys = MONEY_FIELDS.map(k => ({
    key: k,
    cells: raw.columns[k],
    parse: memo(parseMoney),
    out: table.money[k],
  }));

  for (let i = 0; i < raw.rowCount; i++) {
    const sheetRow = raw.firstRow + i;
    let anyValue = false;
    for (let c = 0; c < allCols.length; c++) {
      if (!blank(allCols[c][i])) {
        anyValue = true;
        break;
      }
    }
    if (!anyValue) {
      info.skipped++;
      continue;
    }
    const invoice = textOf(invoiceCol[i]);
    const nitCell = nitCol[i];
    const invoiceIsTotal = invoice !== '' && SUBTOTAL.test(invoice);
    if (invoiceIsTotal || (invoice === '' && blank(nitCell))) {
      info.skipped++;
      const label =
        invoiceIsTotal || rowMentionsTotal(raw, i)
          ? 'de subtotal o total'
          : 'sin número de factura ni NIT';
      skip(sheetRow, `Fila ${label} omitida.`);
      continue;
    }
    table.tab.push(tabIndex);
    table.row.push(sheetRow);
    info.rows++;
    if (invoice === '')
      report(sheetRow, 'invoiceNumber', 'Fila sin número de factura.');
    table.text.invoiceNumber.push(invoice);

    const nit = nitOf(nitCell);
    table.text.nit.push(nit.body);
    table.nitDv.push(nit.dv);
    if (nit.problem !== null) report(sheetRow, 'nit', nit.problem);

    for (const t of texts)
      t.out.push(plainText(t.cells[i], sheetRow, t.key, report));
    if (currencyCol) {
      const c = currencyOf(currencyCol[i]);
      if (c.kind === 'value') table.text.currency.push(c.value);
      else {
        table.text.currency.push(DEFAULT_CURRENCY);
        report(
          sheetRow,
          'currency',
          c.kind === 'blank'
            ? `Moneda vacía: se asume ${DEFAULT_CURRENCY}.`
            : `${capital(c.message)}; se asume ${DEFAULT_CURRENCY}.`,
        );
      }
    } else {
      table.text.currency.push(DEFAULT_CURRENCY);
    }
    for (const d of dates)
      d.out.push(
        d.cells ? numberOf(d.parse(d.cells[i]), sheetRow, d.key, report) : NaN,
      );
    for (const m of moneys)
      m.out.push(
        m.cells ? numberOf(m.parse(m.cells[i]), sheetRow, m.key, report) : NaN,
      );
  }
  table.size = table.tab.length;
}

function rowMentionsTotal(raw: RawTab, i: number): boolean {
  for (const k of Object.keys(raw.columns) as MasterFieldKey[]) {
    const v = raw.columns[k]?.[i];
    if (typeof v === 'string' && SUBTOTAL.test(v)) return true;
  }
  return false;
}

type Report = (
  row: number,
  key: MasterFieldKey | null,
  message: string,
) => void;

function plainText(
  cell: RawCell,
  row: number,
  key: MasterFieldKey,
  report: Report,
): string {
  const t = textOf(cell);
  if (
    t.startsWith('#') &&
    /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)/i.test(t)
  ) {
    report(row, key, `La celda de ${fieldOf(key).label} tiene el error ${t}.`);
    return '';
  }
  return t;
}

function numberOf(
  parsed: CellParse<number> | null,
  row: number,
  key: MasterFieldKey,
  report: Report,
): number {
  if (parsed === null || parsed.kind === 'blank') return NaN;
  if (parsed.kind === 'value') return parsed.value;
  report(row, key, `${fieldOf(key).label}: ${parsed.message}.`);
  return NaN;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Builds the table of all tabs. */
export function buildTable(tabs: readonly RawTab[]): MasterTable {
  const table = emptyTable();
  for (const t of tabs) appendTab(table, t);
  fillClientsFromNit(table);
  return table;
}

/**
 * Rows without a client name (the mandato tab has no Cliente column) take the name most often
 * written for the same NIT elsewhere in the Master, so every row can be found and shown by client.
 */
export function fillClientsFromNit(table: MasterTable): void {
  const {nit, client} = table.text;
  const counts = new Map<string, Map<string, number>>();
  for (let i = 0; i < table.size; i++) {
    if (client[i] === '' || nit[i] === '') continue;
    let names = counts.get(nit[i]);
    if (!names) counts.set(nit[i], (names = new Map()));
    names.set(client[i], (names.get(client[i]) ?? 0) + 1);
  }
  const best = new Map<string, string>();
  for (const [n, names] of counts) {
    let top = '';
    let most = 0;
    for (const [name, c] of names) if (c > most) [top, most] = [name, c];
    best.set(n, top);
  }
  for (let i = 0; i < table.size; i++) {
    if (client[i] === '') client[i] = best.get(nit[i]) ?? '';
  }
}
