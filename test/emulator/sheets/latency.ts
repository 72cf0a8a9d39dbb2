// Modeled durations of Sheets advanced-service (Sheets API v4) requests, citing their sources.
// Numbers with no published measurement say "assumption"; read them as orders of magnitude.

/** Sheets API values.batchGet: 10M cells in 45 s ~ 222k cells/s (docs/platform.md, tanaikech). */
export const BATCH_GET_CELLS_PER_MS = 222;
/** Round trip of one Sheets API request: assumption (~100 ms); batchGet stays nearly flat per extra range (docs/platform.md). */
export const SHEETS_API_CALL_MS = 100;
/** Extra cost per additional range in one batchGet: assumption (docs/platform.md says "nearly flat"). */
export const SHEETS_API_PER_RANGE_MS = 5;

/** A Sheets API values request over `ranges` ranges moving `cells` cells. */
export function sheetsApiMs(cells: number, ranges = 1): number {
  return Math.round(
    SHEETS_API_CALL_MS +
      SHEETS_API_PER_RANGE_MS * Math.max(0, ranges - 1) +
      cells / BATCH_GET_CELLS_PER_MS,
  );
}
