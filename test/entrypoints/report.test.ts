// Reports through the shipped bundle (build/Code.js) in the emulator: the trigger clock fires the
// scheduled run on a generated Master with injected defects, and every tab is checked against an
// independent computation from the generator's row list and the Drive fixture's truth.
import {join} from 'node:path';
import {createWorld, type World} from '../emulator/world';
import {
  COSTOS_FIJOS_HEADERS,
  COSTOS_FIJOS_TAB,
  addMaster,
  generateMaster,
  type Master,
  type MasterRow,
} from '../fixtures/master';
import {companionOf} from '../fixtures/companion';
import {
  buildInvoiceTree,
  invoicesFromMaster,
  type DriveTreeReport,
} from '../fixtures/drive-tree';
import type {ReportRunResult, ScheduleInfo} from '../../src/common/report-api';
import type {Settings} from '../../src/common/settings';
import {TRIGGER_HANDLERS} from '../../src/common/names';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const DAY = 86_400_000;

type Cell = string | number | boolean | Date | null;

/** What the test did to the generated Master (the truth the expectations are computed from). */
interface Injected {
  /** Rows as the Master now holds them (Cesion excluded: the profile does not read it). */
  rows: Array<MasterRow & {neto: number | null}>;
  wrongDvRow: number;
  duplicateRows: number[];
  noAmountRow: number;
  noNitRow: number;
  unknownPrefixRow: number;
}

/** Injects one defect of each kind into the Costos Fijos tab, updating the row list to match. */
function injectDefects(master: Master): Injected {
  const tab = master.tabs.find(t => t.name === COSTOS_FIJOS_TAB)!;
  const col = (h: (typeof COSTOS_FIJOS_HEADERS)[number]) =>
    tab.columns[COSTOS_FIJOS_HEADERS.indexOf(h)];
  const rows = master.rows.filter(r => r.tab !== 'cesion').map(r => ({...r}));
  const cf = rows.filter(r => r.tab === 'costosFijos');
  const set = (
    row: MasterRow,
    column: Array<Cell | undefined>,
    value: Cell | undefined,
  ) => {
    column[row.sheetRow - 1] = value as never;
  };
  const a = cf[10];
  set(a, col('Nit'), `${a.nit}-${(a.dv + 1) % 10}`);
  const b = cf[20];
  const c = cf[21];
  // b repeats c's number and date (the same invoice typed twice), so its PDF folder still agrees.
  set(b, col('# Factura'), c.factura);
  set(b, col('Fecha Facturacion'), col('Fecha Facturacion')[c.sheetRow - 1]);
  b.factura = c.factura;
  b.fechaMs = c.fechaMs;
  const d = cf[30];
  set(d, col('Valor Neto Facturado'), undefined);
  d.neto = null;
  const e = cf[40];
  set(e, col('Nit'), undefined);
  const f = cf[50];
  set(f, col('# Factura'), `XX${f.factura.replace(/\D/g, '')}`);
  f.factura = `XX${f.factura.replace(/\D/g, '')}`;
  return {
    rows,
    wrongDvRow: a.sheetRow,
    duplicateRows: [b.sheetRow, c.sheetRow],
    noAmountRow: d.sheetRow,
    noNitRow: e.sheetRow,
    unknownPrefixRow: f.sheetRow,
  };
}

/** Gaps per prefix in the consecutives of the given invoice numbers, counted independently. */
function countGaps(numbers: readonly string[]): number {
  const byPrefix = new Map<string, Set<number>>();
  for (const n of numbers) {
    const m = /^(NCFE|ITPA|ITGC|FE|GL)(\d+)$/.exec(n);
    if (!m) continue;
    const set = byPrefix.get(m[1]) ?? new Set<number>();
    set.add(Number(m[2]));
    byPrefix.set(m[1], set);
  }
  let gaps = 0;
  for (const set of byPrefix.values()) {
    const sorted = [...set].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i] - sorted[i - 1] > 1) gaps++;
  }
  return gaps;
}

