// Every global answers Google's failures in Spanish: what retries did not overcome (a rate limit,
// a busy server, a daily quota) reaches the user as one sentence saying what to do.
import {classifyGoogleError, userMessage} from '../app/google-errors';

type Fn = (...args: never[]) => unknown;

/** fn, with a Google failure rethrown as an Error carrying userMessage; other errors unchanged. */
function inSpanish<F extends Fn>(fn: F): F {
  const wrapped = function (this: unknown, ...args: Parameters<F>) {
    try {
      return fn.apply(this, args);
    } catch (e) {
      if (classifyGoogleError(e) === 'permanent') throw e;
      throw new Error(userMessage(e));
    }
  };
  // The generated stubs and Sheets' argument hints rely on each function's arity.
  Object.defineProperty(wrapped, 'length', {value: fn.length});
  return wrapped as unknown as F;
}

/** The same functions, each wrapped by inSpanish (the object build/Code.js exposes). */
export function answeringInSpanish<T extends Record<string, unknown>>(
  api: T,
): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api))
    out[name] = typeof value === 'function' ? inSpanish(value as Fn) : value;
  return out as T;
}
