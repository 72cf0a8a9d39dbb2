// The PDF finder through the shipped bundle (build/Code.js) in the emulator: call budgets on a
// 50,000-PDF tree, lookups with no Drive call, resuming after a 429 and after a timeout, bad roots,
// hostile names, ZIPs.
import {join} from 'node:path';
import {unzipSync} from 'fflate';
import {createWorld, type World} from '../emulator/world';
import {driveFault} from '../emulator/drive';
import type {LoadedAddon} from '../emulator/load-addon';
import type {DriveItem} from '../emulator/drive';
import {buildInvoiceTree, MONTHS} from '../fixtures/drive-tree';
import type {
  FindPdfsResult,
  PdfIndexStatusDto,
  PdfJobStatusDto,
  ZipPdfsResult,
} from '../../src/common/pdf-api';
import type {Settings} from '../../src/common/settings';
import {companionOf} from '../fixtures/companion';

const BUNDLE = join(__dirname, '../../build/Code.js');
const INDEX_SHEET = '_facturacion_pdf_index';

interface Tree {
  rootId: string;
  exportId: string;
  folders: number;
  leaves: DriveItem[];
}

/**
 * Facturacion/Año Y/MM. Mes/Facturacion Finkargo|mandato/Lote N: 4 years -> 1 + 4 + 48 + 96 + 864
 * = 1,013 folders; `pdfs` PDFs FE1..FEn (ITPA under mandato) spread over the lotes, plus DIAN
 * XML noise that must not count.
 */
function buildTree(world: World, pdfs: number): Tree {
  const store = world.driveStore;
  const root = store.addFolder({name: 'Facturacion'});
  const exportFolder = store.addFolder({name: 'Exportaciones'});
  let folders = 1;
  const leaves: DriveItem[] = [];
  for (const year of [2022, 2023, 2024, 2025]) {
    const y = store.addFolder({name: `Año ${year}`, parents: [root.id]});
    folders++;
    MONTHS.forEach((month, i) => {
      const m = store.addFolder({
        name: `${String(i + 1).padStart(2, '0')}. ${month}`,
        parents: [y.id],
      });
      folders++;
      for (const branch of ['Facturacion Finkargo', 'Facturacion mandato']) {
        const b = store.addFolder({name: branch, parents: [m.id]});
        folders++;
        for (let lote = 1; lote <= 9; lote++) {
          leaves.push(store.addFolder({name: `Lote ${lote}`, parents: [b.id]}));
          folders++;
        }
        store.addFile({
          name: 'fv08001972680001900000011.xml',
          parents: [b.id],
          mimeType: 'application/xml',
          size: 4000,
        });
      }
    });
  }
  for (let n = 1; n <= pdfs; n++) {
    const leaf = leaves[n % leaves.length];
    const prefix = /mandato/.test(store.path(leaf.id)) ? 'ITPA' : 'FE';
    store.addFile({
      name: `${prefix}${n}.pdf`,
      parents: [leaf.id],
      mimeType: 'application/pdf',
      size: 180000,
    });
  }
  return {rootId: root.id, exportId: exportFolder.id, folders, leaves};
}

function setup(pdfs: number) {
  const world = createWorld();
  world.spreadsheets.create('Facturación PDF');
  const tree = buildTree(world, pdfs);
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [
    {...settings, pdfRootFolders: [tree.rootId], exportFolder: tree.exportId},
  ]);
  return {world, addon, tree};
}

function driveCalls(world: World, mark: number): number {
  return world.emulator.log
    .since(mark)
    .filter(r => r.service === 'Drive' || r.service === 'DriveApp').length;
}

/** Calls refreshPdfIndex run after run until done; returns the statuses. */
function refreshUntilDone(addon: LoadedAddon, options = {}): PdfJobStatusDto[] {
  const out: PdfJobStatusDto[] = [];
  for (let i = 0; i < 20; i++) {
    const status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [options]);
    out.push(status);
    if (status.state === 'done') return out;
  }
  throw new Error(`not done: ${JSON.stringify(out.at(-1))}`);
}

/** The index sheet's store in the companion workbook (test view, no service call). */
function indexSheet(world: World) {
  const sheet = companionOf(world).sheets.find(s => s.name === INDEX_SHEET);
  if (!sheet) throw new Error('no index sheet');
  return sheet;
}

