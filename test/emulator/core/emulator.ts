// The emulator's heart: executions with an auth mode, the virtual clock, the call log, faults and limits.
import {CallLog} from './call-log';
import {VirtualClock} from './clock';
import {CpuMeter, type CpuOptions} from './cpu';
import {FaultInjector, type Fault} from './faults';
import {
  CUSTOM_FUNCTION_LIMIT_MS,
  EXECUTION_LIMIT_MS,
  refusal,
  type Access,
  type AuthModeName,
  type ServiceName,
} from './modes';

/** The intrinsics of the realm the add-on runs in (node:vm context or this one). */
/** The platform's message when an execution passes its time limit. */
export const TIMEOUT_MESSAGE = 'Exceeded maximum execution time';

/**
 * What the cell shows when an add-on's custom function passes its 30 s (guides/sheets/functions:
 * "A custom function call must return within 30 seconds"). The wording for add-ons is an
 * ASSUMPTION (test/emulator/README.md): Google documents the limit, not the text.
 */
export const CUSTOM_FUNCTION_TIMEOUT_MESSAGE =
  'Internal error executing the custom function.';

export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export interface Execution {
  id: number;
  mode: AuthModeName;
  startedAt: number;
  limitMs: number;
  /** 'trigger' for installable triggers, else who started it. */
  origin: 'user' | 'trigger' | 'simple-trigger' | 'custom-function';
  /** Set once the time limit passed: the platform kills the run, so catching the error changes nothing. */
  killed: boolean;
}

/** What a service call moved and cost. */
export interface Cost {
  ms: number;
  cells?: number;
  files?: number;
  bytes?: number;
}

export interface EmulatorOptions {
  /** Virtual start time (ms since epoch). */
  now?: number;
  /** The active user's e-mail (Session.getActiveUser()). */
  user?: string;
  /** Script time zone (appsscript.json timeZone). */
  timeZone?: string;
  /**
   * Charge the bundle's own CPU time to the virtual clock (core/cpu.ts): true, or a factor and
   * CPU source. Off by default, so modeled times stay exactly repeatable; budget tests and the
   * playground turn it on. EMULATOR_CPU=1 in the environment turns it on everywhere.
   */
  cpu?: boolean | CpuOptions;
}

export class Emulator {
  readonly clock: VirtualClock;
  readonly log = new CallLog();
  readonly faults = new FaultInjector();
  user: string;
  timeZone: string;
  realm: Realm = {Date, Error};
  /** Measures the bundle's own CPU when CPU charging is on (null: off). */
  readonly cpu: CpuMeter | null;
  private current: Execution | null = null;
  private executionSeq = 0;
  /**
   * The add-on global the running execution was started with (set by load-addon.ts's run; null
   * for a bare emulator.run and outside executions), so audits can tell which entry point acted.
   */
  runningGlobal: string | null = null;

  constructor(options: EmulatorOptions = {}) {
    this.clock = new VirtualClock(options.now);
    this.user = options.user ?? 'facturacion@finkargo.com';
    this.timeZone = options.timeZone ?? 'America/Bogota';
    const cpu =
      options.cpu ?? (process.env.EMULATOR_CPU === '1' ? true : false);
    this.cpu = cpu === false ? null : new CpuMeter(cpu === true ? {} : cpu);
  }

  /** The running execution; service calls outside one are test set-up and are neither checked nor charged. */
  get execution(): Execution | null {
    return this.current;
  }

  /**
   * Runs fn as one Apps Script execution in the given mode. The clock keeps running across
   * executions; each has its own time limit.
   */
  run<T>(
    mode: AuthModeName,
    fn: () => T,
    origin: Execution['origin'] = 'user',
  ): T {
    if (this.current)
      throw new Error('An execution is already running in this emulator');
    this.current = {
      id: ++this.executionSeq,
      mode,
      startedAt: this.clock.now(),
      limitMs:
        mode === 'CUSTOM_FUNCTION' || origin === 'simple-trigger'
          ? CUSTOM_FUNCTION_LIMIT_MS
          : EXECUTION_LIMIT_MS,
      origin,
      killed: false,
    };
    this.onExecutionStart.forEach(listener => listener());
    this.cpu?.begin();
    // Inside the run, calls after the limit throw TIMEOUT_MESSAGE; what the caller sees of a
    // killed custom function is the cell's error instead.
    const killedError = () =>
      this.error(
        mode === 'CUSTOM_FUNCTION'
          ? CUSTOM_FUNCTION_TIMEOUT_MESSAGE
          : TIMEOUT_MESSAGE,
      );
    try {
      const result = fn();
      this.chargeCpu();
      if (this.current.killed) throw killedError();
      return result;
    } catch (e) {
      if (this.current?.killed) throw killedError();
      this.chargeCpu();
      if (this.current?.killed) throw killedError();
      throw e;
    } finally {
      this.cpu?.end();
      this.current = null;
      this.onExecutionEnd.forEach(listener => listener());
    }
  }

