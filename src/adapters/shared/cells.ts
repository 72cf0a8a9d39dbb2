// What the add-on means, turned into what setValues is given: the one place every written cell passes.
import {textCell} from '../../domain/kernel/cell-text';

/** A cell as the add-on means it: text, a number (money, count, row), a Date, or blank. */
export type MeantCell = string | number | Date | null | undefined;
/** What Range.setValues / appendRow receive. */
export type SheetCell = string | number | Date;

/**
 * One cell for setValues: text behind an apostrophe (Sheets parses written text as if typed, so
 * "sep-2025", "1.234" or "=HYPERLINK(...)" would otherwise become a date, a number or a formula),
 * numbers and Dates as they are, blanks as ''.
 */
export function sheetCell(value: MeantCell): SheetCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return textCell(value);
  return value;
}

/** A grid for setValues, cell by cell through sheetCell. */
export function sheetRows(
  rows: ReadonlyArray<ReadonlyArray<MeantCell>>,
): SheetCell[][] {
  const out: SheetCell[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells: SheetCell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) cells[c] = sheetCell(row[c]);
    out[r] = cells;
  }
  return out;
}