/** Data rows of the index sheet as stored (header skipped). */
function indexRows(world: World): string[][] {
  const sheet = indexSheet(world);
  const {rows, columns} = sheet.extent();
  const out: string[][] = [];
  for (let r = 2; r <= rows; r++) {
    const row: string[] = [];
    for (let c = 1; c <= columns; c++) row.push(String(sheet.get(r, c) ?? ''));
    out.push(row);
  }
  return out;
}

describe('PDF index on a 50,000-PDF tree in ~1,000 folders', () => {
  const {world, addon, tree} = setup(50000);
  let built: PdfJobStatusDto[] = [];
  let buildCalls = 0;

  beforeAll(() => {
    const mark = world.emulator.log.mark();
    built = refreshUntilDone(addon);
    buildCalls = driveCalls(world, mark);
  });

  it('builds in 138 Drive calls (limit 150): list pages with parents hold at most 460 items', () => {
    expect(built.at(-1)!.state).toBe('done');
    // 3 Files.get + getStartPageToken + 130 Files.list pages: 51,013 items in pages of at most
    // 460 (test/emulator/drive/paging.ts; was 73 calls with pages of 1,000); and the companion
    // workbook made on first need (issue 18.2): Files.get of the Master's folder, one Files.list
    // for a companion a killed run left, Files.update (tag, folder), Permissions.list.
    expect(buildCalls).toBe(138);
    expect(buildCalls).toBeLessThanOrEqual(150);
    expect(built.at(-1)!.message).toBe(
      `Índice listo: 50.000 PDF en ${new Intl.NumberFormat('es-CO').format(tree.folders)} carpetas (0 sin número de factura en el nombre).`,
    );
  });

  it('writes every PDF once to a hidden, protected, tagged index sheet', () => {
    const status = addon.run<PdfIndexStatusDto>('getIndexStatus');
    expect(status).toMatchObject({
      exists: true,
      pdfCount: 50000,
      entryCount: 50000,
      folderCount: tree.folders,
      rootsChanged: false,
    });
    const rows = indexRows(world);
    expect(rows.length).toBe(50000);
    expect(new Set(rows.map(r => r[1])).size).toBe(50000);
    const sheet = indexSheet(world);
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.hidden).toBe(true);
    expect(sheet.protection).not.toBeNull();
    expect(sheet.metadata.map(m => m.key)).toContain('facturacion.pdf');
  });

  it('refreshes with nothing relevant changed in at most 3 Drive calls and 0 index cells read', () => {
    const mark = world.emulator.log.mark();
    const status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
    expect(status.state).toBe('done');
    // The build wrote the index sheet, so Drive lists the spreadsheet itself as changed (as the
    // platform does); a spreadsheet is neither a PDF nor a folder, so the index is not even read.
    const changed = world.emulator.log
      .since(mark)
      .filter(c => c.method === 'Changes.list');
    expect(changed.length).toBeGreaterThan(0);
    expect(status.message).toBe(
      'El índice de PDF está al día: ningún cambio de Drive es de un PDF o una carpeta.',
    );
    expect(driveCalls(world, mark)).toBeLessThanOrEqual(3);
    const cellsRead = world.emulator.log
      .since(mark)
      .filter(c => c.service === 'SpreadsheetApp' || c.service === 'Sheets')
      .reduce((n, c) => n + c.cells, 0);
    expect(cellsRead).toBe(0);
  });

  it('refreshes with changes only outside the roots in at most 3 Drive calls and 0 index cells read', () => {
    const store = world.driveStore;
    const elsewhere = store.addFolder({name: 'Descargas'});
    store.addFolder({name: 'Facturas viejas', parents: [elsewhere.id]});
    store.addFile({
      name: 'FE77.pdf',
      parents: [elsewhere.id],
      mimeType: 'application/pdf',
      size: 1000,
    });
    const mark = world.emulator.log.mark();
    const status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
    expect(status.message).toBe(
      'El índice de PDF está al día: ningún cambio de Drive toca las carpetas configuradas.',
    );
    expect(driveCalls(world, mark)).toBeLessThanOrEqual(3);
    const cellsRead = world.emulator.log
      .since(mark)
      .filter(c => c.service === 'SpreadsheetApp' || c.service === 'Sheets')
      .reduce((n, c) => n + c.cells, 0);
    expect(cellsRead).toBe(0);
  });

  it('still reads the index when a PDF leaves the roots, and forgets it', () => {
    const store = world.driveStore;
    const elsewhere = store.addFolder({name: 'Archivo'});
    const fe5 = [...store.childIds(tree.leaves[5].id)]
      .map(id => store.get(id)!)
      .find(f => f.name === 'FE5.pdf')!;
    store.setParents(fe5.id, [elsewhere.id]);
    const status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
    expect(status.message).toMatch(
      /^Índice de PDF actualizado con 1 cambio de Drive/,
    );
    const out = addon.run<FindPdfsResult>('findPdfs', [['FE5']]);
    expect(out.results.map(r => r.status)).toEqual(['missing']);
  });

  it('looks up 1,000 invoices with no Drive call, exactly', () => {
    const numbers: string[] = [];
    for (let n = 1; n <= 1000; n++)
      numbers.push(n % 2 ? `fe-${n * 7}` : `ITPA ${n * 7}`);
    const mark = world.emulator.log.mark();
    const out = addon.run<FindPdfsResult>('findPdfs', [numbers.join('\n')]);
    expect(driveCalls(world, mark)).toBe(0);
    expect(out.results.length).toBe(1000);
    for (const r of out.results) {
      const n = Number(r.invoice.replace(/\D/g, ''));
      const mandato = /mandato/.test(
        world.driveStore.path(tree.leaves[n % tree.leaves.length].id),
      );
      const expectedPrefix = mandato ? 'ITPA' : 'FE';
      if (r.invoice.startsWith(expectedPrefix)) {
        expect(r.status).toBe('found');
        expect(r.files.map(f => f.name)).toEqual([`${r.invoice}.pdf`]);
      } else {
        expect(r.status).toBe('missing');
      }
    }
  });

  it('picks up a new, a renamed and a trashed PDF in a cheap refresh', () => {
    const store = world.driveStore;
    const leaf = tree.leaves[0];
    store.addFile({
      name: 'dian_FE900001.pdf',
      parents: [leaf.id],
      mimeType: 'application/pdf',
      size: 1000,
    });
    const fe1 = [...store.childIds(tree.leaves[1].id)]
      .map(id => store.get(id)!)
      .find(f => f.name === 'FE1.pdf')!;
    store.rename(fe1.id, 'Factura FE-1 corregida.pdf');
    const fe3 = [...store.childIds(tree.leaves[3].id)]
      .map(id => store.get(id)!)
      .find(f => f.name === 'FE3.pdf')!;
    store.setTrashed(fe3.id, true);
    const mark = world.emulator.log.mark();
    const status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
    expect(status.state).toBe('done');
    expect(driveCalls(world, mark)).toBeLessThanOrEqual(3);
    const out = addon.run<FindPdfsResult>('findPdfs', [
      ['FE900001', 'FE1', 'FE3'],
    ]);
    expect(
      out.results.map(r => [r.invoice, r.status, r.files.map(f => f.name)]),
    ).toEqual([
      ['FE900001', 'found', ['dian_FE900001.pdf']],
      ['FE1', 'found', ['Factura FE-1 corregida.pdf']],
      ['FE3', 'missing', []],
    ]);
  });
});

