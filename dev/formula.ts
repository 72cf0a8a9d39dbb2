// Parses what a user types into a playground cell: "=NAME(arg; arg)" with ranges, numbers, text, booleans.
import {parseA1, type CellRect} from './a1';

/** A range argument: an A1 rectangle, optionally on another tab ('Hoja 1'!A2:A10). */
export interface RangeArg {
  kind: 'range';
  sheet: string | null;
  rect: CellRect;
  text: string;
}

/** A literal argument as Sheets would pass it. */
export interface LiteralArg {
  kind: 'literal';
  value: string | number | boolean;
}

/** An omitted optional argument (=F(A1;;2)): the function receives undefined. */
export interface EmptyArg {
  kind: 'empty';
}

export type FormulaArg = RangeArg | LiteralArg | EmptyArg;

/** A call of one function with plain arguments: what the playground can evaluate. */
export interface FormulaCall {
  name: string;
  args: FormulaArg[];
}

/** The parse result: a call, or a Spanish explanation of why the text is not one. */
export type ParsedFormula =
  {ok: true; call: FormulaCall} | {ok: false; message: string};

const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE_WORDS = new Set(['TRUE', 'VERDADERO']);
const FALSE_WORDS = new Set(['FALSE', 'FALSO']);

/**
 * Parses "=NIT_DV(A2:A10)" or "=FACTURADO(A2; \"2025-01-01\"; ; \"COP\")". Arguments are separated
 * by ";" (es-CO) or ","; nested calls and operators are not supported (the message says so).
 */
export function parseFormula(input: string): ParsedFormula {
  const text = input.trim();
  if (!text.startsWith('=')) {
    return {ok: false, message: 'Una fórmula empieza con "=".'};
  }
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) {
    return {
      ok: false,
      message: `"${text}" no es una llamada a función: escriba =NOMBRE(argumentos), por ejemplo =NIT_DV(A2).`,
    };
  }
  const name = text.slice(1, open).trim();
  if (!NAME.test(name)) {
    return {ok: false, message: `"${name}" no es un nombre de función.`};
  }
  const pieces = splitArgs(text.slice(open + 1, -1));
  if (!pieces.ok) return pieces;
  const args: FormulaArg[] = [];
  for (const piece of pieces.parts) {
    const arg = parseArg(piece);
    if ('message' in arg) return {ok: false, message: arg.message};
    args.push(arg);
  }
  // "=F()" has no arguments, not one empty one.
  if (args.length === 1 && args[0].kind === 'empty') args.length = 0;
  return {ok: true, call: {name: name.toUpperCase(), args}};
}

function splitArgs(
  body: string,
): {ok: true; parts: string[]} | {ok: false; message: string} {
  const parts: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) {
      current += ch;
      if (ch === quote) {
        // A doubled quote is an escaped quote inside the string.
        if (body[i + 1] === quote) {
          current += body[++i];
        } else {
          quote = null;
        }
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ';' || ch === ',') {
      parts.push(current.trim());
      current = '';
    } else if (ch === '(' || ch === ')') {
      return {
        ok: false,
        message:
          'El playground evalúa una sola función con rangos o valores como argumentos; no admite funciones anidadas ni paréntesis.',
      };
    } else {
      current += ch;
    }
  }
  if (quote) return {ok: false, message: 'Falta cerrar unas comillas.'};
  parts.push(current.trim());
  return {ok: true, parts};
}

function parseArg(piece: string): FormulaArg | {message: string} {
  if (piece === '') return {kind: 'empty'};
  if (piece.startsWith('"')) {
    if (!piece.endsWith('"') || piece.length < 2) {
      return {message: `Texto mal cerrado: ${piece}`};
    }
    return {kind: 'literal', value: piece.slice(1, -1).replace(/""/g, '"')};
  }
  if (NUMBER.test(piece)) return {kind: 'literal', value: Number(piece)};
  const upper = piece.toUpperCase();
  if (TRUE_WORDS.has(upper)) return {kind: 'literal', value: true};
  if (FALSE_WORDS.has(upper)) return {kind: 'literal', value: false};
  const bang = piece.lastIndexOf('!');
  let sheet: string | null = null;
  let ref = piece;
  if (bang >= 0) {
    const rawSheet = piece.slice(0, bang).trim();
    ref = piece.slice(bang + 1);
    sheet =
      rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length > 1
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
    if (sheet === '')
      return {message: `Falta el nombre de la hoja en ${piece}`};
  }
  const rect = parseA1(ref);
  if (!rect) {
    return {
      message: `"${piece}" no es un rango (A2, A2:A100, 'Hoja'!B2:C9), un número, un texto entre comillas ni VERDADERO/FALSO.`,
    };
  }
  return {kind: 'range', sheet, rect, text: piece};
}
