// A whole emulated Apps Script world: the core Emulator wired to every emulated service and store,
// the add-on loader and the trigger clock. Tests and the playground start here.
import {join} from 'node:path';
import {Emulator, type EmulatorOptions, type Execution} from './core/emulator';
import type {AuthModeName} from './core/modes';
import {loadAddon, type LoadedAddon} from './load-addon';
import {
  AuthMode,
  CacheStores,
  LockTable,
  Outbox,
  PropertyStores,
  TriggerTable,
  createCacheService,
  createHtmlService,
  createLockService,
  createLogging,
  createMailApp,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUrlFetchApp,
  createUtilities,
  FakeBlob,
  type LogLine,
  type TriggerData,
} from './services';
import {
  createDriveServices,
  DriveStore,
  SHEET_MIME,
  type DriveHooks,
  type DriveServices,
} from './drive';
import {ApiError} from './drive/errors';
import {bytesKey} from './drive/hooks';
import {createSheetsService} from './sheets';
import {
  EXPORT_MIME,
  spreadsheetToMinimalPdf,
  spreadsheetToText,
  spreadsheetToXlsx,
  xlsxToSpreadsheetSync,
} from './spreadsheet/export';
import {
  createSpreadsheetServices,
  loadXlsx,
  SpreadsheetAccess,
  SpreadsheetStore,
  UiLog,
  type SheetsContext,
} from './spreadsheet';
import {Accounts} from './accounts';
import {MasterAudit} from './master-audit';

export interface WorldOptions extends EmulatorOptions {
  /** Folder of the built files (HtmlService reads <buildDir>/<name>.html). Default: <repo>/build. */
  buildDir?: string;
  /** Spreadsheet locale for new spreadsheets (default es_CO). */
  locale?: string;
  /**
   * Zone of spreadsheets a script creates or Drive converts (default America/Los_Angeles: not the
   * fixtures' Bogotá, so code that assumes Bogotá fails here as it would on another account).
   */
  newFileTimeZone?: string;
  /** Editor add-on trigger rules (default true). */
  addon?: boolean;
  /** Drive hooks that replace the world's own (e.g. a test's own .xlsx conversion). */
  driveHooks?: DriveHooks;
}

/** The typed service globals of a world. */
export type ServiceGlobals = ReturnType<typeof buildServices>;

/** What one trigger run did. */
export interface TriggerOutcome {
  triggerId: string;
  handler: string;
  /** Virtual time the trigger fired. */
  at: number;
  ok: boolean;
  result?: unknown;
  error?: string;
  /** Modeled ms the run took. */
  ms: number;
}

const REPO = join(__dirname, '../..');

/** The emulated world: stores outlive executions, globals are built once per world. */
export class World {
  readonly emulator: Emulator;
  readonly spreadsheets: SpreadsheetStore;
  readonly ui = new UiLog();
  readonly properties = new PropertyStores();
  readonly cache = new CacheStores();
  readonly locks: LockTable;
  readonly triggers: TriggerTable;
  readonly outbox = new Outbox();
  readonly logs: LogLine[] = [];
  readonly buildDir: string;
  /** Who may open and edit each spreadsheet (its Drive file's sharing) and its protections. */
  readonly access: SpreadsheetAccess;
  /** The team: accounts, groups and how each spreadsheet is shared (see accounts.ts). */
  readonly accounts: Accounts;
  /** Fails the test when an execution but the confirmed append changes a marked Master (master-audit.ts). */
  readonly masterAudit: MasterAudit;
  /** The add-on loaded by loadAddon() (trigger firing runs its handlers). */
  addon: LoadedAddon | null = null;

  /** DriveApp and the Drive advanced service, bound to this world's emulator and Drive store. */
  readonly drive: DriveServices;
  /** The emulated Drive (My Drive per user, shared drives); fixtures fill it. */
  readonly driveStore: DriveStore;
  /** .xlsx bytes -> spreadsheet id loaded ahead (exceljs is async; Drive's conversion is not). */
  private readonly preparedXlsx = new Map<string, string>();

