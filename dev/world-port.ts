// What the playground needs from an emulated world: the loaded bundle, the call log, the workbook,
// the captured Ui and the installed triggers. dev/world-adapter.ts implements it over test/emulator.
import type {Emulator} from '../test/emulator/core/emulator';
import type {LoadedAddon} from '../test/emulator/load-addon';
import type {BoundedRect} from './a1';

/** One tab of the active spreadsheet, as the grid shows it. */
export interface SheetInfo {
  name: string;
  /** The tab's sheetId: the gid of its links (…/edit#gid=<id>). */
  id: number;
  /** Rows and columns with data (getLastRow/getLastColumn), at least 1 each for the grid. */
  rows: number;
  columns: number;
  frozenRows: number;
  hidden: boolean;
}

/** The active spreadsheet seen from outside the add-on: reads and user edits are not service calls. */
export interface WorkbookView {
  name(): string;
  sheets(): SheetInfo[];
  /** Values of a rectangle as the platform stores them (Date objects, numbers, text, booleans). */
  read(sheet: string, rect: BoundedRect): unknown[][];
  /** The active tab and the top-left cell of the active range (the add-on's "Ir a la fila"). */
  selection(): {sheet: string; row: number; column: number} | null;
  /** A user's edit (typed values or a formula's results); not charged to any execution. */
  write(sheet: string, row: number, column: number, values: unknown[][]): void;
  /** The user selects a range in the grid ("B2:D9"): what the add-on's getActiveRange() then gives. */
  select(sheet: string, a1: string): void;
  /** The texts the cells show under their number formats, in the spreadsheet's locale. */
  display(sheet: string, rect: BoundedRect): string[][];
  /** The tab's embedded charts (as the add-on inserted them). */
  charts(sheet: string): ChartInfo[];
  /** The spreadsheet's id (links to it name it). */
  id(): string;
  /** The workbooks the page can open: the Master and the add-on's companion once made (issue 18.2). */
  workbooks(): Array<{id: string; name: string}>;
  /** Opens another of those workbooks, as a second browser tab would: it becomes the open document. */
  open(id: string): void;
}

/** An embedded chart: its kind, title, where it sits and the ranges it plots (on its own tab). */
export interface ChartInfo {
  id: number;
  type: string;
  title: string;
  /** The anchor cell (1-based). */
  row: number;
  column: number;
  /** The data ranges as rectangles of its tab. */
  ranges: BoundedRect[];
}

/** A Drive file or folder as the playground's Drive view lists it. */
export interface DriveFileInfo {
  id: string;
  name: string;
  mimeType: string;
  /** Bytes of content; null for folders and native Google files. */
  size: number | null;
  /** ISO. */
  created: string;
  modified: string;
  /** Folders above it, top first ("My Drive/Facturacion"). */
  path: string;
  folder: boolean;
  trashed: boolean;
}

/** Drive seen from outside the add-on (no service calls): what the add-on made, folders, bytes. */
export interface DriveView {
  /** Files and folders created after the playground started (ZIPs, exports, backups), newest first. */
  made(): DriveFileInfo[];
  get(id: string): DriveFileInfo | null;
  children(id: string): DriveFileInfo[];
  /** The content of a file (null for folders and native Google files). */
  bytes(id: string): Uint8Array | null;
}

/** One item of the add-on menu; a null handler is a separator. */
export interface MenuItemInfo {
  label: string;
  handler: string | null;
}

/** What the add-on showed in the Ui: its menu, the open sidebar, alerts and toasts. */
export interface UiView {
  /** The add-on menu's title and items, as onOpen registered them (null before onOpen ran). */
  addonMenu(): {title: string; items: MenuItemInfo[]} | null;
  /** The sidebar last shown (HTML, title, and how many times one was shown), or null. */
  sidebar(): {title: string; html: string; version: number} | null;
  /** Alerts, toasts and dialogs shown since the last call (each once). */
  takeMessages(): Array<{kind: string; title: string; text: string}>;
}

/** The outcome of one fired trigger. */
export interface TriggerOutcome {
  handler: string;
  ok: boolean;
  error?: string;
}

/** A demo account the page may act as. */
export interface AccountInfo {
  email: string;
  /** What they may do, in Spanish ("propietario", "editor", "editor por grupo ...", "lector"). */
  role: string;
}

/** Everything the playground drives. */
export interface PlaygroundWorld {
  /** The demo team; the first is the default user (the spreadsheet's owner). */
  accounts: AccountInfo[];
  /** Runs fn as that account (their caches, properties, triggers and access). */
  asUser<T>(email: string, fn: () => T): T;
  emulator: Emulator;
  addon: LoadedAddon;
  workbook: WorkbookView;
  drive: DriveView;
  ui: UiView;
  /** Runs every installed time-driven trigger once (each its own execution), in order; only `user`'s when given. */
  fireTimeTriggers(user?: string): TriggerOutcome[];
  /** Copies JSON data (arguments from the page) into the add-on's realm, as google.script.run does. */
  intoRealm(value: unknown): unknown;
  /** Names of the bundle's custom functions (JSDoc @customfunction), for the formula bar. */
  customFunctions: string[];
  /** One-line description of what was loaded (demo and seed, or the files given). */
  description: string;
}
