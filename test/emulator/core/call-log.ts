// Every service call of the emulator, with what it moved and what it cost in modeled time.
import type {AuthModeName, ServiceName} from './modes';

export interface CallRecord {
  /** e.g. 'Sheets' */
  service: ServiceName;
  /** e.g. 'Values.batchGet' or 'Range.getValues' */
  method: string;
  mode: AuthModeName;
  /** Virtual time when the call started (ms since epoch). */
  at: number;
  /** Modeled duration charged to the virtual clock. */
  ms: number;
  cells: number;
  files: number;
  bytes: number;
  /** Sequence number of the execution that made the call. */
  execution: number;
}

/** Totals over a set of calls. */
export interface CallSummary {
  calls: number;
  ms: number;
  cells: number;
  files: number;
  bytes: number;
  /** Calls per "Service.method". */
  byMethod: Record<string, number>;
}

export class CallLog {
  readonly records: CallRecord[] = [];

  add(record: CallRecord): void {
    this.records.push(record);
  }

  /** A mark to pass to since(): the number of calls so far. */
  mark(): number {
    return this.records.length;
  }

  since(mark = 0): CallRecord[] {
    return this.records.slice(mark);
  }

  /** Calls whose "Service.method" key matches (exact string or RegExp). */
  count(key: string | RegExp, mark = 0): number {
    return this.since(mark).filter(r => matches(key, r)).length;
  }

  summary(mark = 0, filter?: (r: CallRecord) => boolean): CallSummary {
    const s: CallSummary = {
      calls: 0,
      ms: 0,
      cells: 0,
      files: 0,
      bytes: 0,
      byMethod: {},
    };
    for (const r of this.since(mark)) {
      if (filter && !filter(r)) continue;
      s.calls++;
      s.ms += r.ms;
      s.cells += r.cells;
      s.files += r.files;
      s.bytes += r.bytes;
      const k = `${r.service}.${r.method}`;
      s.byMethod[k] = (s.byMethod[k] ?? 0) + 1;
    }
    return s;
  }
}

function matches(key: string | RegExp, r: CallRecord): boolean {
  const k = `${r.service}.${r.method}`;
  return typeof key === 'string' ? k === key || r.service === key : key.test(k);
}