  /** Listeners run when an execution starts, before any of its calls (the Master audit). */
  readonly onExecutionStart: Array<() => void> = [];

  /** Listeners run when an execution ends (locks are released then). */
  readonly onExecutionEnd: Array<() => void> = [];

  /**
   * Every emulated service method calls this first: checks the mode, raises injected faults,
   * charges the modeled cost to the clock, enforces the time limit and logs the call.
   * Outside an execution (test set-up) it does nothing.
   */
  call(
    service: ServiceName,
    method: string,
    access: Access,
    cost: Cost,
    options: {deferFaults?: boolean} = {},
  ): void {
    const exec = this.current;
    if (!exec) return;
    if (exec.killed) throw this.error(TIMEOUT_MESSAGE);
    const denied = refusal(exec.mode, service, method, access);
    if (denied) throw this.error(denied);
    this.chargeCpu();
    const at = this.clock.now();
    this.clock.advance(cost.ms);
    this.log.add({
      service,
      method,
      mode: exec.mode,
      at,
      ms: cost.ms,
      cells: cost.cells ?? 0,
      files: cost.files ?? 0,
      bytes: cost.bytes ?? 0,
      execution: exec.id,
    });
    this.checkTime();
    const fault = this.faults.check(`${service}.${method}`);
    if (fault) {
      if (fault.afterEffect && options.deferFaults) {
        this.deferred = fault;
        return;
      }
      throw this.faultError(fault);
    }
  }

  /**
   * The injected failure as the add-on sees it: an Error carrying only Google's message (whether
   * service errors carry a code is not documented; the Drive emulator adds its documented
   * `details` from faultCode()).
   */
  faultError(fault: Fault): Error {
    if (fault.kill) {
      this.spend(this.remainingMs() + 1);
      return this.error(TIMEOUT_MESSAGE);
    }
    const err = this.error(fault.message);
    if (fault.code !== undefined) this.codes.set(err, fault.code);
    return err;
  }

  /** The HTTP-like code an injected failure was given (for services that shape their errors). */
  faultCode(err: unknown): number | undefined {
    return typeof err === 'object' && err !== null
      ? this.codes.get(err)
      : undefined;
  }

  /** Raises a fault deferred by call(..., {deferFaults: true}) once the call took effect. */
  raiseDeferred(): void {
    const fault = this.deferred;
    this.deferred = null;
    if (fault) throw this.faultError(fault);
  }

  private deferred: Fault | null = null;
  private readonly codes = new WeakMap<object, number>();

  /**
   * The virtual time as the bundle reads it (its Date): the bundle's CPU so far is charged first,
   * so a loop that checks the clock sees its own work.
   */
  now(): number {
    this.chargeCpu();
    return this.clock.now();
  }

  /** Charges the bundle's CPU since the last charge to the clock and the log (CPU charging on). */
  private chargeCpu(): void {
    const exec = this.current;
    if (!this.cpu || !exec || exec.killed) return;
    const {nodeMs, ms} = this.cpu.take();
    if (nodeMs === 0 && ms === 0) return;
    this.log.addCpu({
      execution: exec.id,
      at: this.clock.now(),
      ms,
      nodeMs,
    });
    this.clock.advance(ms);
    this.checkTime();
  }

  /** Advances the clock by CPU-like time inside an execution (e.g. Utilities.sleep). */
  spend(ms: number): void {
    this.clock.advance(ms);
    this.checkTime();
  }

  /** Milliseconds left in the running execution (Infinity outside one). */
  remainingMs(): number {
    const exec = this.current;
    if (!exec) return Infinity;
    return exec.startedAt + exec.limitMs - this.clock.now();
  }

  private checkTime(): void {
    if (this.current && this.remainingMs() < 0) {
      this.current.killed = true;
      throw this.error(TIMEOUT_MESSAGE);
    }
  }

  /** An Error of the add-on's realm, so `instanceof Error` holds inside the bundle. */
  error(message: string): Error {
    return new this.realm.Error(message);
  }

  /** A Date of the add-on's realm. */
  date(ms: number): Date {
    return new this.realm.Date(ms);
  }
}
