// Every global starts a fresh run scope: values memoised for one execution are forgotten first.
import {startRun} from '../adapters/common/run-memo';

type Fn = (...args: never[]) => unknown;

/** The same functions, each calling startRun() before it runs (arity kept for the stubs). */
export function inRunScope<T extends Record<string, unknown>>(api: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== 'function') {
      out[name] = value;
      continue;
    }
    const fn = value as Fn;
    const wrapped = function (this: unknown, ...args: Parameters<Fn>) {
      startRun();
      return fn.apply(this, args);
    };
    Object.defineProperty(wrapped, 'length', {value: fn.length});
    out[name] = wrapped;
  }
  return out as T;
}
