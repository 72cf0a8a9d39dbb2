// Fault injection: make the Nth call of a method fail the way the platform fails.

export interface Fault {
  /** "Service.method", e.g. "Sheets.Values.batchGet" or "Drive.Files.list". */
  key: string;
  /** 1-based: fail the nth matching call counted from when the fault was added. */
  nth: number;
  /** HTTP-like code for advanced services (403, 429, 500...), shown in the message. */
  code?: number;
  message: string;
  /** Fail this many consecutive calls from the nth on (default 1). */
  times?: number;
  /**
   * The call takes effect, then fails: Google's answer is lost after the file was made (a 5xx
   * after a create or a copy). Honoured by the write calls that opt in (Drive writes, MailApp);
   * elsewhere the call fails before taking effect.
   */
  afterEffect?: boolean;
  /**
   * Instead of an error, the execution reaches its time limit at this call (with afterEffect:
   * just after it took effect): the platform kills it, as a long job killed mid-way.
   */
  kill?: boolean;
}

interface ArmedFault extends Fault {
  seen: number;
  fired: number;
}

export class FaultInjector {
  private faults: ArmedFault[] = [];

  add(fault: Fault): void {
    this.faults.push({...fault, seen: 0, fired: 0});
  }

  clear(): void {
    this.faults = [];
  }

  /** Called on each call; returns the fault to raise, if any. */
  check(key: string): Fault | null {
    // Every fault on this key counts the call (its nth is counted from when it was added); the
    // first one due fires.
    let due: ArmedFault | null = null;
    for (const f of this.faults) {
      if (f.key !== key) continue;
      f.seen++;
      if (!due && f.seen >= f.nth && f.fired < (f.times ?? 1)) due = f;
    }
    if (due) due.fired++;
    return due;
  }
}