interface Setup {
  world: World;
  ssId: string;
  run<T>(name: string, ...args: unknown[]): T;
  values(tab: string): Cell[][];
  tabNames(): string[];
}

function setup(
  master: Master,
  withTree: boolean,
  cpu = false,
): Setup & {tree: DriveTreeReport | null} {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13), cpu});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  const tree = withTree
    ? buildInvoiceTree(world.driveStore, {
        invoices: invoicesFromMaster(master.rows),
        seed: 3,
      })
    : null;
  const addon = world.loadAddon(BUNDLE);
  const run = <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args);
  if (tree) {
    const settings = run<Settings>('getSettings');
    run('saveSettings', {...settings, pdfRootFolders: [tree.rootId]});
  }
  const app = world.services.SpreadsheetApp;
  // The report's tabs and history are in the companion workbook (issue 18.2).
  const outputs = () => app.openById(companionOf(world, ss.id).id);
  return {
    world,
    ssId: ss.id,
    tree,
    run,
    values(tab) {
      const sheet = outputs().getSheetByName(tab);
      if (!sheet) throw new Error(`no tab ${tab}`);
      return sheet.getDataRange().getValues() as Cell[][];
    },
    tabNames: () =>
      outputs()
        .getSheets()
        .map(s => s.getName()),
  };
}

/** The data rows of the section titled `title` (up to the first blank row). */
function section(values: Cell[][], title: string): Cell[][] {
  const at = values.findIndex(r => r[0] === title);
  if (at < 0) throw new Error(`no section ${title}`);
  const out: Cell[][] = [];
  for (let i = at + 2; i < values.length && values[i].some(v => v !== ''); i++)
    out.push(values[i]);
  return out;
}

function monthLabel(ms: number): string {
  const d = new Date(ms - 5 * 3600 * 1000);
  const names = [
    'ene',
    'feb',
    'mar',
    'abr',
    'may',
    'jun',
    'jul',
    'ago',
    'sep',
    'oct',
    'nov',
    'dic',
  ];
  return `${names[d.getUTCMonth()]}-${d.getUTCFullYear()}`;
}

