// The index sheets through the emulated SpreadsheetApp: a round trip keeps hostile text exact,
// the sheets are hidden, protected and tagged, and the lookup reader works in CUSTOM_FUNCTION mode.
import {createWorld} from '../../emulator/world';
import type {StoredIndex} from '../../../src/app/pdf-index/ports';
import * as sheetModule from '../../../src/adapters/pdf/index-sheet';
import {beginOutputs} from '../../../src/adapters/common/outputs';

const world = createWorld();
world.spreadsheets.create('Facturación');
Object.assign(globalThis, world.globals());
// The adapters read the Apps Script globals at call time: install the world's.
// «En el mismo libro»: this test reads the index where a formula in this spreadsheet would (the
// companion workbook is tested through the bundle, test/entrypoints/companion.test.ts).
beginOutputs(() => 'same');

const INDEX: StoredIndex = {
  meta: {
    roots: ['root1'],
    builtAt: '2025-10-01T13:00:00.000Z',
    changesToken: '7',
    corpus: {corpora: 'user'},
    pdfCount: 3,
    unnamedCount: 0,
    incomplete: false,
    entryCount: 3,
    folderCount: 2,
  },
  folders: [
    {id: 'root1', parentId: '', name: 'Facturacion'},
    {id: '-f2', parentId: 'root1', name: '=Año 2025'},
  ],
  entries: [
    {
      key: 'FE7',
      fileId: '-abc',
      name: '=HYPERLINK("x") FE7.pdf',
      folderPath: 'Facturacion/=Año 2025',
      folderId: '-f2',
      modified: '2025-09-10T15:00:00.000Z',
      size: 10,
    },
    {
      key: 'FE10',
      fileId: 'b',
      name: '<script>alert(1)</script> FE10.pdf',
      folderPath: 'Facturacion',
      folderId: 'root1',
      modified: '2025-09-10T15:00:00.000Z',
      size: 20,
    },
    {
      key: 'FE10',
      fileId: 'c',
      name: '+57 FE10.pdf',
      folderPath: 'Facturacion',
      folderId: 'root1',
      modified: '2025-09-11T15:00:00.000Z',
      size: 0,
    },
  ],
};

describe('sheetPdfIndexStore', () => {
  it('reads back exactly what it wrote, hostile text included, with no formula', () => {
    world.emulator.run('FULL', () =>
      sheetModule.sheetPdfIndexStore.write(INDEX),
    );
    const back = world.emulator.run('FULL', () =>
      sheetModule.sheetPdfIndexStore.read(),
    );
    expect(back!.meta).toEqual(INDEX.meta);
    expect(back!.folders).toEqual(INDEX.folders);
    const byFile = (i: StoredIndex) =>
      [...i.entries].sort((a, b) => (a.fileId < b.fileId ? -1 : 1));
    expect(byFile(back!)).toEqual(byFile(INDEX));
    const sheet = world.spreadsheets.active!.sheets.find(
      s => s.name === sheetModule.PDF_INDEX_SHEET,
    )!;
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.hidden).toBe(true);
    expect(sheet.protection).not.toBeNull();
    // Sorted by key, newest first within a key.
    expect([2, 3, 4].map(r => sheet.get(r, 2))).toEqual(['c', 'b', '-abc']);
  });

  it('rewrites a shorter index without leftover rows', () => {
    world.emulator.run('FULL', () =>
      sheetModule.sheetPdfIndexStore.write({
        ...INDEX,
        entries: INDEX.entries.slice(0, 1),
      }),
    );
    const back = world.emulator.run('FULL', () =>
      sheetModule.sheetPdfIndexStore.read(),
    );
    expect(back!.entries.map(e => e.fileId)).toEqual(['-abc']);
  });

  it('serves lookups in CUSTOM_FUNCTION mode (read-only, no Drive)', () => {
    const mark = world.emulator.log.mark();
    const lookup = world.emulator.run('CUSTOM_FUNCTION', () =>
      sheetModule.readPdfIndexForLookup(),
    );
    expect(lookup!.fileIdsByKey.get('FE7')).toEqual(['-abc']);
    expect(
      world.emulator.log
        .since(mark)
        .every(
          r =>
            r.service === 'SpreadsheetApp' || r.service === 'PropertiesService',
        ),
    ).toBe(true);
  });
});
