// =FACTURA_PDF through build/Code.js: the index is built by refreshPdfIndex (FULL), then a
// 10,000-cell lookup runs in CUSTOM_FUNCTION mode with no Drive call and a bounded read.
import {join} from 'node:path';
import {buildInvoiceTree} from '../fixtures/drive-tree';
import {createWorld} from '../emulator/world';
import {companionOf, inWorkbook} from '../fixtures/companion';
import type {Settings} from '../../src/common/settings';
import type {PdfJobStatusDto} from '../../src/common/pdf-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const NO_INDEX =
  'Error: no hay índice de PDF en esta hoja. Créelo en Extensiones > Facturación > Abrir panel > Índice > Actualizar.';

function setUp() {
  const world = createWorld();
  world.spreadsheets.create('Trabajo facturación');
  const tree = buildInvoiceTree(world.driveStore, {
    seed: 7,
    count: 3000,
    missingRate: 0.05,
    duplicateRate: 0.03,
  });
  const addon = world.loadAddon(BUNDLE);
  return {world, tree, addon};
}

function buildIndex(
  addon: ReturnType<typeof setUp>['addon'],
  rootId: string,
): PdfJobStatusDto {
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [{...settings, pdfRootFolders: [rootId]}]);
  let status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{full: true}]);
  for (let i = 0; i < 10 && status.state !== 'done'; i++) {
    status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
  }
  return status;
}

describe('FACTURA_PDF', () => {
  it('says how to build the index when there is none, for a value and a range', () => {
    const {addon} = setUp();
    const run = (arg: unknown) =>
      addon.run('FACTURA_PDF', [arg], {mode: 'CUSTOM_FUNCTION'});
    expect(run('FE10555')).toBe(NO_INDEX);
    expect(run([['FE1'], ['FE2']])).toEqual([[NO_INDEX], [NO_INDEX]]);
  });

  it('answers 10,000 cells from the index in one execution, never calling Drive, in the workbook that holds the index', () => {
    const {world, tree, addon} = setUp();
    expect(buildIndex(addon, tree.rootId).state).toBe('done');

    const numbers = tree.invoices.map(i => i.number);
    const column = Array.from({length: 10000}, (_, i) => {
      const n = numbers[i % numbers.length];
      // People type numbers their own way: lower case, dashes, leading zeros.
      return [i % 3 === 0 ? n.toLowerCase().replace(/(\d+)$/, '-0$1') : n];
    });
    column[17] = ['no es factura'];
    column[18] = [''];

    const mark = world.emulator.log.mark();
    const startedAt = world.emulator.clock.now();
    // The index is in the companion workbook, where the formula is typed.
    const companion = companionOf(world);
    const out = inWorkbook(world, companion.id, () =>
      addon.run<string[][]>('FACTURA_PDF', [column], {
        mode: 'CUSTOM_FUNCTION',
      }),
    );
    const calls = world.emulator.log.since(mark);
    const modeledMs = world.emulator.clock.now() - startedAt;

    expect(out).toHaveLength(10000);
    expect(
      calls.filter(c => c.service === 'Drive' || c.service === 'DriveApp'),
    ).toEqual([]);
    // Budget, whatever the number of cells: getActiveSpreadsheet, getSheetByName, getLastRow,
    // getValues of columns A:B only = 4 calls (no Properties: the index's build time is not shown).
    expect(calls.map(c => `${c.service}.${c.method}`).sort()).toEqual(
      [
        'SpreadsheetApp.getActiveSpreadsheet',
        'SpreadsheetApp.Spreadsheet.getSheetByName',
        'SpreadsheetApp.Sheet.getLastRow',
        'SpreadsheetApp.Range.getValues',
      ].sort(),
    );
    const read = calls.find(c => c.method === 'Range.getValues')!;
    const indexSheet = world.services.SpreadsheetApp.openById(
      companion.id,
    ).getSheetByName('_facturacion_pdf_index')!;
    // Two columns (invoice key, file id) of every index row below the header, nothing more.
    expect(read.cells).toBe(2 * (indexSheet.getLastRow() - 1));
    expect(indexSheet.getLastRow()).toBeGreaterThan(2500);
    expect(modeledMs).toBeLessThan(30000 / 2);

    const missing = new Set(tree.missing);
    const duplicated = new Set(tree.duplicated);
    column.forEach(([typed], i) => {
      if (i === 17) return expect(out[i][0]).toMatch(/^Error: "no es factura"/);
      if (i === 18) return expect(out[i][0]).toBe('');
      const n = numbers[i % numbers.length];
      const ids = tree.pdfsByInvoice.get(n) ?? [];
      if (missing.has(n))
        return expect({typed, got: out[i][0]}).toEqual({typed, got: ''});
      if (duplicated.has(n) || ids.length > 1) {
        return expect(out[i][0]).toBe(`DUPLICADO: ${ids.length} PDF`);
      }
      expect(out[i][0]).toBe(`https://drive.google.com/file/d/${ids[0]}/view`);
    });
  });
});
