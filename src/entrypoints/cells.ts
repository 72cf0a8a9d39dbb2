// Shape handling for custom functions: Sheets passes a single value or a 2-D array (a range); its
// Date cells become the day they show (dd/mm/yyyy in the spreadsheet's zone) before anything reads them.
import {dayOfInstant} from '../domain/kernel/day';
import {formatDay} from '../domain/kernel/format';
import {hostSpreadsheet} from '../adapters/common/spreadsheets';

/** A cell as the functions read it (a date as the dd/mm/yyyy text of its day). */
export type Cell = string | number | boolean | null;
export type CellInput = Cell | Cell[][];
export type CellOutput = Cell | Cell[][];
/** What Sheets passes to a custom function argument: Dates for date cells. */
export type SheetCell = Cell | Date;
export type SheetInput = SheetCell | SheetCell[][];

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * An argument with its Dates turned into the dd/mm/yyyy of their day in the spreadsheet's zone
 * (read only when a Date is there): a custom function's Date is that zone's midnight, not
 * Bogotá's. Dates parse back as that day (cell-values parseDate) and are quoted as the cell shows.
 */
export function fromSheet(
  input: SheetInput | undefined,
): CellInput | undefined {
  let zone: string | null = null;
  const cell = (v: SheetCell): Cell => {
    if (!isDate(v)) return v;
    zone ??= hostSpreadsheet().getSpreadsheetTimeZone();
    return formatDay(dayOfInstant(v.getTime(), zone));
  };
  if (input === undefined) return undefined;
  return Array.isArray(input) ? input.map(row => row.map(cell)) : cell(input);
}

/** Applies fn to one value, or to every cell of a range keeping its shape. */
export function mapCells(
  input: CellInput,
  fn: (value: Cell) => Cell,
): CellOutput {
  if (!Array.isArray(input)) return fn(input);
  const out: Cell[][] = new Array(input.length);
  for (let r = 0; r < input.length; r++) {
    const row = input[r];
    const mapped: Cell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) mapped[c] = fn(row[c]);
    out[r] = mapped;
  }
  return out;
}

/**
 * Applies fn cell by cell to a main argument and an optional second one that is either a single
 * value (used for every cell) or a range of the same shape as the main argument.
 */
export function zipCells(
  main: CellInput,
  other: CellInput | undefined,
  fn: (value: Cell, otherValue: Cell | undefined) => Cell,
): CellOutput {
  if (!Array.isArray(other)) return mapCells(main, value => fn(value, other));
  if (!Array.isArray(main)) return fn(main, other[0]?.[0]);
  if (
    other.length !== main.length ||
    other.some((row, r) => row.length !== main[r].length)
  ) {
    return 'Error: los dos rangos deben tener el mismo tamaño';
  }
  const out: Cell[][] = new Array(main.length);
  for (let r = 0; r < main.length; r++) {
    const row = main[r];
    const mapped: Cell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) mapped[c] = fn(row[c], other[r][c]);
    out[r] = mapped;
  }
  return out;
}
