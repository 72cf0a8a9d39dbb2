// Range: a rectangle of one sheet; values typed as the platform returns them, writes checked as it checks them.
import {COLUMNS_MISMATCH, ROWS_MISMATCH, SET_VALUES_SIGNATURE} from './errors';
import {serialToMs, wallClock} from '../core/time';
import {
  GET_VALUES_CELLS_PER_MS,
  SET_VALUES_CELLS_PER_MS,
  STRUCTURE_MS,
  spreadsheetCallMs,
} from './latency';
import {a1For} from './a1';
import type {ProtectionApi, RangeApi, SheetApi} from './api';
import type {SheetsContext} from './context';
import {
  DEFAULT_NUMBER_FORMAT,
  displayValue,
  isDateFormat,
  toStored,
  type CellValue,
} from './format';
import {newProtection, protectionView} from './protection';
import type {SheetData, SpreadsheetData} from './store';

const dateFormatCache = new Map<string, boolean>();
/** isDateFormat, memoised: getValues over 2M cells checks formats often. */
export function cachedIsDate(format: string | undefined): boolean {
  if (format === undefined) return false;
  let v = dateFormatCache.get(format);
  if (v === undefined) {
    v = isDateFormat(format);
    dateFormatCache.set(format, v);
  }
  return v;
}

export class FakeRange implements RangeApi {
  constructor(
    private readonly ctx: SheetsContext,
    readonly ss: SpreadsheetData,
    readonly sheet: SheetData,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    private readonly sheetView: () => SheetApi,
  ) {}

  private get cells(): number {
    return this.numRows * this.numColumns;
  }

  private charge(
    method: string,
    access: 'read' | 'write',
    cells: number,
    perMs: number,
  ): void {
    this.ctx.emu.call('SpreadsheetApp', `Range.${method}`, access, {
      ms: spreadsheetCallMs(cells, this.ss.totalCells(), perMs),
      cells,
    });
    if (access === 'write') {
      this.ctx.access.assertCanWrite(this.ss, this.sheet, this);
      this.ctx.store.touch(this.ss.id);
    }
  }

