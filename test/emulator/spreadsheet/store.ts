// In-memory spreadsheets: compact column-array storage of cells and formats, sheets' structure,
// developer metadata, protections and charts. The fakes (Spreadsheet/Sheet/Range) are views over this.
import {parseA1} from './a1';
import {CELL_LIMIT_MESSAGE} from './errors';
import {toStored, type CellValue} from './format';

/** The platform's cap on cells per spreadsheet (docs/platform.md). */
export const MAX_CELLS = 10_000_000;

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** A sheet's or a range's protection (developers.google.com/apps-script/reference/spreadsheet/protection). */
export interface ProtectionData {
  description: string;
  warningOnly: boolean;
  /**
   * Its editors (users and groups), or null while it still mirrors the spreadsheet's: Sheet.protect
   * says "until the script actually changes the list of editors ... the permissions mirror those
   * of the spreadsheet itself" (reference/spreadsheet/sheet#protect).
   */
  editors: string[] | null;
  /** Whether the domain may edit it; null while it mirrors the spreadsheet's domain sharing. */
  domainEdit: boolean | null;
  /** The protected cells (range protections only). */
  range?: {row: number; column: number; numRows: number; numColumns: number};
}

export interface ChartData {
  id: number;
  type: string;
  ranges: Array<{
    sheetId: number;
    row: number;
    column: number;
    numRows: number;
    numColumns: number;
  }>;
  options: Record<string, unknown>;
  position: {row: number; column: number; offsetX: number; offsetY: number};
}

let seq = 1;
/** Ids unique within the process (sheet ids, metadata ids, chart ids). */
export function nextId(): number {
  return seq++;
}

/** One sheet's cells in column arrays: a 100,000 x 20 tab is 20 arrays, no per-cell objects. */
export class SheetData {
  readonly id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  protection: ProtectionData | null = null;
  /** Range.protect() protections on this sheet. */
  readonly rangeProtections: ProtectionData[] = [];
  readonly metadata: MetadataData[] = [];
  readonly charts: ChartData[] = [];
  /** cols[c-1][r-1]; undefined means blank. */
  private cols: Array<Array<CellValue | undefined> | undefined> = [];
  private fmts: Array<Array<string | undefined> | undefined> = [];
  readonly formulas = new Map<string, string>();
  private extentCache: {rows: number; columns: number} | null = null;

