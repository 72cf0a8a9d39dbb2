// The PDF finder with no index yet, through build/Code.js: a few invoices are searched directly in
// Drive (name searches plus the folder listing), with the index's exact answers and a pinned budget.
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import type {LoadedAddon} from '../emulator/load-addon';
import {buildInvoiceTree, type DriveTreeReport} from '../fixtures/drive-tree';
import type {
  FindPdfsResult,
  PdfJobStatusDto,
  PdfLookupDto,
} from '../../src/common/pdf-api';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');

function setup() {
  const world = createWorld();
  world.spreadsheets.create('Facturación');
  const truth = buildInvoiceTree(world.driveStore, {
    count: 3000,
    years: [2024, 2025],
    subfolders: 2,
    seed: 7,
  });
  // Copies outside the configured root: a search by name finds them, the answer must not.
  const elsewhere = world.driveStore.addFolder({name: 'Descargas'});
  const outside = truth.invoices.slice(0, 5).map(inv =>
    world.driveStore.addFile({
      name: `${inv.number}.pdf`,
      parents: [elsewhere.id],
      mimeType: 'application/pdf',
      size: 1000,
    }),
  );
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [{...settings, pdfRootFolders: [truth.rootId]}]);
  return {world, addon, truth, outside};
}

/** Master rows of the invoices (date and tab feed the folder check). */
function rowsOf(truth: DriveTreeReport, numbers: string[]) {
  const byNumber = new Map(truth.invoices.map(i => [i.number, i]));
  return numbers.map(n => {
    const inv = byNumber.get(n)!;
    return {
      invoiceNumber: n,
      issueDate: `${inv.year}-${String(inv.month).padStart(2, '0')}-15`,
      billingMonth: null,
      tab:
        inv.branch === 'mandato'
          ? 'Relacion facturas mandato'
          : 'Relacion facturas Costos Fijos',
    };
  });
}

/** 20 invoices with every defect of the fixture among them, then plain ones. */
function mixedTwenty(truth: DriveTreeReport): string[] {
  const decoyBases = truth.decoys.map(d => d.replace(/\d\.pdf$/, ''));
  const picked = new Set<string>([
    ...truth.missing.slice(0, 2),
    ...truth.duplicated.slice(0, 3),
    ...truth.misplaced.slice(0, 3),
    ...truth.trashed.slice(0, 2),
    ...truth.renamed.slice(0, 3),
    ...decoyBases.filter(b => truth.pdfsByInvoice.has(b)).slice(0, 2),
    ...truth.invoices.slice(0, 2).map(i => i.number),
  ]);
  for (const inv of truth.invoices) {
    if (picked.size >= 20) break;
    picked.add(inv.number);
  }
  return [...picked];
}

function driveCalls(world: ReturnType<typeof createWorld>, mark: number) {
  return world.emulator.log
    .since(mark)
    .filter(r => r.service === 'Drive' || r.service === 'DriveApp')
    .map(r => r.method);
}

function comparable(results: PdfLookupDto[]) {
  return results.map(r => ({
    invoice: r.invoice,
    status: r.status,
    reason: r.reason,
    files: r.files.map(f => `${f.fileId}|${f.name}|${f.folderPath}|${f.size}`),
  }));
}

function buildIndex(addon: LoadedAddon): void {
  for (let i = 0; i < 20; i++) {
    const s = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
    if (s.state === 'done') return;
  }
  throw new Error('index not built');
}

describe('finding PDFs with no index yet (3,000 invoices, fixture with defects)', () => {
  const {world, addon, truth, outside} = setup();
  const twenty = mixedTwenty(truth);
  const thousand = truth.invoices.slice(0, 1000).map(i => i.number);
  let direct20: FindPdfsResult;
  let calls20: string[];
  let direct1000: FindPdfsResult;
  let calls1000: string[];

  beforeAll(() => {
    let mark = world.emulator.log.mark();
    direct20 = addon.run<FindPdfsResult>('findPdfs', [rowsOf(truth, twenty)]);
    calls20 = driveCalls(world, mark);
    mark = world.emulator.log.mark();
    direct1000 = addon.run<FindPdfsResult>('findPdfs', [
      rowsOf(truth, thousand),
    ]);
    calls1000 = driveCalls(world, mark);
  });

  it('finds 20 invoices in 3 Drive calls: the root, one name search, one page of the 172 folders', () => {
    expect(twenty.length).toBe(20);
    expect(calls20).toEqual(['Files.get', 'Files.list', 'Files.list']);
    expect(direct20.index.exists).toBe(false);
    expect(direct20.messages.join(' ')).toContain(
      'Se buscó directamente en Drive (3 consultas).',
    );
  });

  it('finds 1,000 invoices in 52 Drive calls: the root, 50 name searches of 20 invoices, one folder page', () => {
    expect(calls1000.length).toBe(52);
    expect(direct1000.results.length).toBe(1000);
  });

  it('answers exactly as the index: found, duplicate, missing, suspicious, never a decoy or a copy outside the root', () => {
    buildIndex(addon);
    const mark = world.emulator.log.mark();
    const indexed20 = addon.run<FindPdfsResult>('findPdfs', [
      rowsOf(truth, twenty),
    ]);
    const indexed1000 = addon.run<FindPdfsResult>('findPdfs', [
      rowsOf(truth, thousand),
    ]);
    expect(driveCalls(world, mark)).toEqual([]);
    expect(comparable(direct20.results)).toEqual(comparable(indexed20.results));
    expect(comparable(direct1000.results)).toEqual(
      comparable(indexed1000.results),
    );
    const statuses = new Set(direct20.results.map(r => r.status));
    expect([...statuses].sort()).toEqual([
      'duplicate',
      'found',
      'missing',
      'suspicious',
    ]);
    const outsideIds = new Set(outside.map(f => f.id));
    const decoys = new Set(truth.decoys);
    for (const r of direct1000.results)
      for (const f of r.files) {
        expect(outsideIds.has(f.fileId)).toBe(false);
        expect(decoys.has(f.name)).toBe(false);
      }
    const renamed = direct20.results.find(r =>
      truth.renamed.includes(r.invoice),
    )!;
    expect(renamed.files[0].name).toMatch(/^Factura [A-Z]+-\d+ /);
  });
});