  /** The platform's value for a stored cell: Date for date formats, number, string, boolean, ''. */
  private typed(
    value: CellValue | undefined,
    format: string | undefined,
  ): unknown {
    if (value === undefined) return '';
    if (typeof value === 'number' && cachedIsDate(format))
      return this.ctx.emu.date(serialToMs(value, this.ss.timeZone));
    return value;
  }

  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const row: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++)
        row[j] = fn(this.row + i, this.column + j);
      out[i] = row;
    }
    return out;
  }

  getValues(): unknown[][] {
    this.charge('getValues', 'read', this.cells, GET_VALUES_CELLS_PER_MS);
    return this.grid((r, c) =>
      this.typed(this.sheet.get(r, c), this.sheet.format(r, c)),
    );
  }

  getValue(): unknown {
    this.charge('getValue', 'read', 1, GET_VALUES_CELLS_PER_MS);
    return this.typed(
      this.sheet.get(this.row, this.column),
      this.sheet.format(this.row, this.column),
    );
  }

  getDisplayValues(): string[][] {
    this.charge(
      'getDisplayValues',
      'read',
      this.cells,
      GET_VALUES_CELLS_PER_MS,
    );
    return this.grid((r, c) =>
      displayValue(
        this.sheet.get(r, c),
        this.sheet.format(r, c),
        this.ss.locale,
        this.ss.timeZone,
      ),
    );
  }

  getDisplayValue(): string {
    this.charge('getDisplayValue', 'read', 1, GET_VALUES_CELLS_PER_MS);
    const [r, c] = [this.row, this.column];
    return displayValue(
      this.sheet.get(r, c),
      this.sheet.format(r, c),
      this.ss.locale,
      this.ss.timeZone,
    );
  }

  getFormulas(): string[][] {
    this.charge('getFormulas', 'read', this.cells, GET_VALUES_CELLS_PER_MS);
    return this.grid((r, c) => this.sheet.formulas.get(`${r},${c}`) ?? '');
  }

  getNumberFormat(): string {
    this.charge('getNumberFormat', 'read', 1, GET_VALUES_CELLS_PER_MS);
    return this.sheet.format(this.row, this.column) ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    this.charge(
      'getNumberFormats',
      'read',
      this.cells,
      GET_VALUES_CELLS_PER_MS,
    );
    return this.grid(
      (r, c) => this.sheet.format(r, c) ?? DEFAULT_NUMBER_FORMAT,
    );
  }

  isBlank(): boolean {
    this.charge('isBlank', 'read', this.cells, GET_VALUES_CELLS_PER_MS);
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.column; c < this.column + this.numColumns; c++)
        if (
          this.sheet.get(r, c) !== undefined ||
          this.sheet.formulas.has(`${r},${c}`)
        )
          return false;
    return true;
  }

  /** The year on the virtual clock in the spreadsheet's zone (for dates typed without one). */
  private currentYear(): number {
    return wallClock(this.ctx.emu.clock.now(), this.ss.timeZone).year;
  }

  /** Writes one JS value as the platform would (typing rules in format.ts). */
  private write(r: number, c: number, v: unknown, year: number): void {
    const stored = toStored(
      v,
      this.ss.timeZone,
      this.ss.locale,
      this.sheet.format(r, c),
      year,
    );
    this.sheet.set(r, c, stored.value);
    if (stored.format) this.sheet.setFormat(r, c, stored.format);
    if (stored.formula) this.sheet.formulas.set(`${r},${c}`, stored.formula);
    else this.sheet.formulas.delete(`${r},${c}`);
  }

  setValues(values: unknown[][]): RangeApi {
    const emu = this.ctx.emu;
    if (!Array.isArray(values) || values.some(r => !Array.isArray(r)))
      throw emu.error(SET_VALUES_SIGNATURE);
    this.charge('setValues', 'write', this.cells, SET_VALUES_CELLS_PER_MS);
    if (values.length !== this.numRows)
      throw emu.error(ROWS_MISMATCH(values.length, this.numRows));
    for (const row of values)
      if (row.length !== this.numColumns)
        throw emu.error(COLUMNS_MISMATCH(row.length, this.numColumns));
    const year = this.currentYear();
    values.forEach((row, i) =>
      row.forEach((v, j) => this.write(this.row + i, this.column + j, v, year)),
    );
    return this;
  }

  setValue(value: unknown): RangeApi {
    this.charge('setValue', 'write', this.cells, SET_VALUES_CELLS_PER_MS);
    const year = this.currentYear();
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.column; c < this.column + this.numColumns; c++)
        this.write(r, c, value, year);
    return this;
  }

  /** reference/spreadsheet/range#setFormula: every cell gets the formula (stored, not evaluated). */
  setFormula(formula: string): RangeApi {
    this.charge('setFormula', 'write', this.cells, SET_VALUES_CELLS_PER_MS);
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.column; c < this.column + this.numColumns; c++) {
        this.sheet.set(r, c, undefined);
        this.sheet.formulas.set(`${r},${c}`, formula);
      }
    return this;
  }

  setNumberFormat(numberFormat: string): RangeApi {
    this.charge(
      'setNumberFormat',
      'write',
      this.cells,
      SET_VALUES_CELLS_PER_MS,
    );
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.column; c < this.column + this.numColumns; c++)
        this.sheet.setFormat(r, c, numberFormat);
    return this;
  }

  setNumberFormats(numberFormats: string[][]): RangeApi {
    this.charge(
      'setNumberFormats',
      'write',
      this.cells,
      SET_VALUES_CELLS_PER_MS,
    );
    if (
      numberFormats.length !== this.numRows ||
      numberFormats.some(r => r.length !== this.numColumns)
    )
      throw this.ctx.emu.error(
        ROWS_MISMATCH(numberFormats.length, this.numRows),
      );
    numberFormats.forEach((row, i) =>
      row.forEach((f, j) =>
        this.sheet.setFormat(this.row + i, this.column + j, f),
      ),
    );
    return this;
  }

  clear(): RangeApi {
    this.charge('clear', 'write', this.cells, SET_VALUES_CELLS_PER_MS);
    this.sheet.clear(this.row, this.column, this.numRows, this.numColumns);
    return this;
  }

  clearContent(): RangeApi {
    this.charge('clearContent', 'write', this.cells, SET_VALUES_CELLS_PER_MS);
    this.sheet.clear(this.row, this.column, this.numRows, this.numColumns, {
      contents: true,
    });
    return this;
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getA1Notation(): string {
    return a1For(this.row, this.column, this.numRows, this.numColumns);
  }

  /**
   * Protects these cells; its editors mirror the spreadsheet's until changed
   * (reference/spreadsheet/range#protect).
   */
  protect(): ProtectionApi {
    this.ctx.emu.call('SpreadsheetApp', 'Range.protect', 'write', {
      ms: STRUCTURE_MS,
    });
    this.ctx.access.assertCanWrite(this.ss, null, null);
    const sheet = this.sheet;
    const data = newProtection({
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    });
    sheet.rangeProtections.push(data);
    return protectionView(this.ctx, this.ss, data, () => {
      const i = sheet.rangeProtections.indexOf(data);
      if (i >= 0) sheet.rangeProtections.splice(i, 1);
    });
  }

  /** Selects this range (what getActiveRange then returns). */
  activate(): RangeApi {
    this.ctx.emu.call('SpreadsheetApp', 'Range.activate', 'write', {ms: 2});
    this.ss.activeSheetId = this.sheet.id;
    this.ss.selection = {
      sheetId: this.sheet.id,
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
    return this;
  }

  getSheet(): SheetApi {
    return this.sheetView();
  }
}