describe('scheduled report through build/Code.js', () => {
  const master = generateMaster({rows: 400, seed: 11});
  const injected = injectDefects(master);
  const s = setup(master, true);
  // A tab the user made with a report's name: it must survive untouched.
  s.world.services.SpreadsheetApp.openById(s.ssId)
    .insertSheet('Calidad de datos')
    .getRange(1, 1, 1, 2)
    .setValues([['mis notas', 42]]);

  let info: ScheduleInfo;
  it('installs one daily trigger, and a change replaces it (never a second)', () => {
    s.run<ScheduleInfo>('setSchedule', {
      when: {kind: 'weekly', weekday: 'MONDAY', hour: 8},
      options: {},
    });
    info = s.run<ScheduleInfo>('setSchedule', {
      when: {kind: 'daily', hour: 6},
      options: {},
    });
    expect(info.installed).toBe(true);
    expect(info.description).toContain(
      'Todos los días entre las 6:00 y las 7:00',
    );
    expect(
      s.world.triggers.triggers.filter(t => t.kind === 'CLOCK'),
    ).toHaveLength(1);
    expect(s.run<ScheduleInfo>('getSchedule')).toMatchObject({
      installed: true,
      when: {kind: 'daily', hour: 6},
    });
  });

  it('installs a trigger whose handler is a global of the bundle (src/common/names.ts)', () => {
    const handlers = s.world.triggers.triggers.map(t => t.handler);
    expect(handlers).toEqual([TRIGGER_HANDLERS.runScheduledReport]);
    expect(s.world.addon!.globalFunctions()).toContain(
      TRIGGER_HANDLERS.runScheduledReport,
    );
  });

  it('fires on the trigger clock and builds every tab in one execution', () => {
    const outcomes = s.world.fireDueTriggers(
      s.world.emulator.clock.now() + DAY,
    );
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({
      handler: 'runScheduledReport',
      ok: true,
    });
    expect(s.tabNames()).toEqual(
      expect.arrayContaining([
        'Resumen',
        'Cartera por edades',
        'PDFs faltantes, duplicados y sospechosos',
        'Calidad de datos',
        'Historial de ejecuciones',
      ]),
    );
    const history = s.values('Historial de ejecuciones');
    expect(history).toHaveLength(2);
    expect(history[1].slice(1, 3)).toEqual([
      'Programado por facturacion@finkargo.com',
      'Programado',
    ]);
    expect(history[1][6]).toBe('Completo');
  });

  it("leaves the user's tab with a report's name intact: the report is in the companion workbook", () => {
    const mine = s.world.spreadsheets
      .get(s.ssId)!
      .sheetByName('Calidad de datos')!;
    expect([mine.get(1, 1), mine.get(1, 2)]).toEqual(['mis notas', 42]);
    expect(
      s.world.spreadsheets.get(s.ssId)!.sheetByName('Resumen'),
    ).toBeUndefined();
  });

  it('Resumen: totals per currency and billing per month match the generator', () => {
    const v = s.values('Resumen');
    const want = new Map<string, {invoices: number; amount: number}>();
    const months = new Map<string, Map<string, number>>();
    for (const r of injected.rows) {
      if (r.neto === null) continue;
      const t = want.get(r.moneda) ?? {invoices: 0, amount: 0};
      t.invoices++;
      t.amount += r.neto;
      want.set(r.moneda, t);
      const m = months.get(monthLabel(r.fechaMs)) ?? new Map<string, number>();
      m.set(r.moneda, (m.get(r.moneda) ?? 0) + r.neto);
      months.set(monthLabel(r.fechaMs), m);
    }
    const totals = section(v, 'Totales por moneda (COP y USD nunca se suman)');
    expect(totals.map(r => r[0])).toEqual(['COP', 'USD']);
    for (const [currency, invoices, amount] of totals) {
      const w = want.get(currency as string)!;
      expect(invoices).toBe(w.invoices);
      expect(amount as number).toBeCloseTo(w.amount, 1);
    }
    const perMonth = section(v, 'Facturación por mes');
    expect(perMonth).toHaveLength(months.size);
    for (const [label, cop, usd] of perMonth) {
      const m = months.get(label as string)!;
      expect(cop as number).toBeCloseTo(m.get('COP') ?? 0, 1);
      expect(usd as number).toBeCloseTo(m.get('USD') ?? 0, 1);
    }
    // Amounts and counts carry number formats (one pattern per column), text cells none.
    const resumen = s.world.services.SpreadsheetApp.openById(
      companionOf(s.world, s.ssId).id,
    )
      .getSheetByName('Resumen')!
      .getDataRange();
    const formats = resumen.getNumberFormats();
    const at = v.findIndex(r => r[0] === 'COP');
    expect(formats[at].slice(0, 3)).toEqual(['General', '#,##0', '#,##0.00']);
    expect(formats[0][0]).toBe('General');
    const chartSheet = s.world.services.SpreadsheetApp.openById(
      companionOf(s.world, s.ssId).id,
    ).getSheetByName('Resumen')!;
    expect(chartSheet.getCharts().length).toBe(2);
  });

  it('Calidad de datos: every injected defect with its tab and row, and the gaps counted independently', () => {
    const v = s.values('Calidad de datos');
    const findings = section(v, 'Hallazgos');
    const of = (label: string) =>
      findings.filter(r => r[0] === label).map(r => [r[1], r[2]]);
    expect(of('NIT con dígito de verificación errado')).toEqual([
      [COSTOS_FIJOS_TAB, injected.wrongDvRow],
    ]);
    expect(of('Número de factura repetido')).toEqual(
      injected.duplicateRows.map(r => [COSTOS_FIJOS_TAB, r]),
    );
    expect(of('Fila sin valor')).toEqual([
      [COSTOS_FIJOS_TAB, injected.noAmountRow],
    ]);
    expect(of('Fila sin NIT')).toEqual([[COSTOS_FIJOS_TAB, injected.noNitRow]]);
    expect(of('Prefijo desconocido')).toEqual([
      [COSTOS_FIJOS_TAB, injected.unknownPrefixRow],
    ]);
    expect(of('Salto en el consecutivo')).toHaveLength(
      countGaps(injected.rows.map(r => r.factura)),
    );
    expect(of('Salto en el consecutivo').length).toBeGreaterThanOrEqual(2);
    expect(of('NIT ilegible')).toEqual([]);
    expect(of('Fila sin fecha')).toEqual([]);
  });

  it('PDFs: missing, duplicate and suspicious as the Drive fixture made them', () => {
    const tree = s.tree!;
    const keys = [
      ...new Set(
        injected.rows
          .map(r => r.factura)
          .filter(f => /^(NCFE|ITPA|ITGC|FE|GL)\d+$/.test(f)),
      ),
    ];
    const want = {missing: 0, duplicate: 0, suspicious: 0, found: 0};
    for (const k of keys) {
      const live = tree.pdfsByInvoice.get(k) ?? [];
      if (live.length === 0) want.missing++;
      else if (live.length > 1) want.duplicate++;
      else if (tree.misplaced.includes(k)) want.suspicious++;
      else want.found++;
    }
    const counts = section(
      s.values('PDFs faltantes, duplicados y sospechosos'),
      'Conteo',
    )[0];
    expect(counts.slice(0, 5)).toEqual([
      keys.length,
      want.found,
      want.missing,
      want.duplicate,
      want.suspicious,
    ]);
    expect(want.missing + want.duplicate + want.suspicious).toBeGreaterThan(0);
  });

  it('Cartera por edades says why it is not available on a Master without due dates', () => {
    const text = s.values('Cartera por edades').flat().join(' ');
    expect(text).toContain('La cartera por edades no está disponible');
    expect(text).toContain('fecha de vencimiento');
  });

  it('getReportHistory reads the history tab, newest first', () => {
    const h =
      s.run<Array<{origin: string; outcome: string; rowsRead: number}>>(
        'getReportHistory',
      );
    expect(h[0]).toMatchObject({
      origin: 'trigger',
      outcome: 'ok',
      rowsRead: injected.rows.length,
    });
  });

  it('a manual run while another holds the report lease gets a Spanish message naming who and since', () => {
    // The lease a run the platform killed leaves behind (test/entrypoints/leases.test.ts makes one).
    const now = s.world.emulator.clock.now();
    s.world.properties.script.set(
      `facturacion.doc.${s.ssId}.lease.report`,
      JSON.stringify({
        kind: 'report',
        token: 'otra-ejecución',
        by: 'ana.ruiz@finkargo.com',
        since: now,
        expires: now + 7 * 60_000,
      }),
    );
    expect(() => s.run('generateReport', {})).toThrow(
      /^Se está generando el informe en este documento desde el \d\d\/\d\d\/\d{4} \d\d:\d\d, iniciado por ana\.ruiz@finkargo\.com\./,
    );
  });
});

