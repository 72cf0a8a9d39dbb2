// The Master adapters against the emulated services directly: the compressed snapshot under
// CacheService's rules, and the Sheets reader's ranges (quoted tab names, COLUMNS, unformatted).
import {createWorld} from '../../emulator/world';
import {
  PIECE_CHARS,
  cacheSnapshots,
  latestSnapshot,
} from '../../../src/adapters/master/snapshot-cache';
import {sheetsApiReader} from '../../../src/adapters/master/sheets-reader';

function withGlobals<T>(globals: Record<string, unknown>, fn: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const saved = Object.keys(globals).map(k => [k, g[k]] as const);
  Object.assign(g, globals);
  try {
    return fn();
  } finally {
    for (const [k, v] of saved) g[k] = v;
  }
}

// Cache reference page (developers.google.com/apps-script/reference/cache/cache): values <= 100 KB,
// a 1,000-item cap keeping the 900 farthest from expiry, early eviction possible.
describe('cacheSnapshots', () => {
  const json = JSON.stringify(
    Array.from({length: 60_000}, (_, i) => ({
      nit: 900_000_000 + (i % 500),
      client: `Cliente ñandú ${i % 500}`,
      net: (i * 7919) % 1_000_000,
    })),
  ); // ~4 MB of JSON

  function open() {
    const world = createWorld();
    const store = cacheSnapshots();
    const run = <T>(fn: () => T): T =>
      withGlobals(
        {
          CacheService: world.services.CacheService,
          Utilities: world.services.Utilities,
        },
        () => world.emulator.run('FULL', fn),
      );
    const items = () => world.cache.forUser(world.emulator.user);
    return {world, store, run, items};
  }

  it('stores a snapshot gzip-compressed in one putAll of a few pieces under 100 KB, read back in 2 calls', () => {
    const {world, store, run, items} = open();
    const mark = world.emulator.log.mark();
    expect(run(() => store.put('master:x:1', json, 'master:latest:x'))).toBe(
      true,
    );
    expect(world.emulator.log.count(/putAll$/, mark)).toBe(1);
    const read = world.emulator.log.mark();
    expect(run(() => store.get('master:x:1'))).toBe(json);
    expect(world.emulator.log.count(/\.(get|getAll)$/, read)).toBe(2);
    const pieces = [...items().entries()].filter(([k]) => /:\d+$/.test(k));
    // Compressed: far fewer pieces than the ~40 of 100 KB the raw text would take.
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.length).toBeLessThan(json.length / PIECE_CHARS / 4);
    for (const [, e] of pieces)
      expect(Buffer.byteLength(e.value, 'utf8')).toBeLessThanOrEqual(
        100 * 1024,
      );
    expect(run(() => latestSnapshot('master:latest:x'))).toBe(json);
  });

  it('declines a snapshot needing more items than allowed', () => {
    const {world, store, run, items} = open();
    const n = Object.keys(
      run(() => (store.put('k', json) ? [...items().keys()] : [])),
    ).length;
    expect(n).toBeGreaterThan(2);
    world.cache.forUser(world.emulator.user).clear();
    const small = cacheSnapshots(n - 1);
    expect(run(() => small.put('big', json))).toBe(false);
    expect(run(() => small.get('big'))).toBeNull();
    expect(items().size).toBe(0);
  });

  it('misses, never mixes, when a piece is evicted, altered or of another generation', () => {
    const {world, store, run, items} = open();
    run(() => store.put('k', json));
    const pieceOf = () => [...items().keys()].find(k => /:\d+$/.test(k))!;
    const key0 = pieceOf();
    const saved = items().get(key0)!;
    world.cache.evict = (_scope, key) => key === key0;
    expect(run(() => store.get('k'))).toBeNull();
    world.cache.evict = () => false;
    run(() => store.put('k', json));
    expect(run(() => store.get('k'))).toBe(json);
    items().set(key0, {...saved, value: saved.value.replace(/A/, 'B')});
    expect(run(() => store.get('k'))).toBeNull();
    // A second generation under the same key: its pieces have keys of their own.
    const other = json.replace(/Cliente/g, 'Empresa');
    run(() => store.put('k', other));
    expect(run(() => store.get('k'))).toBe(other);
    expect(
      [...items().keys()].filter(k => /:\d+$/.test(k)).length,
    ).toBeGreaterThan(1);
    expect(run(() => store.get('never'))).toBeNull();
  });

  it('detects a snapshot dropped by the 1,000-item cap; the newest write is kept', () => {
    const {world, store, run} = open();
    expect(run(() => store.put('k', json))).toBe(true);
    expect(run(() => store.get('k'))).toBe(json);
    // Later writes expire later: pushing the cache past 1,000 items drops the snapshot's items first.
    world.emulator.clock.advance(1_000);
    const others = Object.fromEntries(
      Array.from({length: 1000}, (_, i) => [`other${i}`, 'v']),
    );
    // The cache the snapshot lives in (snapshotCache: the document's, else the user's).
    const cache = () =>
      world.services.CacheService.getDocumentCache() ??
      world.services.CacheService.getUserCache();
    run(() => cache().putAll(others, 21_600));
    expect(run(() => store.get('k'))).toBeNull();
    // Written again, it is the farthest from expiry and survives the next cut.
    world.emulator.clock.advance(1_000);
    expect(run(() => store.put('k', json))).toBe(true);
    expect(run(() => store.get('k'))).toBe(json);
  });
});

describe('sheetsApiReader', () => {
  it('reads blocks and columns with one batchGet each, tab names with quotes included', () => {
    const world = createWorld();
    const title = "Relación d'facturas";
    world.emulator.run('FULL', () => {
      const ss =
        world.services.SpreadsheetApp.getActiveSpreadsheet() ??
        world.services.SpreadsheetApp.create('M');
      const sheet = ss.insertSheet(title);
      sheet.getRange(1, 1, 4, 2).setValues([
        ['Título', ''],
        ['# Factura', 'Nit'],
        ['FE1', 900206480],
        ['FE2', ''],
      ]);
    });
    const id = world.activeId()!;
    const reader = sheetsApiReader(
      world.services.Sheets as unknown as GoogleAppsScript.Sheets,
    );
    const mark = world.emulator.log.mark();
    const out = world.emulator.run('FULL', () => ({
      grids: reader.listSheets(id),
      blocks: reader.readBlocks(id, [
        {title, firstRow: 1, lastRow: 2, firstColumn: 1, lastColumn: 2},
      ]),
      columns: reader.readColumns(id, [
        {title, column: 1, firstRow: 3, lastRow: 4},
        {title, column: 2, firstRow: 3, lastRow: 4},
      ]),
    }));
    expect(world.emulator.log.summary(mark).byMethod).toEqual({
      'Sheets.Spreadsheets.get': 1,
      'Sheets.Values.batchGet': 2,
    });
    expect(out.grids.find(g => g.title === title)).toMatchObject({title});
    expect(out.blocks[0]).toEqual([['Título'], ['# Factura', 'Nit']]);
    expect(out.columns).toEqual([['FE1', 'FE2'], [900206480]]);
  });
});
