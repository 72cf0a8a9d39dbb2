// What happens when a user types into a playground cell: a value is stored; a formula calls the
// bundle's custom function in CUSTOM_FUNCTION mode with the cells it names, and its result spills.
import {boundRect, cellName, type BoundedRect} from './a1';
import {parseFormula, type FormulaArg} from './formula';
import {errorMessage, isDate} from './json-values';
import type {PlaygroundWorld} from './world-port';

/** A typed cell: its formula (null for a plain value), what it shows, and the error text if any. */
export interface CellEntry {
  row: number;
  column: number;
  formula: string | null;
  /** Values written from the cell on (one row and column for a plain value or an error). */
  values: unknown[][];
  error?: string;
}

/** Most cells one formula argument may pass (a whole 100,000-row column of one tab fits). */
export const MAX_ARGUMENT_CELLS = 1_000_000;

/**
 * Evaluates what was typed at (row, column) of sheet and writes what the cell shows into the
 * workbook, clearing the previous formula's spill first. Errors show as in Sheets (#NAME?, #REF!,
 * #ERROR!) with the reason in `error`.
 */
export function evaluateCell(
  world: PlaygroundWorld,
  sheet: string,
  row: number,
  column: number,
  input: string,
  previous: CellEntry | undefined,
): CellEntry {
  const {workbook} = world;
  if (previous) {
    const blank = previous.values.map(r => r.map(() => ''));
    workbook.write(sheet, row, column, blank);
  }
  const text = input.trim();
  if (!text.startsWith('=')) {
    const values = [[typedValue(input)]];
    workbook.write(sheet, row, column, values);
    return {row, column, formula: null, values};
  }
  const fail = (shown: string, error: string): CellEntry => {
    const values = [[shown]];
    workbook.write(sheet, row, column, values);
    return {row, column, formula: text, values, error};
  };
  const parsed = parseFormula(text);
  if (!parsed.ok) return fail('#ERROR!', parsed.message);
  const {call} = parsed;
  const name = world.addon
    .globalFunctions()
    .find(f => !f.endsWith('_') && f.toUpperCase() === call.name);
  if (!name) {
    return fail(
      '#NAME?',
      `Función desconocida: ${call.name}. Las del complemento son: ${world.customFunctions.join(', ')}.`,
    );
  }
  const args: unknown[] = [];
  for (const arg of call.args) {
    const value = argumentValue(world, sheet, row, column, arg);
    if (typeof value === 'object' && value !== null && 'problem' in value) {
      return fail('#REF!', (value as {problem: string}).problem);
    }
    args.push(value);
  }
  let result: unknown;
  try {
    result = world.addon.run(name, args, {mode: 'CUSTOM_FUNCTION'});
  } catch (e) {
    return fail('#ERROR!', errorMessage(e));
  }
  const values = shapeResult(result);
  const blocker = spillBlocker(world, sheet, row, column, values);
  if (blocker) {
    return fail(
      '#REF!',
      `El resultado no se expandió porque sobrescribiría datos en ${blocker}.`,
    );
  }
  try {
    workbook.write(sheet, row, column, values);
  } catch {
    // Sheets answers "#REF! Result was not automatically expanded, please insert more rows".
    return fail(
      '#REF!',
      `El resultado (${values.length} filas desde ${cellName(row, column)}) no cabe en la hoja "${sheet}": inserte más filas o columnas.`,
    );
  }
  return {row, column, formula: text, values};
}

/** A typed plain value: numbers and booleans as Sheets reads them, the rest as text. */
function typedValue(input: string): string | number | boolean {
  const t = input.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'VERDADERO') return true;
  if (upper === 'FALSE' || upper === 'FALSO') return false;
  return input;
}

