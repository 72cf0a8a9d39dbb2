// A1 notation: parse "B3", "C4:C", "'Tab name'!A1:B2", "A:A", "3:5" and write coordinates back; the one A1 module of the emulator and the playground (dev/a1.ts, dev/page/grid.ts).

/** A parsed A1 range; open ends (C4:C, A:A) have undefined bounds filled by the sheet's grid. */
export interface A1Range {
  sheetName?: string;
  row?: number;
  column?: number;
  lastRow?: number;
  lastColumn?: number;
}

/** 1-based column number to letters (1 -> A, 27 -> AA). */
export function columnLetters(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to a 1-based column number (A -> 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseCell(s: string): {row?: number; column?: number} | null {
  const m = CELL.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  return {
    column: m[1] ? columnNumber(m[1]) : undefined,
    row: m[2] ? Number(m[2]) : undefined,
  };
}

/** Splits "'It''s'!A1" into the sheet name and the cell part. */
export function splitSheet(a1: string): {sheetName?: string; cells: string} {
  const t = a1.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'" && t[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (t[i] === "'") break;
      else name += t[i++];
    }
    const rest = t.slice(i + 1);
    if (!rest.startsWith('!')) return {sheetName: name, cells: ''};
    return {sheetName: name, cells: rest.slice(1)};
  }
  const bang = t.lastIndexOf('!');
  if (bang < 0) return {cells: t};
  return {sheetName: t.slice(0, bang), cells: t.slice(bang + 1)};
}

/** Parses A1 notation; null when it is not valid. A bare sheet name means the whole sheet. */
export function parseA1(a1: string): A1Range | null {
  const {sheetName, cells} = splitSheet(a1);
  if (!cells) return sheetName !== undefined ? {sheetName} : null;
  const [a, b, extra] = cells.split(':');
  if (extra !== undefined) return null;
  const start = parseCell(a);
  if (!start) return null;
  const end = b === undefined ? start : parseCell(b);
  if (!end) return null;
  // "A5:B" style: the end may be open on rows; "3:5" is open on columns.
  if (
    b === undefined &&
    (start.row === undefined || start.column === undefined)
  )
    return null;
  const r: A1Range = {
    sheetName,
    row: start.row,
    column: start.column,
    lastRow: end.row,
    lastColumn: end.column,
  };
  if (r.row === undefined && r.lastRow !== undefined) return null;
  if (r.column === undefined && r.lastColumn !== undefined) return null;
  if (r.row === 0 || r.lastRow === 0) return null;
  return r;
}

/** Quotes a sheet name for A1 when needed, as the Sheets API does ('Tab name'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "A1" or "A1:C3" for a rectangle. */
export function a1For(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
