// Spreadsheet and SpreadsheetApp: files by id/url, the active one, sheets, UI and flush.
import {
  DUPLICATE_NAME,
  INVALID_ARGUMENT,
  RANGE_NOT_FOUND,
  REMOVE_ALL_SHEETS,
  SHEET_NOT_FOUND,
} from './errors';
import {FLUSH_MS, METADATA_MS, STRUCTURE_MS} from './latency';
import {splitSheet} from './a1';
import type {
  MetadataApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
  UiApi,
} from './api';
import {makeEnum, type SheetsContext} from './context';
import {FakeMetadata, addMetadata} from './metadata';
import {ProtectionType} from './protection';
import {FakeSheet} from './sheet';
import {SheetData, type SpreadsheetData} from './store';
import {FakeUi} from './ui';

export class FakeSpreadsheet implements SpreadsheetApi {
  private readonly views = new Map<SheetData, FakeSheet>();

  constructor(
    private readonly ctx: SheetsContext,
    readonly data: SpreadsheetData,
  ) {}

  private meta(
    method: string,
    access: 'read' | 'write' = 'read',
    ms = METADATA_MS,
  ): void {
    this.ctx.emu.call('SpreadsheetApp', `Spreadsheet.${method}`, access, {ms});
    if (access === 'write' && method !== 'setActiveSheet') {
      this.ctx.access.assertCanWrite(this.data, null, null);
      this.ctx.store.touch(this.data.id);
    }
  }

  /** The Sheet object for a stored sheet (one per sheet, like the platform's identity-free views). */
  view(sheet: SheetData): FakeSheet {
    let v = this.views.get(sheet);
    if (!v) {
      v = new FakeSheet(this.ctx, this.data, sheet, () => this);
      this.views.set(sheet, v);
    }
    return v;
  }

  getId(): string {
    this.meta('getId');
    return this.data.id;
  }

  getName(): string {
    this.meta('getName');
    return this.data.name;
  }

  getUrl(): string {
    this.meta('getUrl');
    return this.data.url;
  }

  getSpreadsheetTimeZone(): string {
    this.meta('getSpreadsheetTimeZone');
    return this.data.timeZone;
  }

  /**
   * Sets the zone dates are read and shown in (reference/spreadsheet/spreadsheet
   * #setspreadsheettimezonetimezone); serials stay, so a Date read back follows the new zone.
   */
  setSpreadsheetTimeZone(timezone: string): void {
    this.meta('setSpreadsheetTimeZone', 'write');
    try {
      new Intl.DateTimeFormat('en-US', {timeZone: timezone});
    } catch {
      throw this.ctx.emu.error(INVALID_ARGUMENT('timezone'));
    }
    this.data.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.meta('getSpreadsheetLocale');
    return this.data.locale;
  }