/** The index's (key, file id) pairs, sorted: what a correct build must end with. */
function indexPairs(world: World): string[] {
  return indexRows(world)
    .map(r => `${r[0]}|${r[1]}|${r[3]}`)
    .sort();
}

describe('resuming after failures (5,000 PDFs)', () => {
  /** The index a build with no fault writes. */
  const reference = (() => {
    const {world, addon} = setup(5000);
    refreshUntilDone(addon);
    return {
      pairs: indexPairs(world),
      calls: world.emulator.log.count('Drive.Files.list'),
    };
  })();

  it('absorbs a 429 mid-build with backoff and ends with the same index', () => {
    const {world, addon} = setup(5000);
    world.emulator.faults.add(driveFault('Drive.Files.list', 429, 4));
    const mark = world.emulator.log.mark();
    const t0 = world.emulator.clock.now();
    const statuses = refreshUntilDone(addon);
    expect(statuses.length).toBe(1);
    expect(world.emulator.log.count('Drive.Files.list', mark)).toBe(
      reference.calls + 1,
    );
    // Utilities.sleep(1 s) before the retry advanced the virtual clock.
    expect(world.emulator.log.count('Utilities.sleep', mark)).toBe(1);
    expect(world.emulator.clock.now() - t0).toBeGreaterThan(1000);
    expect(indexPairs(world)).toEqual(reference.pairs);
  });

  it('pauses when 429s outlast the retries, then resumes with no duplicate or lost entry', () => {
    const {world, addon} = setup(5000);
    world.emulator.faults.add(driveFault('Drive.Files.list', 429, 6, 5));
    const statuses = refreshUntilDone(addon);
    expect(statuses.map(s => s.state)).toEqual(['paused', 'done']);
    expect(statuses[0].message).toContain('Drive no respondió');
    expect(statuses[0].message).toContain(
      'vuelva a actualizar el índice para continuar',
    );
    const pairs = indexPairs(world);
    expect(pairs).toEqual(reference.pairs);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('survives a run killed by the 6-minute limit mid-build', () => {
    const {world, addon} = setup(5000);
    // One Files.list hangs: the platform kills the run wherever it is.
    const drive = world.globals().Drive as {
      Files: {list: (a: unknown) => unknown};
    };
    const list = drive.Files.list;
    let n = 0;
    drive.Files.list = (a: unknown) => {
      // The index's own pages only (not the search for a companion workbook).
      const companion = JSON.stringify(a).includes('Facturación - resultados');
      if (!companion && ++n === 14) world.emulator.spend(6 * 60 * 1000);
      return list(a);
    };
    expect(() => addon.run('refreshPdfIndex', [{}])).toThrow(
      'Exceeded maximum execution time',
    );
    const status = addon.run<PdfIndexStatusDto>('getIndexStatus');
    expect(status.exists).toBe(false);
    expect(status.unfinishedJobId).not.toBeNull();
    const mark = world.emulator.log.mark();
    const statuses = refreshUntilDone(addon);
    // It resumed from the last checkpoint (page 10): only the pages after it are listed again
    // (and the companion workbook, made by the killed run, is not looked for again).
    const resumedLists = world.emulator.log.count('Drive.Files.list', mark);
    expect(resumedLists).toBeLessThan(reference.calls);
    expect(resumedLists).toBe(reference.calls - 1 - 10);
    expect(statuses.at(-1)!.state).toBe('done');
    const pairs = indexPairs(world);
    expect(pairs).toEqual(reference.pairs);
    expect(new Set(pairs).size).toBe(pairs.length);
    drive.Files.list = list;
  });

  it('stops before the limit when Drive is slow, and finishes over several runs', () => {
    const {world, addon} = setup(5000);
    const drive = world.globals().Drive as {
      Files: {list: (a: unknown) => unknown};
    };
    const list = drive.Files.list;
    drive.Files.list = (a: unknown) => {
      world.emulator.spend(30 * 1000);
      return list(a);
    };
    const runs: number[] = [];
    const statuses: PdfJobStatusDto[] = [];
    for (let i = 0; i < 10 && statuses.at(-1)?.state !== 'done'; i++) {
      const t0 = world.emulator.clock.now();
      statuses.push(addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]));
      runs.push(world.emulator.clock.now() - t0);
    }
    drive.Files.list = list;
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.slice(0, -1).every(s => s.state === 'paused')).toBe(true);
    expect(statuses[0].message).toContain(
      'Pausa para no pasar el límite de 6 minutos',
    );
    expect(statuses.at(-1)!.state).toBe('done');
    expect(Math.max(...runs)).toBeLessThan(6 * 60 * 1000);
    // The sidebar can poll the job while it is paused.
    expect(
      addon.run<PdfJobStatusDto>('getJobStatus', [statuses[0].jobId])!.jobId,
    ).toBe(statuses[0].jobId);
    expect(indexPairs(world)).toEqual(reference.pairs);
  });

  // files.list reference (developers.google.com/drive/api/reference/rest/v3/files/list, pageSize):
  // "Partial or empty result pages are possible even before the end of the files list has been
  // reached." The emulator serves seeded short pages (test/emulator/drive/paging.ts).
  it('builds the same index when Drive serves partial and empty pages', () => {
    const {world, addon} = setup(5000);
    world.driveStore.pages.paging.shortPages = {
      seed: 11,
      empty: 0.25,
      partial: 0.5,
    };
    const statuses = refreshUntilDone(addon);
    expect(statuses.at(-1)!.state).toBe('done');
    expect(indexPairs(world)).toEqual(reference.pairs);
    // Short pages cost more pages than full ones, each a charged call.
    expect(world.emulator.log.count('Drive.Files.list')).toBeGreaterThan(
      reference.calls,
    );
  });

  it('a refresh lists a new folder of 600 PDFs through partial and empty pages', () => {
    const {world, addon, tree} = setup(5000);
    refreshUntilDone(addon);
    const store = world.driveStore;
    const added = store.addFolder({
      name: 'Lote 10',
      parents: [tree.leaves[0].id],
    });
    for (let n = 1; n <= 600; n++) {
      store.addFile({
        name: `FE${700000 + n}.pdf`,
        parents: [added.id],
        mimeType: 'application/pdf',
        size: 1000,
      });
    }
    store.pages.paging.shortPages = {seed: 5, empty: 0.3, partial: 0.5};
    const mark = world.emulator.log.mark();
    const status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
    expect(status.state).toBe('done');
    // More than the two full pages (460 + 140) the 600 PDFs need without short pages.
    expect(world.emulator.log.count('Drive.Files.list', mark)).toBeGreaterThan(
      2,
    );
    expect(addon.run<PdfIndexStatusDto>('getIndexStatus').pdfCount).toBe(5600);
    const numbers = Array.from({length: 600}, (_, i) => `FE${700001 + i}`);
    const out = addon.run<FindPdfsResult>('findPdfs', [numbers.join('\n')]);
    expect(out.results.filter(r => r.status === 'found')).toHaveLength(600);
  });
});