/** Report tabs' values, by name, for comparing two runs. */
function reportTabs(s: Setup): Record<string, Cell[][]> {
  const out: Record<string, Cell[][]> = {};
  for (const name of [
    'Resumen',
    'Cartera por edades',
    'PDFs faltantes, duplicados y sospechosos',
    'Calidad de datos',
  ]) {
    out[name] = s.values(name);
  }
  return out;
}

/** Makes the nth call of `key` in the next executions take the rest of the 6 minutes: the platform kills the run. */
function killAtCall(world: World, key: string, nth: number): void {
  const faults = world.emulator.faults;
  const check = faults.check.bind(faults);
  let seen = 0;
  faults.check = k => {
    if (k === key && ++seen === nth)
      world.emulator.spend(world.emulator.remainingMs() + 1);
    return check(k);
  };
}

describe('a scheduled run killed by the time limit', () => {
  const master = generateMaster({rows: 300, seed: 5});
  const when = {when: {kind: 'daily', hour: 6}, options: {}};

  it('completes on the next fire with the same tabs as an uninterrupted run', () => {
    const reference = setup(master, true);
    reference.run('setSchedule', when);
    const [ok] = reference.world.fireDueTriggers(
      reference.world.emulator.clock.now() + DAY,
    );
    expect(ok.ok).toBe(true);

    const s = setup(master, true);
    s.run('setSchedule', when);
    // The third setValues of the run (the PDF tab, after the index and two report tabs) never returns.
    killAtCall(s.world, 'SpreadsheetApp.Range.setValues', 3);
    const first = s.world.fireDueTriggers(s.world.emulator.clock.now() + DAY);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      ok: false,
      error: 'Exceeded maximum execution time',
    });
    expect(first[0].ms).toBeGreaterThanOrEqual(6 * 60 * 1000);
    const second = s.world.fireDueTriggers(s.world.emulator.clock.now() + DAY);
    expect(second).toHaveLength(1);
    expect(second[0].ok).toBe(true);
    expect(reportTabs(s)).toEqual(reportTabs(reference));
    const history =
      s.run<Array<{outcome: string; detail: string}>>('getReportHistory');
    expect(history[0].outcome).toBe('ok');
    expect(history[0].detail).toContain('continuó el iniciado el');
  });

  it('a manual run can also finish what the trigger left', () => {
    const s = setup(master, true);
    s.run('setSchedule', when);
    killAtCall(s.world, 'SpreadsheetApp.Range.setValues', 2);
    s.world.fireDueTriggers(s.world.emulator.clock.now() + DAY);
    const result = s.run<ReportRunResult>('generateReport', {});
    expect(result.status).toBe('done');
    expect(result.tabs.map(t => t.id).sort()).toEqual([
      'calidad',
      'cartera',
      'pdfs',
      'resumen',
    ]);
  });
});