  /**
   * Loads an .xlsx into the spreadsheet store ahead of time, so that Drive's conversion of the
   * same bytes (Files.create/copy with the Sheets mimeType) finds it synchronously.
   */
  async prepareXlsxConversion(
    bytes: Uint8Array,
    name?: string,
  ): Promise<string> {
    const ss = await loadXlsx(this.spreadsheets, bytes, {name});
    // A conversion is a new file in the account's zone (store.ts newFileTimeZone).
    ss.timeZone = this.spreadsheets.newFileTimeZone;
    this.preparedXlsx.set(bytesKey(bytes), ss.id);
    return ss.id;
  }

  private builtGlobals: ServiceGlobals | null = null;

  constructor(options: WorldOptions = {}) {
    this.emulator = new Emulator(options);
    this.spreadsheets = new SpreadsheetStore({
      timeZone: options.timeZone ?? 'America/Bogota',
      locale: options.locale ?? 'es_CO',
      newFileTimeZone: options.newFileTimeZone,
    });
    this.locks = new LockTable(this.emulator);
    this.triggers = new TriggerTable(options.addon ?? true);
    this.buildDir = options.buildDir ?? join(REPO, 'build');
    this.driveStore = new DriveStore({defaultUser: this.emulator.user});
    this.access = new SpreadsheetAccess(this.emulator, this.driveStore);
    this.accounts = new Accounts(this.driveStore);
    // Hooks to wire once the Sheets side has them: xlsxToSpreadsheet (Files.create/copy
    // conversion) and exportFile (Files.export, File.getBlob of a native Sheet).
    this.drive = createDriveServices(this.emulator, this.driveStore, {
      // Pre-loaded conversions (exceljs) win; otherwise SheetJS converts synchronously.
      xlsxToSpreadsheet: (bytes, name) =>
        this.preparedXlsx.get(bytesKey(bytes)) ??
        xlsxToSpreadsheetSync(this.spreadsheets, bytes, name).id,
      exportFile: (fileId, mimeType) =>
        this.exportSpreadsheet(fileId, mimeType),
      copySpreadsheet: (sourceId, name) =>
        this.spreadsheets.copy(sourceId, name).id,
      blankSpreadsheet: name =>
        this.spreadsheets.create(
          name,
          [
            {
              name: this.spreadsheets.blank(name).locale.startsWith('es')
                ? 'Hoja 1'
                : 'Sheet1',
            },
          ],
          {timeZone: this.spreadsheets.newFileTimeZone},
        ).id,
      newBlob: (bytes, type, name) =>
        new FakeBlob(
          bytes,
          type,
          name,
        ) as unknown as GoogleAppsScript.Base.Blob,
      ...options.driveHooks,
    });
    this.bridgeSheetsAndDrive();
    this.masterAudit = new MasterAudit(
      this.emulator,
      this.spreadsheets,
      this.driveStore,
    );
  }

  /**
   * Spreadsheets are Drive files: each one created or loaded appears in the Drive store (same id
   * and name, the Sheets mimeType, owned by the current user, in their My Drive root); writes bump
   * its modifiedTime, renames go both ways, and deleting the file makes openById fail.
   */
  private bridgeSheetsAndDrive(): void {
    const drive = this.driveStore;
    this.spreadsheets.listeners.push({
      added: ss => {
        if (drive.get(ss.id)) return;
        drive.addFile({
          id: ss.id,
          name: ss.name,
          mimeType: SHEET_MIME,
          owner: this.emulator.user,
        }).mirrored = true;
      },
      written: ss => {
        const item = drive.get(ss.id);
        if (!item) return;
        item.name = ss.name;
        item.modifiedTime = drive.now();
        drive.logChange(ss.id);
      },
    });
    drive.listeners.push({
      renamed: item => {
        const ss = this.spreadsheets.get(item.id);
        if (ss && item.mimeType === SHEET_MIME) ss.name = item.name;
      },
      removed: item => {
        if (item.mimeType === SHEET_MIME) this.spreadsheets.remove(item.id);
      },
    });
  }