/** The value Sheets passes for an argument: a cell's value, a 2-D array for a range, a literal. */
function argumentValue(
  world: PlaygroundWorld,
  sheet: string,
  row: number,
  column: number,
  arg: FormulaArg,
): unknown {
  if (arg.kind === 'empty') return undefined;
  if (arg.kind === 'literal') return arg.value;
  const target = arg.sheet ?? sheet;
  const info = world.workbook.sheets().find(s => s.name === target);
  if (!info) return {problem: `No hay una hoja llamada "${target}".`};
  // An explicit range is passed whole (blanks as ''); open ends (A2:A) stop at the last row or
  // column with data.
  const rect: BoundedRect = {
    row: arg.rect.row,
    column: arg.rect.column,
    lastRow: arg.rect.lastRow ?? Math.max(info.rows, arg.rect.row),
    lastColumn: arg.rect.lastColumn ?? Math.max(info.columns, arg.rect.column),
  };
  const cells =
    (rect.lastRow - rect.row + 1) * (rect.lastColumn - rect.column + 1);
  if (cells > MAX_ARGUMENT_CELLS) {
    return {
      problem: `El rango ${arg.text} tiene ${cells} celdas; el playground pasa como máximo ${MAX_ARGUMENT_CELLS}.`,
    };
  }
  if (
    target === sheet &&
    row >= rect.row &&
    row <= rect.lastRow &&
    column >= rect.column &&
    column <= rect.lastColumn
  ) {
    return {
      problem: `Referencia circular: ${arg.text} incluye la celda de la fórmula (${cellName(row, column)}).`,
    };
  }
  const values = readPadded(world, target, rect, info.rows, info.columns).map(
    r => r.map(v => intoRealm(world, v)),
  );
  if (values.length === 1 && values[0].length === 1) return values[0][0];
  return values;
}

/** Reads a rectangle, with '' for the part beyond the tab's data (Sheets passes blanks as ''). */
function readPadded(
  world: PlaygroundWorld,
  sheet: string,
  rect: BoundedRect,
  rows: number,
  columns: number,
): unknown[][] {
  const height = rect.lastRow - rect.row + 1;
  const width = rect.lastColumn - rect.column + 1;
  const inside = boundRect(rect, rows, columns);
  const data = inside ? world.workbook.read(sheet, inside) : [];
  const out: unknown[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const src = data[r];
    const line: unknown[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const v = src?.[c];
      line[c] = v === undefined || v === null ? '' : v;
    }
    out[r] = line;
  }
  return out;
}

/** Dates handed to the bundle must be Dates of its realm. */
function intoRealm(world: PlaygroundWorld, value: unknown): unknown {
  return isDate(value) ? world.emulator.date(value.getTime()) : value;
}

/** A custom function's result as rows: a scalar is one cell, a 1-D array a column. */
function shapeResult(result: unknown): unknown[][] {
  if (!Array.isArray(result)) return [[blankIfNone(result)]];
  if (result.length === 0) return [['']];
  if (!result.some(r => Array.isArray(r))) {
    return result.map(v => [blankIfNone(v)]);
  }
  const rows = result.map(r => (Array.isArray(r) ? r : [r]));
  let width = 1;
  for (const r of rows) width = Math.max(width, r.length);
  return rows.map(r => {
    const line = r.map(blankIfNone);
    while (line.length < width) line.push('');
    return line;
  });
}

function blankIfNone(v: unknown): unknown {
  return v === undefined || v === null ? '' : v;
}

/** The first non-blank cell, other than the anchor, that a spill would overwrite ("B3"), or null. */
function spillBlocker(
  world: PlaygroundWorld,
  sheet: string,
  row: number,
  column: number,
  values: unknown[][],
): string | null {
  const height = values.length;
  const width = values[0]?.length ?? 1;
  if (height === 1 && width === 1) return null;
  const info = world.workbook.sheets().find(s => s.name === sheet);
  if (!info) return null;
  const rect = {
    row,
    column,
    lastRow: row + height - 1,
    lastColumn: column + width - 1,
  };
  const current = readPadded(world, sheet, rect, info.rows, info.columns);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (r === 0 && c === 0) continue;
      const v = current[r][c];
      if (v !== '' && v !== null && v !== undefined)
        return cellName(row + r, column + c);
    }
  }
  return null;
}
