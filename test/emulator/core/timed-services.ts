// Wraps the service globals so that the time the bundle spends inside any service method (the
// emulator's own work) is told apart from the bundle's own CPU time (core/cpu.ts).
import type {CpuMeter} from './cpu';

type AnyFn = (...args: unknown[]) => unknown;

/**
 * Returns the globals with every service object and method behind a Proxy that calls
 * meter.enter()/exit() around each method call. Data (arrays, plain records, Dates, Errors) is
 * passed as is; arguments are unwrapped so the emulator always sees its own objects.
 */
export function timeServices(
  services: Record<string, unknown>,
  meter: CpuMeter,
): Record<string, unknown> {
  const proxies = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();

  const unwrap = (v: unknown): unknown =>
    v !== null && (typeof v === 'object' || typeof v === 'function')
      ? (targets.get(v) ?? v)
      : v;
  const unwrapDeep = (v: unknown): unknown => {
    if (Array.isArray(v))
      return v.length <= 10_000 && v.some(e => isProxy(e)) ? v.map(unwrap) : v;
    if (v !== null && typeof v === 'object' && !targets.has(v) && isPlain(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (
        !keys.some(
          k =>
            isProxy(o[k]) ||
            (Array.isArray(o[k]) && (o[k] as unknown[]).some(isProxy)),
        )
      )
        return v;
      return Object.fromEntries(keys.map(k => [k, unwrapDeep(unwrap(o[k]))]));
    }
    return unwrap(v);
  };
  const isProxy = (v: unknown): boolean =>
    v !== null &&
    (typeof v === 'object' || typeof v === 'function') &&
    targets.has(v);

  const fnHandler: ProxyHandler<AnyFn> = {
    apply(target, thisArg, args: unknown[]) {
      meter.enter();
      let out: unknown;
      try {
        out = Reflect.apply(target, unwrap(thisArg), args.map(unwrapDeep));
      } finally {
        meter.exit();
      }
      return wrap(out);
    },
  };
  const objHandler: ProxyHandler<object> = {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      const wrapped = wrap(value);
      if (wrapped === value) return value;
      // A frozen property must read as itself (Proxy invariant), e.g. an enum like Weekday.
      const d = Reflect.getOwnPropertyDescriptor(target, prop);
      return d && !d.configurable && !d.writable ? value : wrapped;
    },
  };

  function wrap(v: unknown): unknown {
    if (typeof v === 'function') return proxyOf(v, fnHandler);
    if (v === null || typeof v !== 'object' || !isService(v, 1)) return v;
    return proxyOf(v, objHandler);
  }

  function proxyOf<T extends object>(target: T, handler: ProxyHandler<T>): T {
    let p = proxies.get(target) as T | undefined;
    if (!p) {
      p = new Proxy(target, handler);
      proxies.set(target, p);
      targets.set(p, target);
    }
    return p;
  }

  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(services)) {
    out[name] =
      value !== null && typeof value === 'object'
        ? proxyOf(value, objHandler)
        : wrap(value);
  }
  return out;
}

/** A plain record (of either realm), as opposed to a class instance. */
function isPlain(o: object): boolean {
  const proto = Object.getPrototypeOf(o) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A service object: a class instance, or a record holding methods (or records of methods). */
function isService(o: object, depth: number): boolean {
  if (Array.isArray(o) || ArrayBuffer.isView(o)) return false;
  if (Object.prototype.toString.call(o) !== '[object Object]') return false;
  if (!isPlain(o)) return true;
  for (const k of Object.keys(o)) {
    const v = (o as Record<string, unknown>)[k];
    if (typeof v === 'function') return true;
    if (
      depth > 0 &&
      v !== null &&
      typeof v === 'object' &&
      isService(v, depth - 1)
    )
      return true;
  }
  return false;
}
