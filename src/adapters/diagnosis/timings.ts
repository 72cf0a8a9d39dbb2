// Probe: how long cache, properties and a one-cell read take, against the emulator's latency model.
import type {Probe} from './probe';

/**
 * The emulator's modeled milliseconds (test/emulator/services/latency.ts and spreadsheet/latency.ts; a test keeps them equal): cache
 * get/put, properties get/set, a one-cell getValues.
 */
export const MODELED_MS = {
  cacheGet: 20,
  cachePut: 92,
  propertyGet: 30,
  propertySet: 62,
  getValues: 20,
} as const;

const RUNS = 5;
/** Agreement: the median within this factor of the model, either way. */
const TOLERANCE = 3;

function median(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = Date.now();
    fn();
    times.push(Date.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/** A probe of call timings; `cell` is a range of one cell it may read. */
export function timingsProbe(cell: GoogleAppsScript.Spreadsheet.Range): Probe {
  const rule = (Object.keys(MODELED_MS) as Array<keyof typeof MODELED_MS>)
    .map(k => `${k} ${MODELED_MS[k]} ms`)
    .join(', ');
  return {
    id: 'call-timings',
    assumption:
      'Caché, propiedades y una lectura de una celda tardan lo que modela el emulador (±3×)',
    emulatorRule: rule,
    run() {
      const cache = CacheService.getUserCache()!;
      const props = PropertiesService.getUserProperties();
      const seen = {
        cachePut: median(() => cache.put('diag:t', 'x', 60)),
        cacheGet: median(() => cache.get('diag:t')),
        propertySet: median(() => props.setProperty('diag:t', 'x')),
        propertyGet: median(() => props.getProperty('diag:t')),
        getValues: median(() => cell.getValues()),
      };
      props.deleteProperty('diag:t');
      const keys = Object.keys(MODELED_MS) as Array<keyof typeof MODELED_MS>;
      const agrees = keys.every(
        k =>
          seen[k] <= MODELED_MS[k] * TOLERANCE &&
          seen[k] >= MODELED_MS[k] / TOLERANCE,
      );
      return {
        observed: keys.map(k => `${k} ${seen[k]} ms`).join(', '),
        agrees,
      };
    },
  };
}
