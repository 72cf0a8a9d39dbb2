// Sheet: a tab's structure (name, grid, frozen rows, visibility, protection, metadata, charts) and its ranges.
import {
  ALL_COLUMNS_FROZEN,
  ALL_ROWS_FROZEN,
  COLUMNS_OUT_OF_BOUNDS,
  COLUMN_TOO_SMALL,
  DUPLICATE_NAME,
  HIDE_ALL_SHEETS,
  INVALID_ARGUMENT,
  OUTSIDE_SHEET,
  RANGE_NOT_FOUND,
  ROWS_OUT_OF_BOUNDS,
  ROW_TOO_SMALL,
  SHEET_NOT_FOUND,
  TOO_FEW_COLUMNS,
  TOO_FEW_ROWS,
} from './errors';
import {
  METADATA_MS,
  SET_VALUES_CELLS_PER_MS,
  STRUCTURE_MS,
  spreadsheetCallMs,
} from './latency';
import {parseA1} from './a1';
import type {
  ChartBuilderApi,
  ChartApi,
  MetadataApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
} from './api';
import {FakeChartBuilder, FakeChart} from './chart';
import type {SheetsContext} from './context';
import {FakeMetadata, addMetadata} from './metadata';
import {newProtection, protectionView} from './protection';
import {FakeRange} from './range';
import {nextId, type SheetData, type SpreadsheetData} from './store';

export class FakeSheet implements SheetApi {
  constructor(
    private readonly ctx: SheetsContext,
    readonly ss: SpreadsheetData,
    readonly data: SheetData,
    private readonly parent: () => SpreadsheetApi,
  ) {}

  private meta(
    method: string,
    access: 'read' | 'write' = 'read',
    ms = METADATA_MS,
  ): void {
    this.ctx.emu.call('SpreadsheetApp', `Sheet.${method}`, access, {ms});
    // Any change but switching tabs modifies the file (its Drive modifiedTime) and needs edit
    // access to the sheet (protect itself is checked by the protection).
    if (access === 'write' && method !== 'activate') {
      if (method !== 'protect')
        this.ctx.access.assertCanWrite(this.ss, this.data, null);
      this.ctx.store.touch(this.ss.id);
    }
  }

  private gone(): void {
    if (!this.ss.sheets.includes(this.data))
      throw this.ctx.emu.error(SHEET_NOT_FOUND);
  }

  getName(): string {
    this.meta('getName');
    return this.data.name;
  }

  getSheetId(): number {
    this.meta('getSheetId');
    return this.data.id;
  }

  getIndex(): number {
    this.meta('getIndex');
    return this.ss.sheets.indexOf(this.data) + 1;
  }

  getLastRow(): number {
    this.gone();
    this.ctx.emu.call('SpreadsheetApp', 'Sheet.getLastRow', 'read', {
      ms: spreadsheetCallMs(0, this.ss.totalCells()),
    });
    return this.data.extent().rows;
  }

  getLastColumn(): number {
    this.gone();
    this.ctx.emu.call('SpreadsheetApp', 'Sheet.getLastColumn', 'read', {
      ms: spreadsheetCallMs(0, this.ss.totalCells()),
    });
    return this.data.extent().columns;
  }

  getMaxRows(): number {
    this.meta('getMaxRows');
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.meta('getMaxColumns');
    return this.data.maxColumns;
  }

  getFrozenRows(): number {
    this.meta('getFrozenRows');
    return this.data.frozenRows;
  }

  getFrozenColumns(): number {
    this.meta('getFrozenColumns');
    return this.data.frozenColumns;
  }

  setFrozenRows(rows: number): void {
    this.meta('setFrozenRows', 'write');
    if (rows < 0 || rows >= this.data.maxRows)
      throw this.ctx.emu.error(ALL_ROWS_FROZEN);
    this.data.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.meta('setFrozenColumns', 'write');
    if (columns < 0 || columns >= this.data.maxColumns)
      throw this.ctx.emu.error(ALL_COLUMNS_FROZEN);
    this.data.frozenColumns = columns;
  }

  isSheetHidden(): boolean {
    this.meta('isSheetHidden');
    return this.data.hidden;
  }

  hideSheet(): SheetApi {
    this.meta('hideSheet', 'write', STRUCTURE_MS);
    if (!this.data.hidden && this.ss.sheets.filter(s => !s.hidden).length <= 1)
      throw this.ctx.emu.error(HIDE_ALL_SHEETS);
    this.data.hidden = true;
    return this;
  }

  showSheet(): SheetApi {
    this.meta('showSheet', 'write', STRUCTURE_MS);
    this.data.hidden = false;
    return this;
  }

  activate(): SheetApi {
    this.meta('activate', 'write');
    this.ss.activeSheetId = this.data.id;
    this.data.hidden = false;
    return this;
  }