describe('a scheduled run on a 2 x 100,000-row Master', () => {
  it('finishes in one execution with half the 6-minute budget to spare, one setValues per tab', () => {
    const master = generateMaster({rows: 100_000, seed: 21});
    // The bundle's own CPU is charged too (test/emulator/core/cpu.ts): bounds, not exact figures.
    const s = setup(master, false, true);
    s.run('setSchedule', {
      when: {kind: 'weekly', weekday: 'MONDAY', hour: 7},
      options: {},
    });
    const mark = s.world.emulator.log.mark();
    const outcomes = s.world.fireDueTriggers(
      s.world.emulator.clock.now() + 7 * DAY,
    );
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0].ok).toBe(true);
    expect(outcomes[0].ms).toBeLessThan(3 * 60 * 1000);
    const summary = s.world.emulator.log.summary(mark);
    // Service calls exactly (16.3 s; was about 14 s before cache and properties were charged by
    // size, 16.3 s before the snapshot kept the net amount as its difference from its parts, 16.1 s
    // before a clock run had to open its spreadsheet by id and read its state from script
    // properties, issue 16.3); the bundle's own CPU on top, bounded only: all within half the 6 minutes.
    // 16.47 s with the report's lease (issue 18.4: the script lock and the lease record, twice);
    // 16.42 s once the open spreadsheet, its id and the script properties are asked once per
    // execution (adapters/common/run-memo.ts: 24 metadata calls of 2 ms fewer).
    // 16.81 s with the companion workbook made on this first run (issue 18.2: its Drive create,
    // tag and sharing, its record, the settings' choice).
    expect(summary.ms).toBe(16_807);
    expect(summary.cpuMs).toBeGreaterThan(0);
    expect(summary.ms + summary.cpuMs).toBeLessThanOrEqual(outcomes[0].ms);
    const calls = summary.byMethod;
    // One per report tab (no PDF folders configured: that tab says why), the history's header and row.
    expect(calls['SpreadsheetApp.Range.setValues']).toBe(6);
    expect(calls['Sheets.Values.batchGet']).toBe(2);
    expect(calls['SpreadsheetApp.Range.setValue'] ?? 0).toBe(0);
    // Number formats: one call per tab with numbers (Resumen, Calidad de datos); the two tabs that
    // only say why they are not available have none.
    expect(calls['SpreadsheetApp.Range.setNumberFormats']).toBe(2);
    expect(calls['SpreadsheetApp.Range.setNumberFormat'] ?? 0).toBe(0);
    const h =
      s.run<Array<{outcome: string; rowsRead: number; seconds: number}>>(
        'getReportHistory',
      );
    expect(h[0]).toMatchObject({outcome: 'ok', rowsRead: 200_000});
    expect(h[0].seconds).toBeLessThan(180);
    const totals = section(
      s.values('Resumen'),
      'Totales por moneda (COP y USD nunca se suman)',
    );
    const count = master.rows.filter(r => r.tab !== 'cesion').length;
    expect(totals.reduce((n, r) => n + (r[1] as number), 0)).toBe(count);
    expect(
      s.values('PDFs faltantes, duplicados y sospechosos').flat().join(' '),
    ).toContain('No hay carpetas de PDF en Configuración');
  });
});

