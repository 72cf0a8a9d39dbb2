// A1 notation for the playground's HTTP API and formulas ("B2", "A1:Z50", "A:C", "3:10"): the emulator's A1 module with the API's rectangles on top.
import {
  a1For,
  columnLetters,
  columnNumber,
  parseA1 as parseRange,
} from '../test/emulator/spreadsheet/a1';

export {columnLetters, columnNumber};

/** A rectangle of cells, 1-based and inclusive; null ends mean "to the sheet's edge". */
export interface CellRect {
  row: number;
  column: number;
  lastRow: number | null;
  lastColumn: number | null;
}

/** A rectangle with every edge known. */
export interface BoundedRect {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}

/** "B2" for row 2, column 2. */
export function cellName(row: number, column: number): string {
  return a1For(row, column, 1, 1);
}

/** "A1:C3" (or "A1" for one cell) for a bounded rectangle. */
export function rectName(rect: BoundedRect): string {
  return a1For(
    rect.row,
    rect.column,
    rect.lastRow - rect.row + 1,
    rect.lastColumn - rect.column + 1,
  );
}

/**
 * Parses an A1 range without a sheet name, corners put in order. Returns null when it is not A1
 * notation. "A1", "A1:B2", "A:B" (whole columns), "2:5" (whole rows), "A2:B" (to the last row).
 */
export function parseA1(text: string): CellRect | null {
  const r = parseRange(text);
  if (!r || r.sheetName !== undefined) return null;
  // "A1:5" (a cell to a row) is no rectangle the API takes.
  if (r.column !== undefined && r.lastColumn === undefined) return null;
  const rect = {
    row: r.row ?? 1,
    column: r.column ?? 1,
    lastRow: r.lastRow ?? null,
    lastColumn: r.lastColumn ?? null,
  };
  const swapRows = rect.lastRow !== null && rect.lastRow < rect.row;
  const swapCols = rect.lastColumn !== null && rect.lastColumn < rect.column;
  return {
    row: swapRows ? rect.lastRow! : rect.row,
    lastRow: swapRows ? rect.row : rect.lastRow,
    column: swapCols ? rect.lastColumn! : rect.column,
    lastColumn: swapCols ? rect.column : rect.lastColumn,
  };
}

/** Fills open edges with the sheet's extent and clips to it; null when nothing is left. */
export function boundRect(
  rect: CellRect,
  rows: number,
  columns: number,
): BoundedRect | null {
  const lastRow = Math.min(rect.lastRow ?? rows, rows);
  const lastColumn = Math.min(rect.lastColumn ?? columns, columns);
  if (rect.row > lastRow || rect.column > lastColumn) return null;
  return {row: rect.row, column: rect.column, lastRow, lastColumn};
}