  setName(name: string): SheetApi {
    this.meta('setName', 'write', STRUCTURE_MS);
    if (
      this.ss.sheets.some(
        s => s !== this.data && s.name.toLowerCase() === name.toLowerCase(),
      )
    )
      throw this.ctx.emu.error(DUPLICATE_NAME(name));
    this.data.name = name;
    return this;
  }

  /**
   * Copies this tab into `spreadsheet` (reference/spreadsheet/sheet#copytospreadsheet: "Copies the
   * sheet to a given spreadsheet ... The copied sheet is named "Copy of [original name]""): the
   * stored values, formulas, number formats, grid size, frozen rows and charts, so text stays text
   * (nothing is retyped). Developer metadata and protections are not copied (ASSUMPTION).
   */
  copyTo(spreadsheet: SpreadsheetApi): SheetApi {
    this.gone();
    const fake = spreadsheet as {
      data?: SpreadsheetData;
      view?: (sheet: SheetData) => SheetApi;
    };
    const target = fake.data;
    if (!target || !fake.view)
      throw this.ctx.emu.error(INVALID_ARGUMENT('spreadsheet'));
    const cells = this.data.cellCount;
    this.ctx.emu.call('SpreadsheetApp', 'Sheet.copyTo', 'write', {
      ms: spreadsheetCallMs(
        cells,
        target.totalCells(),
        SET_VALUES_CELLS_PER_MS,
      ),
      cells,
    });
    this.ctx.access.assertCanWrite(target, null, null);
    target.assertRoom(cells, m => this.ctx.emu.error(m));
    let name = `Copy of ${this.data.name}`;
    for (let n = 2; target.sheetByName(name); n++)
      name = `Copy of ${this.data.name} ${n}`;
    const copy = this.data.copy(name);
    for (const [k, f] of this.data.formulas) copy.formulas.set(k, f);
    for (const c of this.data.charts)
      copy.charts.push({
        ...c,
        id: nextId(),
        ranges: c.ranges.map(r => ({...r, sheetId: copy.id})),
      });
    target.sheets.push(copy);
    this.ctx.store.touch(target.id);
    return fake.view(copy);
  }

  getParent(): SpreadsheetApi {
    return this.parent();
  }

  /** A range with the platform's checks on coordinates. */
  rangeAt(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    const emu = this.ctx.emu;
    this.gone();
    if (row < 1) throw emu.error(ROW_TOO_SMALL);
    if (column < 1) throw emu.error(COLUMN_TOO_SMALL);
    if (numRows < 1) throw emu.error(TOO_FEW_ROWS);
    if (numColumns < 1) throw emu.error(TOO_FEW_COLUMNS);
    if (
      row + numRows - 1 > this.data.maxRows ||
      column + numColumns - 1 > this.data.maxColumns
    )
      throw emu.error(OUTSIDE_SHEET);
    return new FakeRange(
      this.ctx,
      this.ss,
      this.data,
      row,
      column,
      numRows,
      numColumns,
      () => this,
    );
  }

  getRange(row: number, column: number): RangeApi;
  getRange(row: number, column: number, numRows: number): RangeApi;
  getRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getRange(
    a: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): RangeApi {
    if (typeof a === 'string') return this.rangeA1(a);
    return this.rangeAt(a, column ?? NaN, numRows ?? 1, numColumns ?? 1);
  }

  /** A1 ranges; open ends ("C4:C", "A:A", "3:5") run to the grid's edge. */
  rangeA1(a1: string): FakeRange {
    const p = parseA1(a1);
    if (!p || (p.row === undefined && p.column === undefined))
      throw this.ctx.emu.error(RANGE_NOT_FOUND);
    const row = p.row ?? 1;
    const column = p.column ?? 1;
    const lastRow =
      p.lastRow ??
      (p.row === undefined ||
      (p.lastColumn !== undefined && p.lastRow === undefined)
        ? this.data.maxRows
        : p.row);
    const lastColumn = p.lastColumn ?? this.data.maxColumns;
    if (lastRow < row || lastColumn < column) {
      return this.rangeAt(
        Math.min(row, lastRow),
        Math.min(column, lastColumn),
        Math.abs(lastRow - row) + 1,
        Math.abs(lastColumn - column) + 1,
      );
    }
    return this.rangeAt(
      row,
      column,
      lastRow - row + 1,
      lastColumn - column + 1,
    );
  }

  private wholeSheet() {
    return {
      row: 1,
      column: 1,
      numRows: this.data.maxRows,
      numColumns: this.data.maxColumns,
    };
  }

  getDataRange(): RangeApi {
    const {rows, columns} = this.data.extent();
    return this.rangeAt(1, 1, Math.max(rows, 1), Math.max(columns, 1));
  }

  clear(): SheetApi {
    this.ctx.emu.call('SpreadsheetApp', 'Sheet.clear', 'write', {
      ms: spreadsheetCallMs(0, this.ss.totalCells()),
    });
    this.ctx.access.assertCanWrite(this.ss, this.data, this.wholeSheet());
    this.ctx.store.touch(this.ss.id);
    this.data.clear(1, 1, this.data.maxRows, this.data.maxColumns);
    return this;
  }

