// The Master adapters against the emulated services directly: snapshot pieces under CacheService's
// limits in one putAll, and the Sheets reader's ranges (quoted tab names, COLUMNS, unformatted).
import {createWorld} from '../../emulator/world';
import {
  CHUNK_BYTES,
  userCacheSnapshots,
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

describe('userCacheSnapshots', () => {
  it('stores a multi-megabyte snapshot in one putAll of pieces under 100 KB and reads it back in two calls', () => {
    const world = createWorld();
    const text = 'ñandú €'.repeat(400_000); // 2.8 M chars, ~4.4 MB of UTF-8
    const store = userCacheSnapshots();
    withGlobals({CacheService: world.services.CacheService}, () => {
      const mark = world.emulator.log.mark();
      world.emulator.run('FULL', () =>
        expect(store.put('master:x:1', text)).toBe(true),
      );
      expect(world.emulator.log.count(/putAll$/, mark)).toBe(1);
      const read = world.emulator.log.mark();
      world.emulator.run('FULL', () =>
        expect(store.get('master:x:1')).toBe(text),
      );
      expect(world.emulator.log.count(/\.(get|getAll)$/, read)).toBe(2);
    });
    const pieces = [
      ...world.cache.forUser(world.emulator.user).entries(),
    ].filter(([k]) => /:\d+$/.test(k));
    expect(pieces.length).toBeGreaterThan(40);
    for (const [, e] of pieces)
      expect(Buffer.byteLength(e.value, 'utf8')).toBeLessThanOrEqual(
        CHUNK_BYTES,
      );
  });

  it('declines a snapshot needing more than one putAll, and misses when a piece is gone', () => {
    const world = createWorld();
    const store = userCacheSnapshots();
    withGlobals({CacheService: world.services.CacheService}, () => {
      world.emulator.run('FULL', () =>
        expect(store.put('big', 'x'.repeat(CHUNK_BYTES * 1000))).toBe(false),
      );
      world.emulator.run('FULL', () =>
        store.put('k', 'y'.repeat(CHUNK_BYTES * 3)),
      );
      world.cache.forUser(world.emulator.user).delete('k:1');
      world.emulator.run('FULL', () => expect(store.get('k')).toBeNull());
      world.emulator.run('FULL', () => expect(store.get('never')).toBeNull());
    });
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