  /** Files.export / getAs of a native Sheet: .xlsx, PDF (minimal), CSV/TSV of the first tab. */
  private exportSpreadsheet(fileId: string, mimeType: string): Uint8Array {
    const ss = this.spreadsheets.get(fileId);
    if (!ss)
      throw new Error(
        `Drive emulator: export of ${fileId}: only native Sheets are modelled`,
      );
    switch (mimeType) {
      case EXPORT_MIME.xlsx:
        return spreadsheetToXlsx(ss);
      case EXPORT_MIME.pdf:
        return spreadsheetToMinimalPdf(ss);
      case EXPORT_MIME.csv:
        return spreadsheetToText(ss, ',');
      case EXPORT_MIME.tsv:
        return spreadsheetToText(ss, '\t');
      case 'application/x-vnd.oasis.opendocument.spreadsheet':
      case 'application/vnd.oasis.opendocument.spreadsheet':
      case 'application/zip':
        throw new Error(
          `Drive emulator: export of a Sheet as ${mimeType} is not modelled`,
        );
      default:
        throw new ApiError(
          400,
          'The requested conversion is not supported.',
          'badRequest',
        );
    }
  }

  /**
   * Id of the bound (active) spreadsheet, or null for a standalone script and in a time-driven
   * trigger's execution: no Google page promises an add-on's clock trigger an open document, so
   * the document-scoped services (getActiveSpreadsheet, getDocumentProperties, getDocumentCache,
   * getDocumentLock) are absent there (ASSUMPTION, test/emulator/README.md; LockService's reference
   * documents null "outside the context of a containing document").
   */
  activeId(): string | null {
    if (this.emulator.execution?.origin === 'trigger') return null;
    return this.spreadsheets.active?.id ?? null;
  }

  /** The context every spreadsheet fake shares. */
  get sheetsContext(): SheetsContext {
    return {
      emu: this.emulator,
      store: this.spreadsheets,
      ui: this.ui,
      access: this.access,
    };
  }

  /** The Apps Script globals to install in the add-on's realm (built once, then shared). */
  globals(): ServiceGlobals & Record<string, unknown> {
    this.builtGlobals ??= buildServices(this);
    return {...this.builtGlobals, ...this.drive};
  }

  /** The same services, typed, for tests that call them directly inside world.emulator.run(). */
  get services(): ServiceGlobals {
    this.builtGlobals ??= buildServices(this);
    return this.builtGlobals;
  }

  /**
   * Loads the built bundle with this world's globals. Global code runs in `loadMode` (onOpen's
   * mode on the platform: NONE unless the add-on is enabled in the document).
   */
  loadAddon(
    path = join(REPO, 'build/Code.js'),
    loadMode: AuthModeName = 'NONE',
  ): LoadedAddon {
    this.addon = loadAddon(path, this.emulator, this.globals(), loadMode);
    return this.addon;
  }

  /** Runs one trigger's handler as a FULL execution with origin 'trigger' and its event object. */
  private fire(t: TriggerData): TriggerOutcome {
    const addon = this.addon;
    const at = this.emulator.clock.now();
    const base = {triggerId: t.id, handler: t.handler, at};
    if (!addon) throw new Error('loadAddon() before firing triggers');
    const event = clockEvent(t.id, at);
    const user = this.emulator.user;
    this.emulator.user = t.user;
    try {
      const result = addon.run(t.handler, [event], {
        mode: 'FULL',
        origin: 'trigger' satisfies Execution['origin'],
      });
      return {...base, ok: true, result, ms: this.emulator.clock.now() - at};
    } catch (e) {
      return {
        ...base,
        ok: false,
        error:
          e instanceof Error || (e && typeof e === 'object' && 'message' in e)
            ? String((e as {message: unknown}).message)
            : String(e),
        ms: this.emulator.clock.now() - at,
      };
    } finally {
      this.emulator.user = user;
    }
  }

