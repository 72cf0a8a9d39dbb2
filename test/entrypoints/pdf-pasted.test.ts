// A pasted invoice number through build/Code.js is checked against its Master row like a query's:
// its PDF in another month's or branch's folder is "suspicious", not "found" (issue 20).
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import {SHEET_MIME} from '../emulator/drive';
import {buildInvoiceTree, invoicesFromMaster} from '../fixtures/drive-tree';
import {addMaster, generateMaster} from '../fixtures/master';
import type {FindPdfsResult, PdfJobStatusDto} from '../../src/common/pdf-api';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');

describe('pasted numbers and their Master rows', () => {
  const world = createWorld();
  const master = generateMaster({rows: 300, seed: 5});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
  });
  const invoices = invoicesFromMaster(master.rows);
  const tree = buildInvoiceTree(world.driveStore, {
    seed: 3,
    invoices,
    misplacedRate: 0.2,
    missingRate: 0,
    duplicateRate: 0,
    trashedRate: 0,
  });
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [{...settings, pdfRootFolders: [tree.rootId]}]);
  let status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{full: true}]);
  for (let i = 0; i < 5 && status.state !== 'done'; i++)
    status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
  // Invoices on one Master row only, so the row is known without a guess.
  const once = invoices.filter(
    i => invoices.filter(j => j.number === i.number).length === 1,
  );
  const misplaced = once.filter(i => tree.misplaced.includes(i.number));
  const inPlace = once.filter(
    i => !tree.misplaced.includes(i.number) && tree.pdfsByInvoice.has(i.number),
  );
  const pasted = `${misplaced[0].number}.\n${inPlace[0].number}`;

  it('says the folders were not compared while the Master is not cached', () => {
    expect(status.state).toBe('done');
    expect(misplaced.length).toBeGreaterThan(0);
    const out = addon.run<FindPdfsResult>('findPdfs', [pasted]);
    expect(out.results.map(r => r.status)).toEqual(['found', 'found']);
    expect(out.messages.join(' ')).toContain(
      'no se comparó con el mes y la rama de su fila del Master',
    );
  });

  it('marks a pasted number whose PDF is in the wrong folder as suspicious once a query cached the Master, with no Drive call', () => {
    addon.run('queryInvoices', [{tab: 'Consolidado'}]);
    const mark = world.emulator.log.mark();
    const out = addon.run<FindPdfsResult>('findPdfs', [pasted]);
    const drive = world.emulator.log
      .since(mark)
      .filter(c => c.service === 'Drive' || c.service === 'DriveApp');
    expect(drive).toEqual([]);
    expect(out.results.map(r => [r.invoice, r.status])).toEqual([
      [misplaced[0].number, 'suspicious'],
      [inPlace[0].number, 'found'],
    ]);
    expect(out.results[0].reason).toMatch(/^Revisar: la carpeta es de /);
    expect(out.messages).toEqual([]);
  });
});
