// The ZIP job through the shipped bundle (build/Code.js): 1,000 PDFs within 1.2 calls each, parts
// under 45 MB, a run killed mid-way or while saving a part resumed without a PDF lost or repeated,
// Google busy -> paused with its status, single files that fail listed, and any editor runs it.
import {join} from 'node:path';
import {unzipSync} from 'fflate';
import {createWorld, type World} from '../emulator/world';
import {TEAM} from '../emulator/accounts';
import type {LoadedAddon} from '../emulator/load-addon';
import type {
  PdfJobStatusDto,
  ZipJobStatusDto,
  ZipPdfsResult,
} from '../../src/common/pdf-api';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');
const KB = 1024;

/** Facturacion/Lote 1..10 with FE1..FEn, each PDF `bytes` long and starting with its own number. */
function setup(count: number, bytes = 2 * KB) {
  const world = createWorld();
  const ss = world.spreadsheets.create('Facturación ZIP');
  const store = world.driveStore;
  const root = store.addFolder({name: 'Facturacion'});
  const exportFolder = store.addFolder({name: 'Exportaciones'});
  const lotes = Array.from({length: 10}, (_, i) =>
    store.addFolder({name: `Lote ${i + 1}`, parents: [root.id]}),
  );
  const ids = new Map<string, string>();
  for (let n = 1; n <= count; n++) {
    const content = new Uint8Array(bytes).fill(32);
    content.set(new TextEncoder().encode(`%PDF-1.4 FE${n} `));
    const file = store.addFile({
      name: `FE${n}.pdf`,
      parents: [lotes[n % 10].id],
      mimeType: 'application/pdf',
      content,
    });
    ids.set(`FE${n}`, file.id);
  }
  world.accounts.shareWithTeam(ss.id);
  world.accounts.shareWithTeam(root.id);
  world.accounts.share(exportFolder.id, TEAM.editor, 'editor');
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [
    {...settings, pdfRootFolders: [root.id], exportFolder: exportFolder.id},
  ]);
  let status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
  while (status.state === 'paused')
    status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
  const invoices = Array.from({length: count}, (_, i) => `FE${i + 1}`);
  return {world, addon, exportId: exportFolder.id, ids, invoices};
}

/** zipPdfs run after run (as the sidebar does) while it answers 'paused'; a killed run is retried. */
function zipUntilDone(
  addon: LoadedAddon,
  invoices: string[],
  user?: string,
): {results: ZipPdfsResult[]; killed: number} {
  const results: ZipPdfsResult[] = [];
  let killed = 0;
  for (let i = 0; i < 20; i++) {
    let out: ZipPdfsResult;
    try {
      out = addon.run<ZipPdfsResult>('zipPdfs', [invoices.join('\n')], {user});
    } catch (e) {
      if (!/Exceeded maximum execution time/.test(String(e))) throw e;
      killed++;
      continue;
    }
    results.push(out);
    if (out.state === 'done') return {results, killed};
  }
  throw new Error(`not done: ${JSON.stringify(results.at(-1)?.message)}`);
}

/** Every entry of the ZIPs in the export folder: name -> first bytes' invoice number. */
function zippedEntries(world: World, exportId: string) {
  const zips = [...world.driveStore.childIds(exportId)]
    .map(id => world.driveStore.get(id)!)
    .filter(f => !f.trashed);
  const entries: string[] = [];
  for (const z of zips)
    for (const [name, data] of Object.entries(
      unzipSync(world.driveStore.bytes(z)),
    )) {
      const text = new TextDecoder().decode(data.slice(0, 24));
      expect(text).toContain(`${name.replace(/\.pdf$/, '')} `);
      entries.push(name);
    }
  return {zips, entries};
}

/**
 * Calls of the 1,000-PDF ZIP below (budget 1,200): 20 fetchAll, one ZIP saved, the rest the
 * lookup, the lease, the plan sheet and a status write per batch. 218 before the open
 * spreadsheet, its id and the script properties were asked once per execution (run-memo.ts).
 * Changes only with a reason in the commit.
 */
// 107 since the plan sheet went to the companion workbook (issue 18.2): the settings' choice of
// workbook and the companion's record (Properties reads) and its openById.
const PINNED_CALLS_1000 = 107;

describe('ZIP of 1,000 PDFs', () => {
  it('takes at most 1.2 calls per PDF: one fetchAll per 50 PDFs, one ZIP', () => {
    const {world, addon, exportId, invoices} = setup(1000);
    const mark = world.emulator.log.mark();
    const {results} = zipUntilDone(addon, invoices);
    const calls = world.emulator.log.since(mark);
    const byMethod = (m: string) =>
      calls.filter(c => `${c.service}.${c.method}` === m).length;
    expect(calls.length).toBeLessThanOrEqual(1200);
    expect(calls.length).toBe(PINNED_CALLS_1000);
    expect(byMethod('UrlFetchApp.fetchAll')).toBe(20);
    expect(byMethod('DriveApp.getFileById')).toBe(0);
    const out = results.at(-1)!;
    expect(out.included.length).toBe(1000);
    expect(out.zips.map(z => z.files)).toEqual([1000]);
    expect(out.zips[0].name).toMatch(/^PDF_facturas_\d{8}_\d{6}\.zip$/);
    const {entries} = zippedEntries(world, exportId);
    expect(entries.length).toBe(1000);
    // The job's state is gone once done; the last status says so.
    const status = addon.run<ZipJobStatusDto>('getZipStatus', []);
    expect(status).toMatchObject({
      state: 'done',
      filesDone: 1000,
      filesTotal: 1000,
    });
    expect(
      world.spreadsheets.active!.sheets.some(
        s => s.name === '_facturacion_pdf_zip',
      ),
    ).toBe(false);
  });
});

