// The emulator's latency model: modeled milliseconds per service call, each constant citing its source.
//
// Sources are in docs/platform.md ("Measured speed", tanaikech 2018-2023). Numbers with no
// published measurement say "assumption"; they exist so that call counts and cells moved carry a
// plausible cost, and should be read as orders of magnitude, not predictions.

/** SpreadsheetApp.getValues: 1,000,000 x 10 cells in 85 s ~ 118k cells/s (docs/platform.md, tanaikech). */
export const GET_VALUES_CELLS_PER_MS = 118;
/** Sheets API values.batchGet: 10M cells in 45 s ~ 222k cells/s (docs/platform.md, tanaikech). */
export const BATCH_GET_CELLS_PER_MS = 222;
/** A single-cell read or write on a 10M-cell sheet: 0.2-0.3 s (docs/platform.md); 250 ms at 10M cells. */
export const SINGLE_CELL_MS_AT_10M = 250;
/** Round trip of a SpreadsheetApp call on a small sheet: assumption (~20 ms). */
export const SPREADSHEET_CALL_MS = 20;
/** setValues throughput: assumption, same order as reads (118k cells/s). */
export const SET_VALUES_CELLS_PER_MS = 118;
/** Round trip of one Sheets API request: assumption (~100 ms); batchGet stays nearly flat per extra range (docs/platform.md). */
export const SHEETS_API_CALL_MS = 100;
/** Extra cost per additional range in one batchGet: assumption (docs/platform.md says "nearly flat"). */
export const SHEETS_API_PER_RANGE_MS = 5;
/** SpreadsheetApp.flush: "every flush() is costly" (docs/platform.md); 100 ms is an assumption. */
export const FLUSH_MS = 100;
/** Metadata getters (getName, getSheets, getMaxRows...): assumption, cheap but logged. */
export const METADATA_MS = 2;
/** Structural changes (insertSheet, deleteSheet, hideSheet, protect): assumption. */
export const STRUCTURE_MS = 150;
/** PropertiesService read / write: assumption (~10 / ~30 ms). */
export const PROPERTIES_READ_MS = 10;
export const PROPERTIES_WRITE_MS = 30;
/** CacheService get / put: assumption (~5 ms). */
export const CACHE_MS = 5;
/** LockService acquire / release: assumption (~10 ms). */
export const LOCK_MS = 10;
/** ScriptApp trigger create/list/delete: assumption (~200 ms). */
export const TRIGGER_MS = 200;
/** MailApp.sendEmail: assumption (~500 ms). */
export const MAIL_MS = 500;
/** HtmlService file/template reads: assumption (~5 ms). */
export const HTML_MS = 5;
/** Utilities.zip/unzip throughput: assumption, 50 MB/s. */
export const ZIP_BYTES_PER_MS = 50_000;

/**
 * A SpreadsheetApp read or write of `cells` cells on a sheet holding `sheetCells` cells: a fixed
 * round trip growing towards 250 ms on a 10M-cell sheet, plus throughput.
 */
export function spreadsheetCallMs(
  cells: number,
  sheetCells: number,
  cellsPerMs: number = GET_VALUES_CELLS_PER_MS,
): number {
  const base =
    SPREADSHEET_CALL_MS +
    ((SINGLE_CELL_MS_AT_10M - SPREADSHEET_CALL_MS) *
      Math.min(sheetCells, 10_000_000)) /
      10_000_000;
  return Math.round(base + cells / cellsPerMs);
}

/** A Sheets API values request over `ranges` ranges moving `cells` cells. */
export function sheetsApiMs(cells: number, ranges = 1): number {
  return Math.round(
    SHEETS_API_CALL_MS +
      SHEETS_API_PER_RANGE_MS * Math.max(0, ranges - 1) +
      cells / BATCH_GET_CELLS_PER_MS,
  );
}