  constructor(name: string, maxRows = 1000, maxColumns = 26, id = nextId()) {
    this.id = id;
    this.name = name;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  get(row: number, column: number): CellValue | undefined {
    return this.cols[column - 1]?.[row - 1];
  }

  set(row: number, column: number, value: CellValue | undefined): void {
    let col = this.cols[column - 1];
    if (!col) {
      if (value === undefined) return;
      col = this.cols[column - 1] = [];
    }
    col[row - 1] = value;
    this.extentCache = null;
  }

  format(row: number, column: number): string | undefined {
    return this.fmts[column - 1]?.[row - 1];
  }

  setFormat(row: number, column: number, format: string | undefined): void {
    let col = this.fmts[column - 1];
    if (!col) {
      if (format === undefined) return;
      col = this.fmts[column - 1] = [];
    }
    col[row - 1] = format;
  }

  /** Replaces a whole column from `startRow` (fixtures: no per-cell work). */
  setColumn(
    column: number,
    values: Array<CellValue | undefined>,
    startRow = 1,
    format?: string,
  ): void {
    const col = (this.cols[column - 1] ??= []);
    for (let i = 0; i < values.length; i++) col[startRow - 1 + i] = values[i];
    if (format !== undefined) {
      const f = (this.fmts[column - 1] ??= []);
      for (let i = 0; i < values.length; i++)
        if (values[i] !== undefined) f[startRow - 1 + i] = format;
    }
    this.extentCache = null;
  }

  /** Rows and columns up to the last non-blank cell (getLastRow / getLastColumn). */
  extent(): {rows: number; columns: number} {
    if (this.extentCache) return this.extentCache;
    let rows = 0;
    let columns = 0;
    this.cols.forEach((col, c) => {
      if (!col) return;
      for (let r = col.length - 1; r >= 0; r--) {
        if (col[r] !== undefined) {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
          break;
        }
      }
    });
    for (const key of this.formulas.keys()) {
      const [r, c] = key.split(',').map(Number);
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
    this.extentCache = {rows, columns};
    return this.extentCache;
  }

  /** Clears values (and formats when asked) in a rectangle. */
  clear(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    what: {contents?: boolean; formats?: boolean} = {
      contents: true,
      formats: true,
    },
  ): void {
    for (let c = column; c < column + numColumns; c++) {
      const col = this.cols[c - 1];
      const f = this.fmts[c - 1];
      for (let r = row; r < row + numRows; r++) {
        if (what.contents !== false) {
          if (col && r - 1 < col.length) col[r - 1] = undefined;
          this.formulas.delete(`${r},${c}`);
        }
        if (what.formats && f && r - 1 < f.length) f[r - 1] = undefined;
      }
    }
    this.extentCache = null;
  }

  /** Deletes rows, shifting the rest up (deleteRows). */
  deleteRows(row: number, howMany: number): void {
    for (const col of this.cols) col?.splice(row - 1, howMany);
    for (const f of this.fmts) f?.splice(row - 1, howMany);
    this.maxRows -= howMany;
    this.extentCache = null;
  }

  /** Inserts blank rows before `row` (insertRowsBefore). */
  insertRows(row: number, howMany: number): void {
    const blanks = new Array<undefined>(howMany);
    for (const col of this.cols)
      if (col && col.length >= row) col.splice(row - 1, 0, ...blanks);
    for (const f of this.fmts)
      if (f && f.length >= row) f.splice(row - 1, 0, ...blanks);
    this.maxRows += howMany;
    this.extentCache = null;
  }

  /** Inserts blank columns before `column` (insertColumnsBefore/After). */
  insertColumns(column: number, howMany: number): void {
    const blanks = new Array<undefined>(howMany);
    if (this.cols.length >= column) this.cols.splice(column - 1, 0, ...blanks);
    if (this.fmts.length >= column) this.fmts.splice(column - 1, 0, ...blanks);
    const moved = new Map<string, string>();
    for (const [key, f] of this.formulas) {
      const [r, c] = key.split(',').map(Number);
      moved.set(c >= column ? `${r},${c + howMany}` : key, f);
    }
    this.formulas.clear();
    for (const [k, f] of moved) this.formulas.set(k, f);
    this.maxColumns += howMany;
    this.extentCache = null;
  }

  get cellCount(): number {
    return this.maxRows * this.maxColumns;
  }

  /** A deep copy with a new id (insertSheet with template, copies). */
  copy(name: string): SheetData {
    const s = new SheetData(name, this.maxRows, this.maxColumns);
    s.cols = this.cols.map(c => c?.slice());
    s.fmts = this.fmts.map(f => f?.slice());
    s.frozenRows = this.frozenRows;
    s.frozenColumns = this.frozenColumns;
    return s;
  }
}

/** One spreadsheet file. */
export class SpreadsheetData {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly sheets: SheetData[] = [];
  readonly metadata: MetadataData[] = [];
  activeSheetId: number | null = null;
  /** The user's selection (getActiveRange); set by tests with World.select or by Range.activate. */
  selection: {
    sheetId: number;
    row: number;
    column: number;
    numRows: number;
    numColumns: number;
  } | null = null;

  constructor(id: string, name: string, timeZone: string, locale: string) {
    this.id = id;
    this.name = name;
    this.timeZone = timeZone;
    this.locale = locale;
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.cellCount, 0);
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find(s => s.name === name);
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find(s => s.id === id);
  }

  /** Throws the platform's message when growing by `extra` cells passes the 10M limit. */
  assertRoom(extra: number, error: (m: string) => Error): void {
    if (this.totalCells() + extra > MAX_CELLS) throw error(CELL_LIMIT_MESSAGE);
  }
}

/** Tab contents for tests: rows of values (Date objects become date cells), optional grid size. */
export interface TabSpec {
  name: string;
  rows?: unknown[][];
  maxRows?: number;
  maxColumns?: number;
}

/** Told when spreadsheets appear or are written (world.ts mirrors them as Drive files). */
export interface SpreadsheetStoreListener {
  /** A spreadsheet was created or registered (create, add, loadXlsx, copy). */
  added?(data: SpreadsheetData): void;
  /** The add-on wrote to it (any write call: values, tabs, rename, metadata...). */
  written?(data: SpreadsheetData): void;
}

/** Every emulated spreadsheet, by id, and which one is active (the bound document). */
export class SpreadsheetStore {
  /** Listeners (world.ts: the Drive mirror). */
  readonly listeners: SpreadsheetStoreListener[] = [];
  private readonly byId = new Map<string, SpreadsheetData>();
  private readonly masterIds = new Set<string>();
  private activeId: string | null = null;
  private counter = 0;

