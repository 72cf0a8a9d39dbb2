// Colombian NIT handling: parsing the ways NITs arrive in sheets and the DIAN check digit (DV).

/** DIAN weights, applied from the rightmost digit of the NIT leftwards. */
const WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** Longest NIT body the DIAN weights cover. */
export const MAX_NIT_DIGITS = WEIGHTS.length;

/**
 * The DIAN check digit (dígito de verificación) of a NIT body given as digits only.
 * r = sum(digit x weight) mod 11; DV = r when r is 0 or 1, else 11 - r.
 */
export function checkDigit(nitDigits: string): number {
  if (!/^\d+$/.test(nitDigits) || nitDigits.length > MAX_NIT_DIGITS) {
    throw new RangeError(`Not a NIT body: ${nitDigits}`);
  }
  let sum = 0;
  for (let i = 0; i < nitDigits.length; i++) {
    const digit = nitDigits.charCodeAt(nitDigits.length - 1 - i) - 48;
    sum += digit * WEIGHTS[i];
  }
  const r = sum % 11;
  return r <= 1 ? r : 11 - r;
}

/** A NIT as read from a cell: its digits, and the DV when the cell carried one. */
export interface ParsedNit {
  body: string;
  dv: number | null;
}

/** Why a cell could not be read as a NIT (English code; callers word it in Spanish). */
export type NitProblem = 'empty' | 'not-a-number' | 'too-long';

export type NitParse =
  {ok: true; nit: ParsedNit} | {ok: false; problem: NitProblem};

/**
 * Reads a NIT the way it arrives in the Master: a number (800062591), a float or its text
 * ("800062591.0"), text with dots/spaces and an optional "-DV" ("900.206.480-2").
 * A bare number is taken as the body without DV.
 */
export function parseNit(value: unknown): NitParse {
  if (value === null || value === undefined)
    return {ok: false, problem: 'empty'};
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
      return {ok: false, problem: 'not-a-number'};
    }
    return bodyOnly(String(value));
  }
  if (typeof value !== 'string') return {ok: false, problem: 'not-a-number'};
  const text = value.trim();
  if (text === '') return {ok: false, problem: 'empty'};
  const float = /^(\d+)\.0+$/.exec(text);
  if (float) return bodyOnly(float[1]);
  const m = /^(\d{1,3}(?:[.\s]\d{3})+|\d+)\s*(?:-\s*(\d))?$/.exec(text);
  if (!m) return {ok: false, problem: 'not-a-number'};
  const body = m[1].replace(/[.\s]/g, '');
  const parsed = bodyOnly(body);
  if (!parsed.ok || m[2] === undefined) return parsed;
  return {ok: true, nit: {body: parsed.nit.body, dv: Number(m[2])}};
}

function bodyOnly(digits: string): NitParse {
  const body = digits.replace(/^0+(?=\d)/, '');
  if (body.length > MAX_NIT_DIGITS) return {ok: false, problem: 'too-long'};
  return {ok: true, nit: {body, dv: null}};
}

/** True when the NIT carries a DV and it is the right one. */
export function hasValidDv(nit: ParsedNit): boolean {
  return nit.dv !== null && checkDigit(nit.body) === nit.dv;
}

/** "900206480-2": the body with its computed DV, the way DIAN prints it. */
export function formatNitWithDv(body: string): string {
  return `${body}-${checkDigit(body)}`;
}

/** "el DV correcto es 9" when the NIT carries a DV that is not its own; null otherwise. */
export function wrongDvText(nit: ParsedNit): string | null {
  if (nit.dv === null || hasValidDv(nit)) return null;
  return `el DV correcto es ${checkDigit(nit.body)}`;
}

/**
 * The NIT a body would be if its last digit were the DV typed without a dash ("8531874175" is
 * 853187417 with DV 5), or null when that last digit is not the right DV for the rest.
 */
export function dashlessDvReading(nit: ParsedNit): ParsedNit | null {
  if (nit.dv !== null || nit.body.length < 2) return null;
  const body = nit.body.slice(0, -1);
  const dv = Number(nit.body.slice(-1));
  return checkDigit(body) === dv ? {body, dv} : null;
}
