// findPdfsInSelection through build/Code.js: the invoice numbers come from the user's selected cells.
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import {buildInvoiceTree} from '../fixtures/drive-tree';
import type {FindPdfsResult, PdfJobStatusDto} from '../../src/common/pdf-api';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');

describe('findPdfsInSelection', () => {
  const world = createWorld();
  const tree = buildInvoiceTree(world.driveStore, {
    seed: 11,
    count: 300,
    missingRate: 0.1,
  });
  const found = tree.invoices
    .map(i => i.number)
    .filter(n => (tree.pdfsByInvoice.get(n) ?? []).length === 1);
  const missing = tree.missing[0];
  world.spreadsheets.create('Trabajo', {
    Pendientes: [
      ['Factura', 'Nota'],
      [found[0].toLowerCase(), 'a'],
      [found[1], 'b'],
      [missing, 'c'],
      ['no es factura', 'd'],
    ],
  });
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [{...settings, pdfRootFolders: [tree.rootId]}]);
  let status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{full: true}]);
  for (let i = 0; i < 5 && status.state !== 'done'; i++)
    status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);

  it('looks up exactly the selected cells, without calling Drive', () => {
    expect(status.state).toBe('done');
    world.spreadsheets.select("'Pendientes'!A2:A5");
    const mark = world.emulator.log.mark();
    const out = addon.run<FindPdfsResult>('findPdfsInSelection');
    const drive = world.emulator.log
      .since(mark)
      .filter(c => c.service === 'Drive' || c.service === 'DriveApp');
    expect(drive).toEqual([]);
    expect(out.results.map(r => [r.invoice, r.status])).toEqual([
      [found[0], 'found'],
      [found[1], 'found'],
      [missing, 'missing'],
    ]);
    // Words of a cell are read like a pasted line: each ignored word is named with its line.
    expect(out.messages.join(' ')).toMatch(/línea 4: "no"; línea 4: "es"/);
  });

  it('asks for a selection when the selected cells hold nothing', () => {
    world.spreadsheets.select("'Pendientes'!D1:D3");
    const out = addon.run<FindPdfsResult>('findPdfsInSelection');
    expect(out.results).toEqual([]);
    expect(out.messages).toEqual([
      'Seleccione en la hoja las celdas con los números de factura.',
    ]);
  });
});
