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

/** The bundle's own CPU charged between service calls (CPU charging on, core/cpu.ts). */
export interface CpuRecord {
  execution: number;
  /** Virtual time when it was charged. */
  at: number;
  /** Modeled ms charged to the virtual clock (Node ms x the V8 factor). */
  ms: number;
  /** Node CPU ms measured. */
  nodeMs: number;
  /** Number of call records when it was charged (what a mark compares against). */
  afterCall: number;
}

/** Totals over a set of calls. */
export interface CallSummary {
  calls: number;
  /** Modeled ms of the service calls only. */
  ms: number;
  /** Modeled ms of the bundle's own CPU over the same span (0 when CPU charging is off or a filter is given). */
  cpuMs: number;
  cells: number;
  files: number;
  bytes: number;
  /** Calls per "Service.method". */
  byMethod: Record<string, number>;
}

export class CallLog {
  readonly records: CallRecord[] = [];
  readonly cpu: CpuRecord[] = [];
  /** CPU records already there when each mark was taken (a mark is a call count). */
  private readonly cpuAtMark = new Map<number, number>();

  add(record: CallRecord): void {
    this.records.push(record);
  }

  addCpu(record: Omit<CpuRecord, 'afterCall'>): void {
    const afterCall = this.records.length;
    const last = this.cpu[this.cpu.length - 1];
    if (
      last &&
      last.execution === record.execution &&
      last.afterCall === afterCall
    ) {
      last.ms += record.ms;
      last.nodeMs += record.nodeMs;
      return;
    }
    this.cpu.push({...record, afterCall});
  }

  /** A mark to pass to since(): the number of calls so far. */
  mark(): number {
    this.cpuAtMark.set(this.records.length, this.cpu.length);
    return this.records.length;
  }

  /** CPU charged since a mark (a mark this log did not hand out counts from that call on). */
  cpuSince(mark = 0): CpuRecord[] {
    const from =
      this.cpuAtMark.get(mark) ??
      (mark === 0 ? 0 : this.cpu.findIndex(c => c.afterCall > mark));
    return from < 0 ? [] : this.cpu.slice(from);
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
      cpuMs: 0,
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
    if (!filter) for (const c of this.cpuSince(mark)) s.cpuMs += c.ms;
    return s;
  }
}

function matches(key: string | RegExp, r: CallRecord): boolean {
  const k = `${r.service}.${r.method}`;
  return typeof key === 'string' ? k === key || r.service === key : key.test(k);
}
