import {ReportBusyError, runReport} from '../../../src/app/report/run-report';
import type {MasterData} from '../../../src/app/report/ports';
import {dayOfYmd} from '../../../src/domain/kernel/day';
import type {ReportRunResult} from '../../../src/common/report-api';
import {reportRow} from '../../domain/report/test-rows';
import {fakeWorld} from './fakes';

const d = (y: number, m: number, day: number) => dayOfYmd(y, m, day) as number;

function master(): MasterData {
  return {
    sourceName: 'Master',
    warnings: [],
    reading: {diagnostics: [], total: 0},
    columns: {
      tabs: ['CF'],
      hasDueDate: true,
      hasStatus: true,
      categories: ['costosFijos'],
    },
    rows: [
      reportRow({
        tab: 'CF',
        row: 4,
        invoiceText: 'FE1',
        nitValue: 900206480,
        client: 'ACME',
        currency: 'COP',
        amount: 100,
        issueDate: d(2025, 9, 1),
        month: '2025-09',
        dueDate: d(2025, 9, 15),
        categories: {costosFijos: 100},
      }),
      reportRow({
        tab: 'CF',
        row: 5,
        invoiceText: 'FE3',
        nitValue: '=cmd',
        client: '=HYPERLINK("x")',
        currency: 'USD',
        amount: 5,
        issueDate: d(2025, 9, 2),
        month: '2025-09',
        dueDate: d(2025, 10, 30),
        categories: {costosFijos: 5},
      }),
    ],
  };
}

function allText(world: ReturnType<typeof fakeWorld>['world']): string {
  return JSON.stringify(world.tabs.map(t => [t.name, t.content?.grid.values]));
}

