// The emulator's virtual clock: modeled time that service calls and Utilities.sleep advance.

/** Milliseconds since the epoch, advanced only by modeled costs (never by wall-clock time). */
export class VirtualClock {
  constructor(private nowMs: number = Date.UTC(2025, 9, 1, 13, 0, 0)) {}

  now(): number {
    return this.nowMs;
  }

  advance(ms: number): void {
    if (!(ms >= 0))
      throw new RangeError(`Cannot advance the clock by ${ms} ms`);
    this.nowMs += ms;
  }

  /** Jumps forward to an absolute time (e.g. the next trigger fire); never backwards. */
  set(ms: number): void {
    if (ms < this.nowMs)
      throw new RangeError('The virtual clock never goes backwards');
    this.nowMs = ms;
  }
}