  /**
   * The zone of a spreadsheet a script creates or Drive converts from an .xlsx: the owner's account
   * default, which need not be Bogotá (ASSUMPTION, stricter: never the fixtures' zone unless told).
   * Spreadsheets the tests set up (create, add, addMaster) keep `defaults.timeZone`.
   */
  readonly newFileTimeZone: string;

  constructor(
    private readonly defaults: {
      timeZone: string;
      locale: string;
      newFileTimeZone?: string;
    } = {
      timeZone: 'America/Bogota',
      locale: 'es_CO',
    },
  ) {
    this.newFileTimeZone = defaults.newFileTimeZone ?? 'America/Los_Angeles';
  }

  /**
   * Creates a spreadsheet. `tabs` is either a list of TabSpec or a record name -> rows. The first
   * spreadsheet created becomes the active one.
   */
  create(
    name: string,
    tabs: TabSpec[] | Record<string, unknown[][]> = [{name: 'Hoja 1'}],
    options: {id?: string; timeZone?: string; locale?: string} = {},
  ): SpreadsheetData {
    const id =
      options.id ??
      `ss${String(++this.counter).padStart(4, '0')}${'x'.repeat(36)}`;
    const data = new SpreadsheetData(
      id,
      name,
      options.timeZone ?? this.defaults.timeZone,
      options.locale ?? this.defaults.locale,
    );
    const specs = Array.isArray(tabs)
      ? tabs
      : Object.entries(tabs).map(([n, rows]) => ({name: n, rows}));
    for (const spec of specs) this.addTab(data, spec);
    if (data.sheets.length === 0) this.addTab(data, {name: 'Hoja 1'});
    this.byId.set(id, data);
    if (this.activeId === null) this.activeId = id;
    for (const l of this.listeners) l.added?.(data);
    return data;
  }

