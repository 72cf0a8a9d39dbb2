// Measures one bench step: service calls by method, cells and files moved, modeled seconds
// (from the emulator's call log), local CPU ms and peak heap MB (sampled at service calls).
import type {World} from '../../test/emulator/world';

export interface Measure {
  calls: number;
  byMethod: Record<string, number>;
  cells: number;
  files: number;
  modeledS: number;
  /** Apps Script executions the step took (one per sidebar call / trigger / custom-function cell). */
  executions: number;
  /** CPU of this process during the step: the add-on's code and the emulator's. */
  cpuMs: number;
  /** Largest heap growth seen during the step over the heap before it (sampled at service calls). */
  peakHeapMB: number;
}

/** Runs fn and reports what it cost in the emulator and on this machine. */
export function measure(world: World, fn: () => void): Measure {
  const emu = world.emulator;
  const mark = emu.log.mark();
  const call = emu.call.bind(emu);
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let n = 0;
  // Sample the heap every 16th call: memoryUsage() is too slow for every call of a naive loop.
  emu.call = (...args: Parameters<typeof call>) => {
    if ((n++ & 15) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    call(...args);
  };
  const cpu = process.cpuUsage();
  try {
    fn();
  } finally {
    emu.call = call;
  }
  const used = process.cpuUsage(cpu);
  if (process.env.BENCH_TRACE)
    console.error(
      `  step: ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ${emu.log.summary(mark).calls} calls`,
    );
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const s = emu.log.summary(mark);
  const executions = new Set(emu.log.since(mark).map(r => r.execution)).size;
  return {
    calls: s.calls,
    byMethod: s.byMethod,
    cells: s.cells,
    files: s.files,
    modeledS: s.ms / 1000,
    executions,
    cpuMs: (used.user + used.system) / 1000,
    peakHeapMB: Math.max(0, peak - before) / (1024 * 1024),
  };
}

/** Scales a measure taken on a sample up to the full count (linear: each unit is one execution). */
export function scale(m: Measure, factor: number): Measure {
  const byMethod: Record<string, number> = {};
  for (const [k, v] of Object.entries(m.byMethod)) byMethod[k] = v * factor;
  return {
    ...m,
    byMethod,
    calls: m.calls * factor,
    cells: m.cells * factor,
    files: m.files * factor,
    modeledS: m.modeledS * factor,
    executions: m.executions * factor,
    cpuMs: m.cpuMs * factor,
  };
}
