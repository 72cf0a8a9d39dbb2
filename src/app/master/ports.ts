// The ports the Master use cases need: where the Master is, how its cells are read, the snapshot
// cache and the export writer. Adapters implement them over Apps Script services.
import type {MasterSourceSettings} from '../../common/settings';
import type {RawCell} from '../../domain/kernel/cell-values';
import type {ExportCell, ExportColumn} from '../../domain/master/export';

/** The Master file found for the settings. */
export interface MasterLocation {
  fileId: string;
  name: string;
  url: string;
  /** True when it is the spreadsheet the add-on is open in. */
  isActive: boolean;
  /** Drive's modifiedTime (ISO); null when unknown (then no snapshot is trusted). */
  modifiedTime: string | null;
  /** Spanish warnings (several files matched, converted .xlsx ...). */
  warnings: string[];
}

/** Finds the Master file (Drive lookups, .xlsx conversion). */
export interface MasterLocator {
  locate(source: MasterSourceSettings): MasterLocation;
}

/** A tab's title and grid size. */
export interface SheetGrid {
  title: string;
  rowCount: number;
  columnCount: number;
}

/** A rectangle of one tab (1-based, inclusive). */
export interface BlockRequest {
  title: string;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** One column of one tab, rows firstRow..lastRow (1-based, inclusive). */
export interface ColumnRequest {
  title: string;
  column: number;
  firstRow: number;
  lastRow: number;
}

/**
 * Reads cells of a spreadsheet: each method is one service call with the Sheets advanced service
 * (a few more with the SpreadsheetApp fallback). Dates arrive as serial numbers or Dates.
 */
export interface MasterSheetReader {
  listSheets(fileId: string): SheetGrid[];
  /** Row-major values of each block (trailing blanks may be missing). */
  readBlocks(fileId: string, blocks: readonly BlockRequest[]): RawCell[][][];
  /** Values of each column from its firstRow (trailing blanks may be missing). */
  readColumns(fileId: string, columns: readonly ColumnRequest[]): RawCell[][];
}

/** Cached snapshots (text values of any size; the adapter chunks them). */
export interface SnapshotStore {
  get(key: string): string | null;
  /**
   * False when the snapshot could not be stored (too large, cache full): not an error.
   * `alias`, when given, is a second key set to `key` in the same write, so a reader that cannot
   * compute `key` (a custom function: no Drive modifiedTime) finds the latest snapshot of a source.
   */
  put(key: string, text: string, alias?: string): boolean;
}

/** Writes an export: a tab in the working spreadsheet and an .xlsx in a Drive folder. */
export interface ExportWriter {
  /** Creates a new tab (tagged as the add-on's) and returns its final name. */
  writeTab(
    name: string,
    columns: readonly ExportColumn[],
    rows: readonly ExportCell[][],
  ): string;
  /** Saves an .xlsx with one sheet into the folder; returns its name and URL. */
  writeXlsx(
    folderId: string,
    fileName: string,
    sheetName: string,
    columns: readonly ExportColumn[],
    rows: readonly ExportCell[][],
  ): {name: string; url: string};
}

/** The current time (ms); the virtual clock in the emulator. */
export type Now = () => number;