  /** Adds a tab filled from rows (as a user would type them: Dates become date cells). */
  addTab(data: SpreadsheetData, spec: TabSpec): SheetData {
    const rows = spec.rows ?? [];
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    const sheet = new SheetData(
      spec.name,
      Math.max(spec.maxRows ?? 1000, rows.length),
      Math.max(spec.maxColumns ?? 26, width),
    );
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const stored = toStored(
          v,
          data.timeZone,
          data.locale,
          undefined,
          new Date().getUTCFullYear(),
        );
        if (typeof v === 'string' && !v.startsWith('=')) {
          sheet.set(r + 1, c + 1, v === '' ? undefined : v);
          return;
        }
        sheet.set(r + 1, c + 1, stored.value);
        if (stored.format) sheet.setFormat(r + 1, c + 1, stored.format);
        if (stored.formula)
          sheet.formulas.set(`${r + 1},${c + 1}`, stored.formula);
      }),
    );
    data.assertRoom(sheet.cellCount, m => new Error(m));
    data.sheets.push(sheet);
    data.activeSheetId ??= sheet.id;
    return sheet;
  }

  get(id: string): SpreadsheetData | undefined {
    return this.byId.get(id);
  }

  all(): SpreadsheetData[] {
    return [...this.byId.values()];
  }

  /** Registers a spreadsheet built elsewhere (xlsx loader, fixtures). */
  add(data: SpreadsheetData): SpreadsheetData {
    const known = this.byId.has(data.id);
    this.byId.set(data.id, data);
    if (this.activeId === null) this.activeId = data.id;
    if (!known) for (const l of this.listeners) l.added?.(data);
    return data;
  }

  /** Marks a spreadsheet as written (the fakes call it on every write call). */
  touch(id: string): void {
    const data = this.byId.get(id);
    if (data) for (const l of this.listeners) l.written?.(data);
  }

  /**
   * Marks a spreadsheet as the business's Master workbook: the Master audit (master-audit.ts)
   * then fails the test when any execution but the confirmed append changes it.
   */
  markMaster(id: string): void {
    if (!this.byId.has(id)) throw new Error(`No spreadsheet ${id}`);
    this.masterIds.add(id);
  }

  /** Undoes markMaster (a fixture's Master standing for something else, e.g. Drive's converted copy). */
  unmarkMaster(id: string): void {
    this.masterIds.delete(id);
  }

  /** Whether markMaster was called for `id`. */
  isMaster(id: string): boolean {
    return this.masterIds.has(id);
  }

  /** Forgets a spreadsheet (its Drive file was deleted): openById fails from now on. */
  remove(id: string): boolean {
    return this.byId.delete(id);
  }

  /**
   * A full copy under a new id (Drive's Files.copy / makeCopy of a native Sheet): same tabs,
   * values, formats, formulas, frozen rows, hidden tabs and developer metadata.
   */
  copy(sourceId: string, name: string): SpreadsheetData {
    const src = this.byId.get(sourceId);
    if (!src) throw new Error(`No spreadsheet ${sourceId}`);
    const data = this.blank(name);
    data.timeZone = src.timeZone;
    data.locale = src.locale;
    for (const sheet of src.sheets) {
      const s = sheet.copy(sheet.name);
      s.hidden = sheet.hidden;
      for (const [k, f] of sheet.formulas) s.formulas.set(k, f);
      for (const m of sheet.metadata) s.metadata.push({...m, id: nextId()});
      data.sheets.push(s);
      if (sheet.id === src.activeSheetId) data.activeSheetId = s.id;
    }
    for (const m of src.metadata) data.metadata.push({...m, id: nextId()});
    data.activeSheetId ??= data.sheets[0]?.id ?? null;
    return this.add(data);
  }

  /** A new empty SpreadsheetData with this store's defaults (not yet added). */
  blank(name: string, id?: string): SpreadsheetData {
    return new SpreadsheetData(
      id ?? `ss${String(++this.counter).padStart(4, '0')}${'x'.repeat(36)}`,
      name,
      this.defaults.timeZone,
      this.defaults.locale,
    );
  }

  /** The bound spreadsheet (SpreadsheetApp.getActiveSpreadsheet()). */
  get active(): SpreadsheetData | null {
    return this.activeId === null
      ? null
      : (this.byId.get(this.activeId) ?? null);
  }

  /** Test hook: the user selects "'Tab'!A2:A5" (or "A2:A5" on the active tab) in a spreadsheet. */
  select(a1: string, id = this.activeId): void {
    const ss = id === null ? undefined : this.byId.get(id);
    const p = parseA1(a1);
    if (!ss || !p || p.row === undefined || p.column === undefined)
      throw new Error(`Cannot select ${a1}`);
    const sheet =
      p.sheetName !== undefined
        ? ss.sheetByName(p.sheetName)
        : (ss.sheetById(ss.activeSheetId ?? -1) ?? ss.sheets[0]);
    if (!sheet) throw new Error(`No tab in ${a1}`);
    const lastRow = p.lastRow ?? sheet.maxRows;
    const lastColumn = p.lastColumn ?? sheet.maxColumns;
    ss.activeSheetId = sheet.id;
    ss.selection = {
      sheetId: sheet.id,
      row: p.row,
      column: p.column,
      numRows: lastRow - p.row + 1,
      numColumns: lastColumn - p.column + 1,
    };
  }

  setActive(id: string): void {
    if (!this.byId.has(id)) throw new Error(`No spreadsheet ${id}`);
    this.activeId = id;
  }
}
