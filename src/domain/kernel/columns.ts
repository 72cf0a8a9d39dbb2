// Spreadsheet column letters and A1 ranges with quoted sheet names, as the add-on writes them.
// The emulator and the playground share their own A1 module (test/emulator/spreadsheet/a1.ts) and
// src never imports it: the emulator judges the add-on, so the two share no code that could be
// wrong in the same way.

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
