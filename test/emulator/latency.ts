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
/**
 * PropertiesService getProperty ~30 ms, setProperty ~62 ms (means of 100 runs, script and user
 * stores: Luis Peralta, "Google Apps Script APIs performance", https://ziritione.org/post/apps_script_performance;
 * Justin Poehnelt, "Storage Wars: CacheService vs. PropertiesService vs. Firestore Benchmarks",
 * https://justin.poehnelt.com/posts/apps-script-key-value-stores: ~80 ms a write+read of 100 bytes).
 */
export const PROPERTIES_READ_MS = 30;
export const PROPERTIES_WRITE_MS = 62;
/**
 * CacheService put ~57-92 ms, get ~20 ms (3-4 ms in one series), remove ~90 ms (mitonattou919,
 * https://qiita.com/mitonattou919/items/a0fdd1a9e4559ee4a512: put 56-57, get 20-23, remove 88-90
 * for tiny and 100 KB values; ziritione.org above: put 92-93, get 3-4); the stricter figure of
 * each is used. Limits: Justin Poehnelt, "Exploring Apps Script CacheService Limits",
 * https://justin.poehnelt.com/posts/exploring-apps-script-cacheservice-limits.
 */
export const CACHE_GET_MS = 20;
export const CACHE_PUT_MS = 92;
export const CACHE_REMOVE_MS = 90;
/**
 * Size part of a cache or properties call: ASSUMPTION, 1 ms per 10 KB moved plus 1 ms per extra
 * key of a getAll/putAll/removeAll/setProperties (the published series saw no clear growth up to
 * 100 KB, so this stays within their noise).
 */
export const STORE_BYTES_PER_MS = 10 * 1024;
export const STORE_PER_KEY_MS = 1;

/** A CacheService / PropertiesService call: a fixed round trip plus the (assumed) size part. */
export function keyValueMs(baseMs: number, bytes: number, keys = 1): number {
  return (
    baseMs +
    Math.floor(bytes / STORE_BYTES_PER_MS) +
    STORE_PER_KEY_MS * Math.max(0, keys - 1)
  );
}
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