describe('bad input', () => {
  it('names a root folder that no longer exists or is not shared, in Spanish', () => {
    const {world, addon, tree} = setup(10);
    world.driveStore.remove(tree.rootId);
    expect(() => addon.run('refreshPdfIndex', [{}])).toThrow(
      `La carpeta de PDF con id "${tree.rootId}" no existe o no está compartida con su cuenta`,
    );
  });

  it('says an empty folder holds no PDF', () => {
    const world = createWorld();
    world.spreadsheets.create('Vacía');
    const empty = world.driveStore.addFolder({name: 'Vacía'});
    const addon = world.loadAddon(BUNDLE);
    const settings = addon.run<Settings>('getSettings');
    addon.run('saveSettings', [{...settings, pdfRootFolders: [empty.id]}]);
    const status = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
    expect(status.state).toBe('done');
    expect(status.warnings).toEqual([
      'Las carpetas configuradas no contienen ningún PDF.',
    ]);
  });

  it('stores and returns hostile names as plain text, never a formula', () => {
    const {world, addon, tree} = setup(10);
    const leaf = tree.leaves[0];
    world.driveStore.addFile({
      name: '<script>alert(1)</script> FE777001.pdf',
      parents: [leaf.id],
      mimeType: 'application/pdf',
      size: 10,
    });
    world.driveStore.addFile({
      name: '=HYPERLINK("x") FE777002.pdf',
      parents: [leaf.id],
      mimeType: 'application/pdf',
      size: 10,
    });
    world.driveStore.addFile({
      name: '<script>alert(1)</script>.pdf',
      parents: [leaf.id],
      mimeType: 'application/pdf',
      size: 10,
    });
    refreshUntilDone(addon, {full: true});
    const sheet = indexSheet(world);
    expect(sheet.formulas.size).toBe(0);
    const names = indexRows(world).map(r => r[2]);
    expect(names).toContain('=HYPERLINK("x") FE777002.pdf');
    expect(names).toContain('<script>alert(1)</script> FE777001.pdf');
    const out = addon.run<FindPdfsResult>('findPdfs', ['FE777001 FE777002']);
    expect(out.results.map(r => r.files[0].name)).toEqual([
      '<script>alert(1)</script> FE777001.pdf',
      '=HYPERLINK("x") FE777002.pdf',
    ]);
    const tab = addon.run<{sheetName: string; rows: number}>(
      'writePdfResultsSheet',
      ['FE777002\nFE1'],
    );
    const results = companionOf(world).sheets.find(
      s => s.name === tab.sheetName,
    )!;
    expect(results.formulas.size).toBe(0);
    expect(results.get(2, 3)).toBe('=HYPERLINK("x") FE777002.pdf');
  });

  it('reads 10,000 pasted lines with garbage and says what it ignored', () => {
    const {addon} = setup(10);
    refreshUntilDone(addon);
    const lines: string[] = [];
    for (let i = 1; i <= 10000; i++)
      lines.push(i % 100 === 0 ? `=cmd|' /C calc'!A0 ${i}` : `fe ${i}`);
    const out = addon.run<FindPdfsResult>('findPdfs', [lines.join('\n')]);
    expect(out.results.length).toBe(9900);
    expect(out.messages[0]).toMatch(
      /^Se ignoraron \d+ textos que no son números de factura \(línea 100: /,
    );
  });
});

describe('ZIP of the PDFs found', () => {
  it('saves a ZIP in the export folder with the found PDFs and lists the missing', () => {
    const {world, addon, tree} = setup(0);
    const bytes = (n: number) =>
      new TextEncoder().encode(`%PDF-1.4 factura ${n}`);
    const leaf = tree.leaves[0];
    world.driveStore.addFile({
      name: 'FE9133.pdf',
      parents: [leaf.id],
      mimeType: 'application/pdf',
      content: bytes(9133),
    });
    world.driveStore.addFile({
      name: 'FE91330.pdf',
      parents: [leaf.id],
      mimeType: 'application/pdf',
      content: bytes(91330),
    });
    refreshUntilDone(addon);
    const out = addon.run<ZipPdfsResult>('zipPdfs', ['FE9133, FE1234']);
    expect(out.included).toEqual(['FE9133']);
    expect(out.missing).toEqual(['FE1234']);
    expect(out.zips.length).toBe(1);
    const zip = world.driveStore.get(out.zips[0].fileId)!;
    expect(zip.parents).toEqual([tree.exportId]);
    const files = unzipSync(world.driveStore.bytes(zip));
    expect(Object.keys(files)).toEqual(['FE9133.pdf']);
    expect(new TextDecoder().decode(files['FE9133.pdf'])).toBe(
      '%PDF-1.4 factura 9133',
    );
  });
});

describe('ZIPs over the blob limit', () => {
  it('splits 60 MB of PDFs into ZIPs of at most 45 MB of PDFs each', () => {
    const {world, addon, tree} = setup(0);
    const MB = 1024 * 1024;
    for (let n = 1; n <= 3; n++) {
      const bytes = new Uint8Array(20 * MB).fill(n);
      world.driveStore.addFile({
        name: `FE${n}.pdf`,
        parents: [tree.leaves[n].id],
        mimeType: 'application/pdf',
        content: bytes,
      });
    }
    refreshUntilDone(addon);
    const mark = world.emulator.log.mark();
    const out = addon.run<ZipPdfsResult>('zipPdfs', ['FE1 FE2 FE3']);
    expect(out.included).toEqual(['FE1', 'FE2', 'FE3']);
    // One UrlFetchApp.fetchAll per batch and no DriveApp read per PDF: the batches stop at 45 MB.
    const reads = world.emulator.log
      .since(mark)
      .filter(c =>
        /^(UrlFetchApp\.|DriveApp\.(getFileById|File\.))/.test(
          `${c.service}.${c.method}`,
        ),
      )
      .map(c => `${c.service}.${c.method}`);
    expect(reads).toEqual(['UrlFetchApp.fetchAll', 'UrlFetchApp.fetchAll']);
    expect(
      out.zips.map(z => [z.name.replace(/\d{8}_\d{6}/, 'FECHA'), z.files]),
    ).toEqual([
      ['PDF_facturas_FECHA_parte1.zip', 2],
      ['PDF_facturas_FECHA_parte2.zip', 1],
    ]);
    for (const z of out.zips) {
      const files = unzipSync(
        world.driveStore.bytes(world.driveStore.get(z.fileId)!),
      );
      const total = Object.values(files).reduce((sum, f) => sum + f.length, 0);
      expect(total).toBeLessThanOrEqual(45 * MB);
    }
    expect(out.messages).toContain(
      'Los PDF pesan más de 45 MB en total: se guardaron en 2 archivos ZIP.',
    );
  });
});

describe('a realistic tree in a shared drive (fixture with defects)', () => {
  const world = createWorld();
  world.spreadsheets.create('Facturación');
  const truth = buildInvoiceTree(world.driveStore, {
    count: 3000,
    sharedDrive: 'Finanzas',
    subfolders: 2,
    seed: 7,
  });
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [{...settings, pdfRootFolders: [truth.rootId]}]);

  it('builds the index of a shared-drive root', () => {
    const statuses = refreshUntilDone(addon);
    expect(statuses.at(-1)!.warnings).toEqual([]);
    expect(addon.run<PdfIndexStatusDto>('getIndexStatus').folderCount).toBe(
      truth.folders,
    );
  });

  it('answers found, duplicate, missing and suspicious as the tree was made, from Master rows', () => {
    const rows = truth.invoices.map(inv => ({
      invoiceNumber: inv.number,
      issueDate: `${inv.year}-${String(inv.month).padStart(2, '0')}-15`,
      billingMonth: null,
      tab:
        inv.branch === 'mandato'
          ? 'Relacion facturas mandato'
          : 'Relacion facturas Costos Fijos',
    }));
    const mark = world.emulator.log.mark();
    const out = addon.run<FindPdfsResult>('findPdfs', [rows]);
    expect(driveCalls(world, mark)).toBe(0);
    const duplicated = new Set(truth.duplicated);
    const misplaced = new Set(truth.misplaced);
    const missing = new Set(truth.missing);
    const decoys = new Set(truth.decoys);
    let suspicious = 0;
    for (const r of out.results) {
      const ids = truth.pdfsByInvoice.get(r.invoice) ?? [];
      for (const f of r.files) expect(decoys.has(f.name)).toBe(false);
      if (missing.has(r.invoice)) expect(r.status).toBe('missing');
      else if (duplicated.has(r.invoice)) {
        expect(r.status).toBe('duplicate');
        expect(r.files.map(f => f.fileId).sort()).toEqual([...ids].sort());
      } else if (misplaced.has(r.invoice)) {
        expect(r.status).toBe('suspicious');
        expect(r.reason).toMatch(/^Revisar: la carpeta es de /);
        suspicious++;
      } else {
        expect(r.status).toBe('found');
        expect(r.files.map(f => f.fileId)).toEqual(ids);
      }
    }
    expect(out.results.length).toBe(truth.invoices.length);
    expect(suspicious).toBeGreaterThan(10);
    expect(truth.renamed.length).toBeGreaterThan(10);
    expect(truth.decoys.length).toBeGreaterThan(10);
  });
});

