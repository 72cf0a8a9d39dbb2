// Schemas of what Sheets passes to a custom function: one cell value, or a range as rows of cells.
import * as v from 'valibot';

/** Sheets holds at most 50,000 characters in a cell. */
const MAX_CELL_TEXT = 50_000;

/** A Date from Sheets (checked by its tag: a Date of another realm is a Date too). */
const dateCell = v.custom<Date>(
  x => Object.prototype.toString.call(x) === '[object Date]',
  'una fecha',
);

/** One cell's value: text, number, TRUE/FALSE, a date, or empty. */
export const CellSchema = v.union(
  [
    v.pipe(
      v.string(),
      v.maxLength(
        MAX_CELL_TEXT,
        `un texto de a lo sumo ${MAX_CELL_TEXT} caracteres`,
      ),
    ),
    v.number(),
    v.boolean(),
    dateCell,
    v.null(),
  ],
  'el valor de una celda (texto, número, VERDADERO/FALSO o fecha)',
);

/** A custom function's argument: one value or a range (rows of cells). */
export const CellInputSchema = v.lazy(input =>
  Array.isArray(input)
    ? v.array(v.array(CellSchema, 'una fila de celdas'))
    : CellSchema,
) as v.GenericSchema<unknown, Cell | Cell[][]>;

type Cell = v.InferOutput<typeof CellSchema>;

/** An optional argument left out of the formula. */
export const OptionalCellInputSchema = v.optional(CellInputSchema);