  clearContents(): SheetApi {
    this.ctx.emu.call('SpreadsheetApp', 'Sheet.clearContents', 'write', {
      ms: spreadsheetCallMs(0, this.ss.totalCells()),
    });
    this.ctx.access.assertCanWrite(this.ss, this.data, this.wholeSheet());
    this.ctx.store.touch(this.ss.id);
    this.data.clear(1, 1, this.data.maxRows, this.data.maxColumns, {
      contents: true,
    });
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.meta('deleteRows', 'write', STRUCTURE_MS);
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.data.maxRows)
      throw this.ctx.emu.error(ROWS_OUT_OF_BOUNDS);
    if (howMany >= this.data.maxRows) throw this.ctx.emu.error(ALL_ROWS_FROZEN);
    this.data.deleteRows(rowPosition, howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetApi {
    this.meta('insertRowsAfter', 'write', STRUCTURE_MS);
    this.ss.assertRoom(howMany * this.data.maxColumns, m =>
      this.ctx.emu.error(m),
    );
    this.data.insertRows(afterPosition + 1, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi {
    this.meta('insertColumnsAfter', 'write', STRUCTURE_MS);
    if (afterPosition < 1 || afterPosition > this.data.maxColumns)
      throw this.ctx.emu.error(COLUMNS_OUT_OF_BOUNDS);
    this.ss.assertRoom(howMany * this.data.maxRows, m => this.ctx.emu.error(m));
    this.data.insertColumns(afterPosition + 1, howMany);
    return this;
  }

  appendRow(rowContents: unknown[]): SheetApi {
    const next = this.data.extent().rows + 1;
    if (next > this.data.maxRows) {
      this.ss.assertRoom(this.data.maxColumns, m => this.ctx.emu.error(m));
      this.data.maxRows = next;
    }
    if (rowContents.length > this.data.maxColumns) {
      this.ss.assertRoom(
        (rowContents.length - this.data.maxColumns) * this.data.maxRows,
        m => this.ctx.emu.error(m),
      );
      this.data.maxColumns = rowContents.length;
    }
    this.rangeAt(next, 1, 1, Math.max(rowContents.length, 1)).setValues([
      rowContents.length ? rowContents : [''],
    ]);
    return this;
  }

  /**
   * The sheet's protection (the existing one when already protected). Its editors mirror the
   * spreadsheet's until changed (reference/spreadsheet/sheet#protect).
   */
  protect(): ProtectionApi {
    this.meta('protect', 'write', STRUCTURE_MS);
    const sheet = this.data;
    const data = (sheet.protection ??= newProtection());
    return protectionView(this.ctx, this.ss, data, () => {
      if (sheet.protection === data) sheet.protection = null;
    });
  }

  /** This sheet's protections of that type (reference/spreadsheet/sheet#getProtections). */
  getProtections(type: unknown): ProtectionApi[] {
    this.meta('getProtections');
    return this.protections(String(type) === 'SHEET' ? 'SHEET' : 'RANGE');
  }

  /** The sheet's protection and its ranges' (Spreadsheet.getProtections answers from this). */
  protections(type: 'SHEET' | 'RANGE'): ProtectionApi[] {
    const sheet = this.data;
    const own = sheet.protection;
    if (type === 'SHEET')
      return own
        ? [
            protectionView(this.ctx, this.ss, own, () => {
              if (sheet.protection === own) sheet.protection = null;
            }),
          ]
        : [];
    return sheet.rangeProtections.map(data =>
      protectionView(this.ctx, this.ss, data, () => {
        const i = sheet.rangeProtections.indexOf(data);
        if (i >= 0) sheet.rangeProtections.splice(i, 1);
      }),
    );
  }

  getDeveloperMetadata(): MetadataApi[] {
    this.meta('getDeveloperMetadata');
    return this.data.metadata.map(
      m => new FakeMetadata(this.ctx, m, this.data.metadata),
    );
  }

  addDeveloperMetadata(
    key: string,
    value?: unknown,
    visibility?: unknown,
  ): SheetApi {
    this.meta('addDeveloperMetadata', 'write');
    addMetadata(this.data.metadata, key, value, visibility);
    return this;
  }

  newChart(): ChartBuilderApi {
    return new FakeChartBuilder(this.ctx, this.data);
  }

  insertChart(chart: ChartApi): void {
    this.meta('insertChart', 'write', STRUCTURE_MS);
    if (!(chart instanceof FakeChart))
      throw this.ctx.emu.error(INVALID_ARGUMENT('chart'));
    this.data.charts.push(chart.data);
  }

  getCharts(): ChartApi[] {
    this.meta('getCharts');
    return this.data.charts.map(c => new FakeChart(this.ctx, c));
  }
}
