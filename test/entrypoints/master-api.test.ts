// The Master sidebar API through the shipped bundle (build/Code.js) in the emulator, on generated
// Masters (clean and messy, 2 x 100,000 rows): totals checked against the generator's own row list,
// the 3-call read budget pinned, snapshot reuse and invalidation, the SpreadsheetApp fallback.
import {join} from 'node:path';
import {createWorld, type World} from '../emulator/world';
import {loadAddon} from '../emulator/load-addon';
import {
  addMaster,
  generateMaster,
  type Master,
  type MasterRow,
} from '../fixtures/master';
import type {InvoicePage} from '../../src/common/master-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** Independent totals of the generator's rows: per currency, count and net billed. */
function expected(rows: readonly MasterRow[]) {
  const by = new Map<string, {count: number; net: number}>();
  for (const r of rows) {
    if (r.tab === 'cesion') continue;
    const t = by.get(r.moneda) ?? {count: 0, net: 0};
    t.count++;
    t.net += r.neto ?? 0;
    by.set(r.moneda, t);
  }
  return by;
}

function expectTotals(page: InvoicePage, rows: readonly MasterRow[]) {
  const want = expected(rows);
  expect(page.totals.map(t => t.currency).sort()).toEqual(
    [...want.keys()].sort(),
  );
  for (const t of page.totals) {
    const w = want.get(t.currency)!;
    expect({currency: t.currency, count: t.count}).toEqual({
      currency: t.currency,
      count: w.count,
    });
    expect(t.amounts.valorNeto).toBeCloseTo(w.net, 1);
  }
  expect(page.total).toBe([...want.values()].reduce((n, t) => n + t.count, 0));
}

interface Setup {
  world: World;
  master: Master;
  masterId: string;
  run<T>(name: string, ...args: unknown[]): T;
  /** Service calls made by fn, by "Service.method". */
  calls(fn: () => void): Record<string, number>;
}

function setup(master: Master, options: {sheetsService?: boolean} = {}): Setup {
  const world = createWorld();
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  const globals = world.globals();
  const addon =
    options.sheetsService === false
      ? (world.addon = loadAddon(BUNDLE, world.emulator, {
          ...globals,
          Sheets: undefined,
        }))
      : world.loadAddon(BUNDLE);
  return {
    world,
    master,
    masterId: ss.id,
    run: <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args),
    calls(fn) {
      const mark = world.emulator.log.mark();
      fn();
      return world.emulator.log.summary(mark).byMethod;
    },
  };
}

const READS = /^(Sheets\.|SpreadsheetApp\.(Range|Sheet)\.)/;
function sheetReads(byMethod: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(byMethod).filter(([k]) => READS.test(k)),
  );
}

