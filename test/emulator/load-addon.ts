// Runs the real bundle (build/Code.js) in node:vm the way Apps Script does: one global scope with the
// emulated services, top-level function declarations as the callable globals, and executions per call.
import {readFileSync} from 'node:fs';
import vm from 'node:vm';
import type {Emulator, Execution} from './core/emulator';
import type {AuthModeName} from './core/modes';
import {timeServices} from './core/timed-services';

export interface RunOptions {
  mode?: AuthModeName;
  origin?: Execution['origin'];
  /** Who runs it (their caches, user properties, triggers and access); default the emulator's user. */
  user?: string;
}

export interface LoadedAddon {
  /** The vm context: the add-on's global object. */
  context: vm.Context;
  /** Names of the functions declared at top level of the bundle (what Apps Script exposes). */
  globalFunctions(): string[];
  /** Calls a global function as a fresh execution (FULL mode unless told). */
  run<T = unknown>(name: string, args?: unknown[], options?: RunOptions): T;
}

/**
 * Loads a bundle into a new realm whose globals are `services`, with Date driven by the
 * emulator's virtual clock. Global code runs in the mode given (onOpen's mode in Apps Script).
 */
export function loadAddon(
  path: string,
  emulator: Emulator,
  services: Record<string, unknown>,
  loadMode: AuthModeName = 'NONE',
): LoadedAddon {
  const code = readFileSync(path, 'utf8');
  // With CPU charging on, service calls are timed so the bundle's own CPU can be told apart.
  const globals = emulator.cpu
    ? timeServices(services, emulator.cpu)
    : services;
  const context = vm.createContext({console, ...globals});
  const installClock = vm.runInContext(VIRTUAL_DATE, context) as (
    now: () => number,
  ) => void;
  installClock(() => emulator.now());
  emulator.realm = vm.runInContext('({Date, Error})', context);
  const baseline = new Set(Object.getOwnPropertyNames(context));
  emulator.run(loadMode, () =>
    vm.runInContext(code, context, {filename: path}),
  );

  const globalFunctions = () =>
    Object.getOwnPropertyNames(context).filter(
      name => !baseline.has(name) && typeof context[name] === 'function',
    );

  return {
    context,
    globalFunctions,
    run<T>(name: string, args: unknown[] = [], options: RunOptions = {}): T {
      const fn = context[name];
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${name}`);
      }
      const mode = options.mode ?? 'FULL';
      const origin =
        options.origin ??
        (mode === 'CUSTOM_FUNCTION' ? 'custom-function' : 'user');
      const previous = emulator.user;
      if (options.user !== undefined) emulator.user = options.user;
      emulator.runningGlobal = name;
      try {
        return emulator.run(mode, () => fn(...args) as T, origin);
      } finally {
        emulator.user = previous;
        emulator.runningGlobal = null;
      }
    },
  };
}

/** Replaces the realm's Date so that `new Date()` and `Date.now()` read the virtual clock. */
const VIRTUAL_DATE = `(function (now) {
  const RealDate = Date;
  function VDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new RealDate(...args);
  }
  VDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(VDate, RealDate);
  VDate.now = () => now();
  globalThis.Date = VDate;
})`;
