// Spreadsheet column letters and A1 ranges with quoted sheet names.

/** 1 -> "A", 27 -> "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "'Relacion facturas mandato'!K4:K100003" (quotes doubled inside the name). */
export function a1Range(
  sheet: string,
  firstRow: number,
  firstColumn: number,
  lastRow: number,
  lastColumn: number,
): string {
  const name = `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(firstColumn)}${firstRow}:${columnLetter(lastColumn)}${lastRow}`;
}
