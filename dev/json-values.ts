// Turns values from the add-on's realm into JSON: cell values (dates as ISO) and google.script.run results.

/** A JSON value. */
export type Json =
  null | boolean | number | string | Json[] | {[k: string]: Json};

/** A cell value on the wire: dates become ISO strings, blanks ''. */
export type CellJson = string | number | boolean;

/** True for a Date of any realm (the bundle runs in node:vm, so instanceof fails). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** One cell as JSON: Date -> ISO string (or '' when invalid), null/undefined -> '', NaN -> '#NUM!'. */
export function cellToJson(value: unknown): CellJson {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : '#NUM!';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** A 2-D array of cells as JSON. */
export function gridToJson(values: unknown[][]): CellJson[][] {
  return values.map(row => row.map(cellToJson));
}

/** Why a value cannot cross google.script.run, with where in it (e.g. "result.rows[3].date"). */
export class NotTransportable extends Error {
  constructor(
    readonly path: string,
    readonly what: string,
  ) {
    super(`${path} es ${what}`);
  }
}

/**
 * Checks a server function's return value the way google.script.run does: primitives, null,
 * arrays and plain objects only. A Date, function or class instance throws NotTransportable
 * (on Google's servers the success handler would silently receive null instead).
 * undefined becomes null, as on the platform.
 */
export function toTransportable(value: unknown, path = 'result'): Json {
  if (value === undefined || value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'function':
      throw new NotTransportable(path, 'una función');
    case 'bigint':
    case 'symbol':
      throw new NotTransportable(path, `un ${typeof value}`);
  }
  if (isDate(value)) throw new NotTransportable(path, 'un Date');
  if (Array.isArray(value)) {
    return value.map((v: unknown, i) => toTransportable(v, `${path}[${i}]`));
  }
  const proto: unknown = Object.getPrototypeOf(value);
  const plain =
    proto === null ||
    (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
  if (!plain) {
    throw new NotTransportable(path, 'un objeto que no es simple (clase)');
  }
  const out: {[k: string]: Json} = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = toTransportable(v, `${path}.${k}`);
  }
  return out;
}

/** The message of an error from any realm (the bundle's errors are not this realm's Error). */
export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) {
    return String((e as {message: unknown}).message);
  }
  return String(e);
}