describe('Master API on a clean 2 x 100,000-row Master', () => {
  const s = setup(generateMaster({rows: 100_000, seed: 11}));

  it('answers a query in 3 Sheets calls (metadata, header blocks, needed columns) with exact totals', () => {
    let page!: InvoicePage;
    const calls = s.calls(
      () => (page = s.run<InvoicePage>('queryInvoices', {})),
    );
    expect(sheetReads(calls)).toEqual({
      'Sheets.Spreadsheets.get': 1,
      'Sheets.Values.batchGet': 2,
    });
    expect(page.source.fromCache).toBe(false);
    expect(page.source.isActive).toBe(true);
    expectTotals(page, s.master.rows);
    expect(page.rows).toHaveLength(50);
    const first = s.master.rows[0];
    expect(page.rows[0]).toMatchObject({
      tab: first.tabName,
      row: first.sheetRow,
      invoiceNumber: first.factura,
      nit: first.nit,
    });
    expect(page.diagnosticCount).toBe(0);
  });

  it('serves the next query from the snapshot (no Sheets call) while Drive says the file is unchanged', () => {
    let page!: InvoicePage;
    const calls = s.calls(
      () => (page = s.run<InvoicePage>('queryInvoices', {page: 3})),
    );
    expect(sheetReads(calls)).toEqual({});
    expect(calls['Drive.Files.get']).toBe(1);
    expect(page.source.fromCache).toBe(true);
    expectTotals(page, s.master.rows);
  });

  it('reads again when the file changed in Drive', () => {
    s.world.driveStore.get(s.masterId)!.modifiedTime = Date.UTC(2025, 9, 2);
    let page!: InvoicePage;
    const calls = s.calls(
      () => (page = s.run<InvoicePage>('queryInvoices', {})),
    );
    expect(sheetReads(calls)).toEqual({
      'Sheets.Spreadsheets.get': 1,
      'Sheets.Values.batchGet': 2,
    });
    expect(page.source.fromCache).toBe(false);
  });

  it('filters several NITs (also matching CO:<nit>: codes) and a date range, checked against the generator', () => {
    const nits = [s.master.rows[5].nit, s.master.rows[9].nit];
    const from = Date.UTC(2025, 2, 1);
    const to = Date.UTC(2025, 4, 31);
    const want = s.master.rows.filter(
      r =>
        r.tab !== 'cesion' &&
        (nits.includes(r.nit) ||
          nits.some(n => r.codigo.includes(`CO:${n}:`))) &&
        r.fechaMs - 5 * 3600000 >= from &&
        r.fechaMs - 5 * 3600000 <= to,
    );
    const page = s.run<InvoicePage>('queryInvoices', {
      nits,
      from: '2025-03-01',
      to: '2025-05-31',
      pageSize: 500,
    });
    expectTotals(page, want);
  });
});

describe('Master API on a messy 2 x 100,000-row Master', () => {
  const s = setup(generateMaster({rows: 100_000, seed: 12, messy: true}));

  it('reads drifting headers, text money, text dates, #N/A and subtotal rows, with exact totals and diagnostics', () => {
    let page!: InvoicePage;
    const calls = s.calls(
      () => (page = s.run<InvoicePage>('queryInvoices', {})),
    );
    expect(sheetReads(calls)).toEqual({
      'Sheets.Spreadsheets.get': 1,
      'Sheets.Values.batchGet': 2,
    });
    expectTotals(page, s.master.rows);
    const naCells = s.master.rows.filter(
      r => r.amounts['Otros Valor'] === null,
    ).length;
    const messages = page.diagnostics.map(d => d.message);
    expect(messages.some(m => /#N\/A/.test(m))).toBe(true);
    // Subtotal rows are skipped on purpose: listed apart (getOverview), never as problems.
    expect(messages.some(m => /subtotal/.test(m))).toBe(false);
    expect(page.diagnosticCount).toBeGreaterThanOrEqual(naCells);
    const d = page.diagnostics.find(x => /#N\/A/.test(x.message))!;
    expect(d.column).toMatch(/^[A-Z]+ \(Otros Valor\)$/);
    expect(d.tab).toBe('Relacion facturas Costos Fijos');
  });
});

describe('Master API without the Sheets advanced service', () => {
  it('falls back to SpreadsheetApp column by column (never getDataRange) with the same results', () => {
    const master = generateMaster({rows: 3000, seed: 5, messy: true});
    const withApi = setup(master);
    const fallback = setup(master, {sheetsService: false});
    const a = withApi.run<InvoicePage>('queryInvoices', {});
    let b!: InvoicePage;
    const calls = fallback.calls(
      () => (b = fallback.run<InvoicePage>('queryInvoices', {})),
    );
    expect(Object.keys(calls).some(k => k.startsWith('Sheets.'))).toBe(false);
    expect(calls['SpreadsheetApp.Sheet.getDataRange'] ?? 0).toBe(0);
    // One getValues per header block (2 tabs) and one per needed column (21 + 9 headers less unused ones).
    expect(calls['SpreadsheetApp.Range.getValues']).toBeLessThanOrEqual(2 + 30);
    expect(b.totals).toEqual(a.totals);
    // Same rows, dates included: Date cells (SpreadsheetApp) and serial numbers (Sheets API) agree.
    expect(b.rows).toEqual(a.rows);
    expect(b.rows.some(r => r.issueDate !== null)).toBe(true);
    expect(b.total).toBe(a.total);
    expectTotals(b, master.rows);
  });
});
