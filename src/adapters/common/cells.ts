// Cells between the add-on and SpreadsheetApp: what it means turned into what setValues is given
// (the one place every written cell passes), and getValues' Dates read in their spreadsheet's zone.
import {textCell} from '../../domain/kernel/cell-text';
import type {RawCell} from '../../domain/kernel/cell-values';
import {instantOfDay, serialOfInstant} from '../../domain/kernel/day';

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

/** The Date to write for a calendar day so a spreadsheet in `zone` shows that day. */
export function dateCell(day: number, zone: string): Date {
  return new Date(instantOfDay(day, zone));
}

/**
 * Cells read with getValues as the domain reads them: a Date becomes the serial number of its
 * wall clock in the spreadsheet's zone (getValues gives the instant of that zone's midnight), the
 * same as the Sheets API's SERIAL_NUMBER; the rest as it is.
 */
export function readCells(values: unknown[][], zone: string): RawCell[][] {
  const out: RawCell[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const cells: RawCell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      cells[c] =
        Object.prototype.toString.call(v) === '[object Date]'
          ? serialOfInstant((v as Date).getTime(), zone)
          : (v as RawCell);
    }
    out[r] = cells;
  }
  return out;
}
