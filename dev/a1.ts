// A1 notation for the playground's HTTP API and formulas: "B2", "A1:Z50", "A:C", "3:10".

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

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 1, "AA" -> 27 (case-insensitive). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2" for row 2, column 2. */
export function cellName(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "A1:C3" (or "A1" for one cell) for a bounded rectangle. */
export function rectName(rect: BoundedRect): string {
  const start = cellName(rect.row, rect.column);
  if (rect.row === rect.lastRow && rect.column === rect.lastColumn)
    return start;
  return `${start}:${cellName(rect.lastRow, rect.lastColumn)}`;
}

/**
 * Parses an A1 range without a sheet name. Returns null when it is not A1 notation.
 * "A1", "A1:B2", "A:B" (whole columns), "2:5" (whole rows), "A2:B" (to the last row).
 */
export function parseA1(text: string): CellRect | null {
  const parts = text.trim().split(':');
  if (parts.length > 2 || parts.some(p => p === '')) return null;
  const ends = parts.map(p => CELL.exec(p));
  if (ends.some(m => !m || (!m[1] && !m[2]))) return null;
  const [c1, r1] = [ends[0]![1], ends[0]![2]];
  const [c2, r2] = [ends[ends.length - 1]![1], ends[ends.length - 1]![2]];
  const full = (c?: string, r?: string) => Boolean(c && r);
  let rect: CellRect;
  if (full(c1, r1) && full(c2, r2)) {
    rect = {
      row: Number(r1),
      column: columnNumber(c1!),
      lastRow: Number(r2),
      lastColumn: columnNumber(c2!),
    };
  } else if (parts.length === 1) {
    return null;
  } else if (c1 && c2 && !r2) {
    // "A:C" whole columns, or "A2:C" from row 2 down.
    rect = {
      row: r1 ? Number(r1) : 1,
      column: columnNumber(c1),
      lastRow: null,
      lastColumn: columnNumber(c2),
    };
  } else if (!c1 && !c2 && r1 && r2) {
    rect = {row: Number(r1), column: 1, lastRow: Number(r2), lastColumn: null};
  } else {
    return null;
  }
  if (rect.row < 1 || (rect.lastRow !== null && rect.lastRow < 1)) return null;
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