  /** reference/spreadsheet/spreadsheet#getEditors: the owner and the editors (groups as their address). */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.meta('getEditors');
    return this.ctx.access.editorsOf(this.data).map(user);
  }

  /** reference/spreadsheet/spreadsheet#getOwner: null for a file in a shared drive. */
  getOwner(): GoogleAppsScript.Base.User | null {
    this.meta('getOwner');
    const owner = this.ctx.access.ownerOf(this.data);
    return owner === null ? null : user(owner);
  }

  rename(newName: string): void {
    this.meta('rename', 'write');
    this.data.name = newName;
    this.ctx.store.touch(this.data.id);
  }

  getSheets(): SheetApi[] {
    this.meta('getSheets');
    return this.data.sheets.map(s => this.view(s));
  }

  getSheetByName(name: string): SheetApi | null {
    this.meta('getSheetByName');
    const s = this.data.sheetByName(name);
    return s ? this.view(s) : null;
  }

  getSheetById(id: number): SheetApi | null {
    this.meta('getSheetById');
    const s = this.data.sheetById(id);
    return s ? this.view(s) : null;
  }

  getActiveSheet(): SheetApi {
    this.meta('getActiveSheet');
    const s =
      this.data.sheetById(this.data.activeSheetId ?? -1) ??
      this.data.sheets.find(x => !x.hidden) ??
      this.data.sheets[0];
    return this.view(s);
  }

  /** The selected range, or null when nothing is selected (the platform's typings omit the null). */
  getActiveRange(): RangeApi {
    this.meta('getActiveRange');
    const sel = this.data.selection;
    const sheet = sel && this.data.sheetById(sel.sheetId);
    return (
      sel && sheet
        ? this.view(sheet).rangeAt(
            sel.row,
            sel.column,
            sel.numRows,
            sel.numColumns,
          )
        : null
    ) as RangeApi;
  }

  insertSheet(): SheetApi;
  insertSheet(sheetIndex: number): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  insertSheet(a?: string | number, b?: number): SheetApi {
    this.meta('insertSheet', 'write', STRUCTURE_MS);
    const emu = this.ctx.emu;
    const es = this.data.locale.startsWith('es');
    let name = typeof a === 'string' ? a : undefined;
    if (name === undefined) {
      let n = this.data.sheets.length + 1;
      while (this.data.sheetByName(`${es ? 'Hoja' : 'Sheet'} ${n}`)) n++;
      name = `${es ? 'Hoja' : 'Sheet'} ${n}`;
    }
    if (this.data.sheets.some(s => s.name.toLowerCase() === name.toLowerCase()))
      throw emu.error(DUPLICATE_NAME(name));
    const index = typeof a === 'number' ? a : (b ?? this.data.sheets.length);
    const sheet = new SheetData(name);
    this.data.assertRoom(sheet.cellCount, m => emu.error(m));
    this.data.sheets.splice(
      Math.min(Math.max(index, 0), this.data.sheets.length),
      0,
      sheet,
    );
    this.data.activeSheetId = sheet.id;
    return this.view(sheet);
  }

  deleteSheet(sheet: SheetApi): void {
    this.meta('deleteSheet', 'write', STRUCTURE_MS);
    const target = sheet instanceof FakeSheet ? sheet.data : undefined;
    const i = target ? this.data.sheets.indexOf(target) : -1;
    if (i < 0) throw this.ctx.emu.error(SHEET_NOT_FOUND);
    this.ctx.access.assertCanWrite(this.data, target!, null);
    if (this.data.sheets.filter(s => !s.hidden && s !== target).length === 0)
      throw this.ctx.emu.error(REMOVE_ALL_SHEETS);
    this.data.sheets.splice(i, 1);
    if (this.data.activeSheetId === target!.id) this.data.activeSheetId = null;
  }

  getRange(a1Notation: string): RangeApi {
    const {sheetName} = splitSheet(a1Notation);
    const sheet =
      sheetName === undefined
        ? (this.getActiveSheet() as FakeSheet)
        : this.data.sheetByName(sheetName) &&
          this.view(this.data.sheetByName(sheetName)!);
    if (!sheet) throw this.ctx.emu.error(RANGE_NOT_FOUND);
    return sheet.rangeA1(a1Notation);
  }

  /** Every protection of that type in the spreadsheet (reference/spreadsheet/spreadsheet#getProtections). */
  getProtections(type: unknown): ProtectionApi[] {
    this.meta('getProtections');
    const kind = String(type) === 'SHEET' ? 'SHEET' : 'RANGE';
    return this.data.sheets.flatMap(s => this.view(s).protections(kind));
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
  ): SpreadsheetApi {
    this.meta('addDeveloperMetadata', 'write');
    addMetadata(this.data.metadata, key, value, visibility);
    return this;
  }
}

/** The SpreadsheetApp global. */
export class FakeSpreadsheetApp implements SpreadsheetAppApi {
  readonly DeveloperMetadataVisibility = makeEnum('DOCUMENT', 'PROJECT');
  readonly ProtectionType = ProtectionType;
  readonly ChartType = makeEnum(
    'AREA',
    'BAR',
    'COLUMN',
    'LINE',
    'PIE',
    'SCATTER',
    'TABLE',
  );
  private readonly views = new Map<SpreadsheetData, FakeSpreadsheet>();

