// Modeled durations of SpreadsheetApp calls, each constant citing its source (docs/platform.md, "Measured speed").
//
// Numbers with no published measurement say "assumption"; read them as orders of magnitude.

/** SpreadsheetApp.getValues: 1,000,000 x 10 cells in 85 s ~ 118k cells/s (docs/platform.md, tanaikech). */
export const GET_VALUES_CELLS_PER_MS = 118;
/** A single-cell read or write on a 10M-cell sheet: 0.2-0.3 s (docs/platform.md); 250 ms at 10M cells. */
export const SINGLE_CELL_MS_AT_10M = 250;
/** Round trip of a SpreadsheetApp call on a small sheet: assumption (~20 ms). */
export const SPREADSHEET_CALL_MS = 20;
/** setValues throughput: assumption, same order as reads (118k cells/s). */
export const SET_VALUES_CELLS_PER_MS = 118;
/** SpreadsheetApp.flush: "every flush() is costly" (docs/platform.md); 100 ms is an assumption. */
export const FLUSH_MS = 100;
/** Metadata getters (getName, getSheets, getMaxRows...): assumption, cheap but logged. */
export const METADATA_MS = 2;
/** Structural changes (insertSheet, deleteSheet, hideSheet, protect): assumption. */
export const STRUCTURE_MS = 150;

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