  /**
   * Advances the virtual clock to `untilMs`, firing each clock trigger when it falls due (in
   * time order), and returns what each run did.
   */
  fireDueTriggers(untilMs: number): TriggerOutcome[] {
    const out: TriggerOutcome[] = [];
    for (;;) {
      const due = this.triggers.triggers
        .filter(
          t => t.kind === 'CLOCK' && t.nextAt !== null && t.nextAt <= untilMs,
        )
        .sort((a, b) => a.nextAt! - b.nextAt!)[0];
      if (!due) break;
      if (due.nextAt! > this.emulator.clock.now())
        this.emulator.clock.set(due.nextAt!);
      out.push(this.fire(due));
      // The schedule keeps its cadence from the due time, not from when the run ended.
      due.nextAt =
        due.everyMs === 0
          ? null
          : TriggerTable.nextFire(due, due.nextAt!, this.emulator.timeZone);
      if (due.everyMs === 0) {
        const i = this.triggers.triggers.indexOf(due);
        if (i >= 0) this.triggers.triggers.splice(i, 1);
      }
    }
    if (untilMs > this.emulator.clock.now()) this.emulator.clock.set(untilMs);
    return out;
  }

  /** Fires every installed clock trigger once, now (the playground's "run triggers" button); only `user`'s when given. */
  fireTriggersNow(user?: string): TriggerOutcome[] {
    return this.triggers.triggers
      .filter(
        t => t.kind === 'CLOCK' && (user === undefined || t.user === user),
      )
      .slice()
      .map(t => this.fire(t));
  }
}

/**
 * The event object of a time-driven trigger, and nothing else: authMode, triggerUid and the clock
 * fields (developers.google.com/apps-script/guides/triggers/events, "Time-driven events": year,
 * month, day-of-month, day-of-week (1 = Monday ... 7 = Sunday), week-of-year, hour, minute,
 * second, timezone "UTC"). No source, no range, no user: the handler must know its document.
 */
export function clockEvent(triggerUid: string, at: number) {
  const w = new Date(at);
  // ISO week: the Thursday of this week decides the year it belongs to.
  const day = w.getUTCDay() === 0 ? 7 : w.getUTCDay();
  const thursday = Date.UTC(
    w.getUTCFullYear(),
    w.getUTCMonth(),
    w.getUTCDate() + 4 - day,
  );
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return {
    authMode: AuthMode.FULL,
    triggerUid,
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    'day-of-month': w.getUTCDate(),
    'day-of-week': day,
    'week-of-year': Math.floor((thursday - yearStart) / 86_400_000 / 7) + 1,
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** A new world (see World). */
export function createWorld(options: WorldOptions = {}): World {
  return new World(options);
}

/** Builds a world's service globals. */
function buildServices(w: World) {
  const emu = w.emulator;
  const doc = () => w.activeId();
  const {Logger, console} = createLogging(emu, w.logs);
  return {
    ...createSpreadsheetServices(w.sheetsContext),
    Sheets: createSheetsService(emu, w.spreadsheets, w.access),
    PropertiesService: createPropertiesService(emu, w.properties, doc, id => {
      const ss = w.spreadsheets.get(id);
      if (ss) w.access.assertCanWrite(ss, null, null);
    }),
    CacheService: createCacheService(emu, w.cache, doc),
    LockService: createLockService(emu, w.locks, doc),
    ScriptApp: createScriptApp({emu, table: w.triggers, documentId: doc}),
    HtmlService: createHtmlService(emu, w.buildDir),
    Session: createSession(emu),
    Utilities: createUtilities(emu),
    MailApp: createMailApp(emu, w.outbox),
    UrlFetchApp: createUrlFetchApp({
      emu,
      drive: w.driveStore,
      buildDir: w.buildDir,
    }),
    Logger,
    console,
  };
}