describe('on-demand report options through build/Code.js', () => {
  const master = generateMaster({rows: 120, seed: 9});

  it('e-mails the key figures and the link, within the daily quota, without attachments', () => {
    const s = setup(master, false);
    const settings = s.run<Settings>('getSettings');
    s.run('saveSettings', {
      ...settings,
      reportRecipients: ['jefe@finkargo.com', 'cartera@finkargo.com'],
    });
    const r = s.run<ReportRunResult>('generateReport', {
      reports: ['resumen'],
      sendEmail: true,
    });
    expect(r.status).toBe('done');
    expect(s.world.outbox.sent).toHaveLength(1);
    const mail = s.world.outbox.sent[0];
    expect(mail.to).toBe('jefe@finkargo.com,cartera@finkargo.com');
    expect(mail.subject).toContain('Informe de facturación');
    expect(mail.body).toContain(
      `https://docs.google.com/spreadsheets/d/${s.ssId}`,
    );
    const cop = master.rows.filter(
      x => x.tab !== 'cesion' && x.moneda === 'COP',
    ).length;
    expect(mail.body).toContain(`(${cop.toLocaleString('es-CO')} facturas)`);
    expect(mail.options.attachments).toBeUndefined();

    s.world.outbox.quota = 1;
    const again = s.run<ReportRunResult>('generateReport', {
      reports: ['resumen'],
      sendEmail: true,
    });
    expect(s.world.outbox.sent).toHaveLength(1);
    expect(again.notices.join(' ')).toContain(
      'la cuota diaria de correos de Google no alcanza',
    );
  });

  it('keeps the previous tab dated when asked, and replaces it otherwise', () => {
    const s = setup(master, false);
    s.run('generateReport', {reports: ['calidad']});
    s.world.emulator.clock.advance(DAY);
    s.run('generateReport', {reports: ['calidad'], oldTabs: 'keep-dated'});
    s.world.emulator.clock.advance(DAY);
    s.run('generateReport', {reports: ['calidad']});
    const names = s.tabNames().filter(n => n.startsWith('Calidad de datos'));
    // The copy kept is named with the date it was generated.
    expect(names).toEqual([
      'Calidad de datos 01/10/2025 08:00',
      'Calidad de datos',
    ]);
  });
});