  constructor(private readonly ctx: SheetsContext) {}

  /** The Spreadsheet object of stored data. */
  view(data: SpreadsheetData): FakeSpreadsheet {
    let v = this.views.get(data);
    if (!v) {
      v = new FakeSpreadsheet(this.ctx, data);
      this.views.set(data, v);
    }
    return v;
  }

  /**
   * The bound spreadsheet; null in a standalone script and in a time-driven trigger's execution
   * (no open document is promised there: ASSUMPTION, test/emulator/README.md). The platform's
   * typings omit the null.
   */
  getActiveSpreadsheet(): SpreadsheetApi {
    this.ctx.emu.call('SpreadsheetApp', 'getActiveSpreadsheet', 'read', {
      ms: METADATA_MS,
    });
    const active = this.activeData();
    return (active ? this.view(active) : null) as SpreadsheetApi;
  }

  getActive(): SpreadsheetApi {
    return this.getActiveSpreadsheet();
  }

  /** The selection in the active spreadsheet, or null. */
  getActiveRange(): RangeApi {
    this.ctx.emu.call('SpreadsheetApp', 'getActiveRange', 'read', {
      ms: METADATA_MS,
    });
    const active = this.activeData();
    return (active ? this.view(active).getActiveRange() : null) as RangeApi;
  }

  /** The open document of this execution: none in a clock trigger's. */
  private activeData() {
    if (this.ctx.emu.execution?.origin === 'trigger') return null;
    return this.ctx.store.active;
  }

  openById(id: string): SpreadsheetApi {
    this.ctx.emu.call('SpreadsheetApp', 'openById', 'read', {ms: STRUCTURE_MS});
    const data = this.ctx.store.get(id);
    if (!data)
      throw this.ctx.emu.error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    this.ctx.access.assertCanOpen(data);
    return this.view(data);
  }

  openByUrl(url: string): SpreadsheetApi {
    this.ctx.emu.call('SpreadsheetApp', 'openByUrl', 'read', {
      ms: STRUCTURE_MS,
    });
    const m = /\/spreadsheets\/d\/([^/]+)/.exec(url);
    const data = m ? this.ctx.store.get(m[1]) : undefined;
    if (!data) throw this.ctx.emu.error(INVALID_ARGUMENT('url'));
    this.ctx.access.assertCanOpen(data);
    return this.view(data);
  }

  create(name: string, rows?: number, columns?: number): SpreadsheetApi {
    this.ctx.emu.call('SpreadsheetApp', 'create', 'write', {
      ms: STRUCTURE_MS,
      files: 1,
    });
    const es = this.ctx.store.blank(name).locale.startsWith('es');
    const data = this.ctx.store.create(
      name,
      [
        {
          name: es ? 'Hoja 1' : 'Sheet1',
          maxRows: rows ?? 1000,
          maxColumns: columns ?? 26,
        },
      ],
      {timeZone: this.ctx.store.newFileTimeZone},
    );
    return this.view(data);
  }

  flush(): void {
    this.ctx.emu.call('SpreadsheetApp', 'flush', 'read', {ms: FLUSH_MS});
  }

  getUi(): UiApi {
    this.ctx.emu.call('SpreadsheetApp', 'getUi', 'menu', {ms: 0});
    const exec = this.ctx.emu.execution;
    if (exec && exec.origin === 'trigger')
      throw this.ctx.emu.error(
        'Cannot call SpreadsheetApp.getUi() from this context.',
      );
    return new FakeUi(this.ctx);
  }
}

/** A Base.User for an e-mail (the emulator knows no names). */
function user(email: string): GoogleAppsScript.Base.User {
  return {
    getEmail: () => email,
    getUserLoginId: () => email,
    getName: () => email.split('@')[0],
  } as GoogleAppsScript.Base.User;
}
