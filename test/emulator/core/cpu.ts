// The add-on's own CPU time in an execution: Node CPU spent in bundle code (service calls excluded),
// scaled by a factor for Apps Script's V8, to be charged to the virtual clock.

/**
 * Apps Script's V8 against this machine's Node, per CPU millisecond: ASSUMPTION (no published
 * measurement; listed in test/emulator/README.md). Apps Script runs on shared servers and is
 * commonly slower than a developer's Node, so the stricter side is taken: 3 x.
 */
export const DEFAULT_CPU_FACTOR = 3;

export interface CpuOptions {
  /** Modeled ms per Node CPU ms (default DEFAULT_CPU_FACTOR). */
  factor?: number;
  /** Where CPU time is read, in ms (default process.cpuUsage user + system); tests may inject one. */
  now?: () => number;
}

/** Process CPU time (user + system) in ms: less sensitive than wall time to a loaded machine. */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Counts CPU time between service calls: enter() when the bundle calls into a service, exit()
 * when it returns; take() hands over what accumulated, as whole modeled ms (fractions carried).
 */
export class CpuMeter {
  readonly factor: number;
  private readonly read: () => number;
  private active = false;
  private depth = 0;
  private segmentStart = 0;
  private pendingNodeMs = 0;
  private carry = 0;

  constructor(options: CpuOptions = {}) {
    this.factor = options.factor ?? DEFAULT_CPU_FACTOR;
    if (!(this.factor >= 0)) throw new RangeError('CPU factor must be >= 0');
    this.read = options.now ?? processCpuMs;
  }

  /** An execution starts: the bundle's code is running. */
  begin(): void {
    this.active = true;
    this.depth = 0;
    this.pendingNodeMs = 0;
    this.carry = 0;
    this.segmentStart = this.read();
  }

  /** The execution ended (after the last take()). */
  end(): void {
    this.active = false;
  }

  /** The bundle called a service: its own work stops counting. */
  enter(): void {
    if (!this.active) return;
    if (this.depth++ === 0)
      this.pendingNodeMs += this.read() - this.segmentStart;
  }

  /** The service returned to the bundle. */
  exit(): void {
    if (!this.active || this.depth === 0) return;
    if (--this.depth === 0) this.segmentStart = this.read();
  }

  /** The bundle's CPU since the last take(): Node ms and whole modeled ms. */
  take(): {nodeMs: number; ms: number} {
    if (!this.active) return {nodeMs: 0, ms: 0};
    if (this.depth === 0) {
      const now = this.read();
      this.pendingNodeMs += now - this.segmentStart;
      this.segmentStart = now;
    }
    const nodeMs = Math.max(0, this.pendingNodeMs);
    this.pendingNodeMs = 0;
    const modeled = nodeMs * this.factor + this.carry;
    const ms = Math.floor(modeled);
    this.carry = modeled - ms;
    return {nodeMs, ms};
  }
}
