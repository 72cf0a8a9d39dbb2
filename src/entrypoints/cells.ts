// Shape handling for custom functions: Sheets passes a single value or a 2-D array (a range).

/** What Sheets passes to a custom function argument. */
export type Cell = string | number | boolean | Date | null;
export type CellInput = Cell | Cell[][];
export type CellOutput = Cell | Cell[][];

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
