// Pins what CacheService and PropertiesService calls cost on the virtual clock: published round
// trips (sources in latency.ts) plus an assumed size part, so a big snapshot is dearer than a flag.
import {
  CACHE_GET_MS,
  CACHE_PUT_MS,
  CACHE_REMOVE_MS,
  PROPERTIES_READ_MS,
  PROPERTIES_WRITE_MS,
  STORE_BYTES_PER_MS,
} from './latency';
import {createWorld} from '../world';

function setup() {
  const world = createWorld();
  world.spreadsheets.create('Libro');
  const s = world.services;
  /** Modeled ms of one method over one FULL execution. */
  const cost = (fn: () => unknown, key: string): number => {
    const mark = world.emulator.log.mark();
    world.emulator.run('FULL', fn);
    return world.emulator.log
      .since(mark)
      .filter(r => `${r.service}.${r.method}` === key)
      .reduce((n, r) => n + r.ms, 0);
  };
  return {world, s, cost};
}

describe('CacheService costs (qiita.com/mitonattou919 and ziritione.org series; size part assumed)', () => {
  test('put ~92 ms, get ~20 ms, remove ~90 ms for a small value', () => {
    // Published means: put 56-93 ms, get 3-23 ms, remove 88-90 ms (latency.ts); stricter taken.
    expect([CACHE_PUT_MS, CACHE_GET_MS, CACHE_REMOVE_MS]).toEqual([92, 20, 90]);
    const {s, cost} = setup();
    const cache = s.CacheService.getUserCache();
    expect(cost(() => cache.put('k', 'v'), 'CacheService.UserCache.put')).toBe(
      92,
    );
    expect(cost(() => cache.get('k'), 'CacheService.UserCache.get')).toBe(20);
    expect(cost(() => cache.remove('k'), 'CacheService.UserCache.remove')).toBe(
      90,
    );
  });

  test('a 100 KB value costs 10 ms more to put and to read back; a miss reads no bytes', () => {
    const {s, cost} = setup();
    const cache = s.CacheService.getScriptCache();
    const big = 'x'.repeat(100 * 1024);
    expect(
      cost(() => cache.put('big', big), 'CacheService.ScriptCache.put'),
    ).toBe(CACHE_PUT_MS + Math.floor((100 * 1024) / STORE_BYTES_PER_MS));
    expect(cost(() => cache.get('big'), 'CacheService.ScriptCache.get')).toBe(
      30,
    );
    expect(cost(() => cache.get('none'), 'CacheService.ScriptCache.get')).toBe(
      20,
    );
  });

  test('putAll and getAll pay 1 ms per extra key and the bytes moved', () => {
    const {s, cost} = setup();
    const cache = s.CacheService.getUserCache();
    const values: Record<string, string> = {};
    for (let i = 0; i < 20; i++) values[`k${i}`] = 'y'.repeat(10 * 1024);
    // 20 x 10 KB = 200 KB -> 20 ms; 19 extra keys -> 19 ms.
    expect(
      cost(() => cache.putAll(values), 'CacheService.UserCache.putAll'),
    ).toBe(92 + 20 + 19);
    expect(
      cost(
        () => cache.getAll(Object.keys(values)),
        'CacheService.UserCache.getAll',
      ),
    ).toBe(20 + 20 + 19);
  });
});

describe('PropertiesService costs (ziritione.org: get ~30 ms, set ~62 ms; size part assumed)', () => {
  test('getProperty 30 ms, setProperty 62 ms; a 9 KB value adds 0 ms; 450 KB in 50 keys adds 45 + 49 ms', () => {
    expect([PROPERTIES_READ_MS, PROPERTIES_WRITE_MS]).toEqual([30, 62]);
    const {s, cost} = setup();
    const props = s.PropertiesService.getDocumentProperties()!;
    expect(
      cost(
        () => props.setProperty('a', '1'),
        'PropertiesService.DocumentProperties.setProperty',
      ),
    ).toBe(62);
    expect(
      cost(
        () => props.getProperty('a'),
        'PropertiesService.DocumentProperties.getProperty',
      ),
    ).toBe(30);
    const chunk = 'z'.repeat(9 * 1024);
    expect(
      cost(
        () => props.setProperty('b', chunk),
        'PropertiesService.DocumentProperties.setProperty',
      ),
    ).toBe(62);
    const user = s.PropertiesService.getUserProperties();
    const many: Record<string, string> = {};
    for (let i = 0; i < 50; i++) many[`p${i}`] = 'w'.repeat(9 * 1024);
    // 50 x 9 KB = 450 KB -> 45 ms; 49 extra keys -> 49 ms.
    expect(
      cost(
        () => user.setProperties(many),
        'PropertiesService.UserProperties.setProperties',
      ),
    ).toBe(62 + 45 + 49);
    const all = cost(
      () => user.getProperties(),
      'PropertiesService.UserProperties.getProperties',
    );
    expect(all).toBe(30 + 45 + 49);
  });
});