describe('resuming a ZIP job', () => {
  // 300 PDFs of 400 KB: 120 MB, so three parts of at most 45 MB.
  const COUNT = 300;
  const BYTES = 400 * KB;

  it('a run killed mid-way resumes: no PDF lost or repeated, no ZIP twice', () => {
    const {world, addon, exportId, invoices} = setup(COUNT, BYTES);
    // The 5th batch read kills the run (after part 1 was saved, during part 2).
    world.emulator.faults.add({
      key: 'UrlFetchApp.fetchAll',
      nth: 5,
      message: '',
      kill: true,
    });
    const {results, killed} = zipUntilDone(addon, invoices);
    expect(killed).toBe(1);
    const out = results.at(-1)!;
    expect(out.included.length).toBe(COUNT);
    const {zips, entries} = zippedEntries(world, exportId);
    expect(entries.length).toBe(COUNT);
    expect(new Set(entries).size).toBe(COUNT);
    expect(zips.length).toBe(out.zips.length);
    expect(out.zips.map(z => z.name.replace(/\d{8}_\d{6}/, 'F'))).toEqual([
      'PDF_facturas_F_parte1.zip',
      'PDF_facturas_F_parte2.zip',
      'PDF_facturas_F_parte3.zip',
    ]);
  });

  it('a run killed just after a part was saved in Drive redoes that part and finds it', () => {
    const {world, addon, exportId, invoices} = setup(COUNT, BYTES);
    world.emulator.faults.add({
      key: 'Drive.Files.create',
      nth: 2,
      message: '',
      kill: true,
      afterEffect: true,
    });
    const {results, killed} = zipUntilDone(addon, invoices);
    expect(killed).toBe(1);
    const {zips, entries} = zippedEntries(world, exportId);
    expect(zips.length).toBe(3);
    expect(new Set(entries).size).toBe(COUNT);
    expect(entries.length).toBe(COUNT);
    expect(results.at(-1)!.zips.length).toBe(3);
  });

  it('pauses when Google stays busy, says so in the polled status, and continues', () => {
    const {world, addon, invoices} = setup(200);
    world.emulator.faults.add({
      key: 'UrlFetchApp.fetchAll',
      nth: 2,
      times: 5,
      message:
        'Service invoked too many times in a short time: urlfetch. Try Utilities.sleep(1000) between calls.',
    });
    const first = addon.run<ZipPdfsResult>('zipPdfs', [invoices.join('\n')]);
    expect(first.state).toBe('paused');
    expect(first.filesDone).toBe(50);
    expect(first.message).toMatch(/^Google no respondió al leer los PDF \(/);
    const polled = addon.run<ZipJobStatusDto>('getZipStatus', []);
    expect(polled).toMatchObject({
      kind: 'pdf-zip',
      state: 'paused',
      filesDone: 50,
      filesTotal: 200,
      zipsSaved: 1,
    });
    const second = addon.run<ZipPdfsResult>('zipPdfs', [invoices.join('\n')]);
    expect(second.state).toBe('done');
    expect(second.included.length).toBe(200);
    expect(second.zips.map(z => z.files)).toEqual([50, 150]);
  });
});

describe('single PDFs that fail, and who may ZIP', () => {
  it('lists a PDF trashed or deleted since the index was built, and ZIPs the rest', () => {
    const {world, addon, ids, invoices} = setup(30);
    world.driveStore.setTrashed(ids.get('FE3')!, true);
    world.driveStore.remove(ids.get('FE7')!);
    const {results} = zipUntilDone(addon, invoices);
    const out = results.at(-1)!;
    expect(out.state).toBe('done');
    expect(out.included.length).toBe(28);
    expect(out.skipped).toEqual([
      {
        invoice: 'FE3',
        reason: 'No se pudo leer "FE3.pdf" (está en la papelera de Drive).',
      },
      {
        invoice: 'FE7',
        reason:
          'No se pudo leer "FE7.pdf" (no existe o no está compartido con su cuenta).',
      },
    ]);
  });

  it('an editor of the spreadsheet runs it as themselves; a viewer is told they need edit access', () => {
    const {world, addon, exportId, invoices} = setup(60);
    const {results} = zipUntilDone(addon, invoices, TEAM.editor);
    expect(results.at(-1)!.included.length).toBe(60);
    expect(zippedEntries(world, exportId).entries.length).toBe(60);
    expect(() =>
      addon.run('zipPdfs', [invoices.join('\n')], {user: TEAM.viewer}),
    ).toThrow(/solo tiene acceso de lectura/);
  });
});
