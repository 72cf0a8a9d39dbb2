// The Master in memory, column-wise: one array per field over all invoice rows of all tabs, built
// from the raw columns read from the sheet, with a diagnostic for every cell that could not be read.
import type {MasterFieldKey} from '../shared/settings';
import {
  type CellParse,
  type RawCell,
  isBlank,
  parseCurrency,
  parseDate,
  parseMoney,
  parseMonth,
  textOf,
} from './cell-values';
import {columnLetter} from './columns';
import {
  type DateFieldKey,
  DATE_FIELDS,
  MONEY_FIELDS,
  fieldOf,
} from './master-fields';
import type {TabLayout} from './master-headers';
import {hasValidDv, parseNit} from './nit';

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
  diagnostics: Diagnostic[];
  diagnosticCount: number;
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
    diagnosticCount: 0,
  };
}

const SUBTOTAL = /\b(sub)?total(es)?\b/i;

/** Appends one tab's raw columns to the table, parsing every cell. */
export function appendTab(table: MasterTable, raw: RawTab): void {
  const tabIndex = table.tabs.length;
  const info: TabInfo = {layout: raw.layout, rows: 0, skipped: 0};
  table.tabs.push(info);
  const title = raw.layout.title;
  const present = Object.keys(raw.columns) as MasterFieldKey[];
  const col = (k: MasterFieldKey) => raw.columns[k];
  const report = (row: number, key: MasterFieldKey | null, message: string) => {
    table.diagnosticCount++;
    if (table.diagnostics.length < MAX_DIAGNOSTICS) {
      const found = key ? raw.layout.columns[key] : undefined;
      table.diagnostics.push({
        tab: title,
        row,
        column: found ? `${columnLetter(found.column)} (${found.header})` : '',
        message,
      });
    }
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

  for (let i = 0; i < raw.rowCount; i++) {
    const sheetRow = raw.firstRow + i;
    let anyValue = false;
    for (const k of present) {
      if (!isBlank(col(k)?.[i])) {
        anyValue = true;
        break;
      }
    }
    if (!anyValue) {
      info.skipped++;
      continue;
    }
    const invoice = textOf(invoiceCol?.[i]);
    const nitCell = nitCol?.[i];
    if (SUBTOTAL.test(invoice) || (invoice === '' && isBlank(nitCell))) {
      info.skipped++;
      const label =
        SUBTOTAL.test(invoice) || rowMentionsTotal(raw, i)
          ? 'de subtotal o total'
          : 'sin número de factura ni NIT';
      report(sheetRow, null, `Fila ${label} omitida.`);
      continue;
    }
    table.tab.push(tabIndex);
    table.row.push(sheetRow);
    info.rows++;
    if (invoice === '')
      report(sheetRow, 'invoiceNumber', 'Fila sin número de factura.');
    table.text.invoiceNumber.push(invoice);

    const nit = parseNit(nitCell);
    if (nit.ok) {
      table.text.nit.push(nit.nit.body);
      table.nitDv.push(nit.nit.dv ?? -1);
      if (nit.nit.dv !== null && !hasValidDv(nit.nit)) {
        report(
          sheetRow,
          'nit',
          `El dígito de verificación de "${textOf(nitCell)}" no corresponde al NIT.`,
        );
      }
    } else {
      table.text.nit.push('');
      table.nitDv.push(-1);
      report(
        sheetRow,
        'nit',
        nit.problem === 'empty'
          ? 'Fila sin NIT.'
          : nit.problem === 'too-long'
            ? `"${textOf(nitCell)}" tiene más de 15 dígitos: no es un NIT.`
            : `"${textOf(nitCell)}" no es un NIT.`,
      );
    }

    for (const k of [
      'client',
      'desembolso',
      'creditNoteNumber',
      'status',
    ] as const) {
      table.text[k].push(plainText(col(k)?.[i], sheetRow, k, report));
    }
    const currencyCol = col('currency');
    if (currencyCol) {
      const c = parseCurrency(currencyCol[i]);
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
    for (const k of DATE_FIELDS) {
      const cells = col(k);
      const parsed = cells
        ? k === 'billingMonth'
          ? parseMonth(cells[i])
          : parseDate(cells[i])
        : null;
      table.dates[k].push(numberOf(parsed, sheetRow, k, report));
    }
    for (const k of MONEY_FIELDS) {
      const cells = col(k);
      table.money[k].push(
        numberOf(cells ? parseMoney(cells[i]) : null, sheetRow, k, report),
      );
    }
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
  return table;
}