describe('roots in several shared drives', () => {
  it('searches all drives and reports an incomplete Drive search', () => {
    const world = createWorld();
    world.spreadsheets.create('Facturación');
    const store = world.driveStore;
    const roots: string[] = [];
    for (let d = 1; d <= 6; d++) {
      const drive = store.createSharedDrive(`Unidad ${d}`);
      const folder = store.addFolder({
        name: `Facturacion ${d}`,
        parents: [drive.id],
      });
      store.addFile({
        name: `FE${d}.pdf`,
        parents: [folder.id],
        mimeType: 'application/pdf',
        size: 10,
      });
      if (d <= 2) roots.push(folder.id);
    }
    const addon = world.loadAddon(BUNDLE);
    const settings = addon.run<Settings>('getSettings');
    addon.run('saveSettings', [{...settings, pdfRootFolders: roots}]);
    const status = refreshUntilDone(addon).at(-1)!;
    expect(status.state).toBe('done');
    expect(status.warnings[0]).toContain('incompleteSearch');
    const out = addon.run<FindPdfsResult>('findPdfs', ['FE1 FE2 FE3']);
    expect(out.results.map(r => r.status)).toEqual([
      'found',
      'found',
      'missing',
    ]);
    expect(addon.run<PdfIndexStatusDto>('getIndexStatus').message).toContain(
      'incompleta',
    );
  });
});
