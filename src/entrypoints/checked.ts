// Every global with its arguments checked first (signatures.ts): a bad one never reaches the code.
// A sidebar call is refused with a UserError; a custom function answers the cell's "Error: ..." text.
import {parseArguments, UserError, type Parameter} from './arguments';
import {SHEET_FUNCTIONS, SIGNATURES} from './signatures';
import {beginOutputs} from '../adapters/common/outputs';
import {loadSettings} from './compose/settings';

/** Each call is a new execution on the platform: the outputs' workbook is decided afresh. */
const settingsChoice = () => loadSettings().outputWorkbook;

type Fn = (...args: unknown[]) => unknown;
type Signature = ReadonlyArray<Parameter<unknown>>;

function checked(name: string, fn: Fn, parameters: Signature): Fn {
  const sheet = SHEET_FUNCTIONS.has(name);
  const wrapped = function (this: unknown, ...args: unknown[]) {
    let parsed: unknown[];
    try {
      parsed = parseArguments(name, parameters, args);
    } catch (e) {
      if (sheet && e instanceof UserError) return `Error: ${e.message}`;
      throw e;
    }
    beginOutputs(settingsChoice);
    return fn.apply(this, parsed);
  };
  // The generated stubs and Sheets' argument hints rely on each function's arity.
  Object.defineProperty(wrapped, 'length', {value: fn.length});
  return wrapped;
}

/** The same functions, each checking its arguments against SIGNATURES before it runs. */
export function checkingArguments<
  T extends {[K in keyof typeof SIGNATURES]: unknown},
>(api: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    const signatures = SIGNATURES as Record<string, Signature>;
    out[name] = checked(name, value as Fn, signatures[name]);
  }
  return out as T;
}
