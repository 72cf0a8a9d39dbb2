// Probe: a cache keeps at most 1,000 items (reference/cache/cache); the emulator then keeps the 900 farthest from expiry.
import type {Probe} from './probe';

const ITEMS = 1_100;

export const cacheCapProbe: Probe = {
  id: 'cache-item-cap',
  assumption:
    'Una caché guarda a lo sumo 1.000 elementos; al pasarse, el emulador conserva 900',
  emulatorRule: `de ${ITEMS} elementos puestos quedan 900 (a lo sumo 1.000)`,
  run() {
    const cache = CacheService.getUserCache()!;
    const keys = Array.from({length: ITEMS}, (_, i) => `diag:cap:${i}`);
    const values: Record<string, string> = {};
    keys.forEach(k => (values[k] = 'x'));
    cache.putAll(values, 600);
    let kept = 0;
    for (let i = 0; i < keys.length; i += 500)
      kept += Object.keys(cache.getAll(keys.slice(i, i + 500))).length;
    cache.removeAll(keys);
    return {
      observed: `de ${ITEMS} elementos puestos quedan ${kept}`,
      agrees: kept <= 1_000,
    };
  },
};