describe('runReport', () => {
  it('writes the four tabs in one execution, records history and clears its state', () => {
    const {world, ports} = fakeWorld(master());
    const r = runReport(ports, {
      origin: 'manual',
      options: {},
    }) as ReportRunResult;
    expect(r.status).toBe('done');
    expect(world.tabs.map(t => t.name)).toEqual([
      'Resumen',
      'Cartera por edades',
      'PDFs faltantes, duplicados y sospechosos',
      'Calidad de datos',
    ]);
    expect(world.reads).toBe(1);
    expect(world.state).toBeNull();
    expect(world.locked).toBe(false);
    expect(world.history).toHaveLength(1);
    expect(world.history[0]).toMatchObject({
      who: 'ana@finkargo.com',
      origin: 'manual',
      outcome: 'ok',
      rowsRead: 2,
    });
    expect(r.figures?.totals).toEqual([
      {currency: 'COP', invoices: 1, amount: 100},
      {currency: 'USD', invoices: 1, amount: 5},
    ]);
    expect(r.figures?.pdfMissing).toBe(2);
    // The tabs carry the client's name as meant; the sheet writer keeps it text
    // (adapters/common/cells.ts, test/entrypoints/outputs-inert.test.ts).
    expect(allText(world)).toContain('"=HYPERLINK(\\"x\\")"');
  });

  it('refuses a manual run while another holds the lock; the trigger records "skipped"', () => {
    const {world, ports} = fakeWorld(master());
    world.locked = true;
    expect(() => runReport(ports, {origin: 'manual', options: {}})).toThrow(
      ReportBusyError,
    );
    expect(runReport(ports, {origin: 'trigger', options: {}})).toBe('skipped');
    expect(world.history.map(h => [h.origin, h.outcome])).toEqual([
      ['trigger', 'skipped'],
    ]);
    expect(world.tabs).toHaveLength(0);
  });

  it('saves its progress when out of time and finishes on the next run with the same tabs', () => {
    const reference = fakeWorld(master());
    runReport(reference.ports, {origin: 'trigger', options: {}});

    const {world, ports} = fakeWorld(master());
    world.readMs = 250_000;
    const first = runReport(ports, {
      origin: 'trigger',
      options: {},
    }) as ReportRunResult;
    expect(first.status).toBe('partial');
    expect(world.state).not.toBeNull();
    const doneFirst = world.tabs.length;
    expect(doneFirst).toBeGreaterThan(0);
    expect(doneFirst).toBeLessThan(4);
    // Each later execution reads the Master again (250 s) and writes at least one more tab.
    let last = first;
    for (let fire = 0; fire < 3 && last.status === 'partial'; fire++) {
      world.now += 3600_000;
      last = runReport(ports, {
        origin: 'trigger',
        options: {},
      }) as ReportRunResult;
    }
    expect(last.status).toBe('done');
    expect(world.state).toBeNull();
    expect(world.history.map(h => h.outcome)).toEqual([
      'partial',
      'partial',
      'partial',
      'ok',
    ]);
    expect(world.history.every(h => h.seconds < 300)).toBe(true);
    const strip = (w: typeof world) =>
      w.tabs.map(t => [t.name, t.content?.grid.values.slice(3)]).sort();
    expect(strip(world)).toEqual(strip(reference.world));
  });

  it('continues an unfinished PDF index on the next run', () => {
    const {world, ports} = fakeWorld(master());
    world.indexRunsLeft = 1;
    const first = runReport(ports, {
      origin: 'trigger',
      options: {},
    }) as ReportRunResult;
    expect(first.status).toBe('partial');
    expect(world.tabs.some(t => t.reportId === 'pdfs')).toBe(false);
    const second = runReport(ports, {
      origin: 'trigger',
      options: {},
    }) as ReportRunResult;
    expect(second.status).toBe('done');
    expect(world.tabs.some(t => t.reportId === 'pdfs')).toBe(true);
  });

  it("never writes into a user's tab with a report's name", () => {
    const {world, ports} = fakeWorld(master());
    world.tabs.push({name: 'Resumen', reportId: null});
    const r = runReport(ports, {
      origin: 'manual',
      options: {reports: ['resumen']},
    }) as ReportRunResult;
    expect(world.tabs[0]).toEqual({name: 'Resumen', reportId: null});
    expect(r.tabs.map(t => t.name)).toEqual(['Resumen (Facturación)']);
    expect(r.notices[0]).toContain('no se modificó');
  });

  it('keeps the old tab dated when asked, once per run', () => {
    const {world, ports} = fakeWorld(master());
    runReport(ports, {origin: 'manual', options: {reports: ['resumen']}});
    world.now += 86_400_000;
    runReport(ports, {
      origin: 'manual',
      options: {reports: ['resumen'], oldTabs: 'keep-dated'},
    });
    expect(world.tabs.map(t => [t.name, t.reportId])).toEqual([
      ['Resumen 01/10/2025 08:00', null],
      ['Resumen', 'resumen'],
    ]);
  });

  it('e-mails the key figures within quota, and skips when the quota is short', () => {
    const {world, ports} = fakeWorld(master());
    runReport(ports, {
      origin: 'manual',
      options: {reports: ['resumen'], sendEmail: true},
    });
    expect(world.mails).toHaveLength(1);
    expect(world.mails[0].to).toEqual(['jefe@finkargo.com']);
    expect(world.mails[0].body).toContain(
      'https://docs.google.com/spreadsheets/d/x',
    );
    expect(world.mails[0].body).toContain('Facturado en COP: $\u00a0100');
    world.quota = 0;
    const r = runReport(ports, {
      origin: 'manual',
      options: {reports: ['resumen'], sendEmail: true},
    }) as ReportRunResult;
    expect(world.mails).toHaveLength(1);
    expect(r.notices.join(' ')).toContain('cuota diaria');
  });

  it('records an error in the history and rethrows it for a manual run only', () => {
    const {world, ports} = fakeWorld(master());
    ports.master.read = () => {
      throw new Error('No se encontró el Master.');
    };
    expect(() => runReport(ports, {origin: 'manual', options: {}})).toThrow(
      'No se encontró el Master.',
    );
    runReport(ports, {origin: 'trigger', options: {}});
    expect(world.history.map(h => [h.outcome, h.detail])).toEqual([
      ['error', 'No se encontró el Master.'],
      ['error', 'No se encontró el Master.'],
    ]);
    expect(world.locked).toBe(false);
  });

  it('keeps its saved progress when the platform kills it at the time limit', () => {
    const {world, ports} = fakeWorld(master());
    const write = ports.sheets.write;
    let writes = 0;
    ports.sheets.write = (...args) => {
      if (++writes === 2) throw new Error('Exceeded maximum execution time');
      return write(...args);
    };
    runReport(ports, {origin: 'trigger', options: {}});
    expect(world.state).not.toBeNull();
    expect(world.history[0]).toMatchObject({outcome: 'error'});
    expect(world.history[0].detail).toContain('el avance quedó guardado');
    ports.sheets.write = write;
    const r = runReport(ports, {
      origin: 'trigger',
      options: {},
    }) as ReportRunResult;
    expect(r.status).toBe('done');
    expect(world.tabs.map(t => t.reportId)).toEqual([
      'resumen',
      'cartera',
      'pdfs',
      'calidad',
    ]);
  });

  it('sends the e-mail only after every tab is written, even across runs', () => {
    const {world, ports} = fakeWorld(master());
    world.indexRunsLeft = 1;
    const first = runReport(ports, {
      origin: 'trigger',
      options: {sendEmail: true},
    }) as ReportRunResult;
    expect(first.status).toBe('partial');
    expect(world.mails).toHaveLength(0);
    runReport(ports, {origin: 'trigger', options: {sendEmail: true}});
    expect(world.mails).toHaveLength(1);
    expect(world.mails[0].body).toContain('PDF faltantes: 2');
  });
});
