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
