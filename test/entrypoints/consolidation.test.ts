// The Consolidar flow through build/Code.js in the emulator: .xlsx exports converted by Drive, review
// tabs, the editable table, and the confirmed, backed-up, idempotent, all-or-nothing append.
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {driveFault} from '../emulator/drive';
import {createWorld, type World} from '../emulator/world';
import type {LoadedAddon} from '../emulator/load-addon';
import type {
  AppendResult,
  ConsolidationReview,
} from '../../src/common/consolidation-api';
import {
  KNOWN_EXPECTED,
  generatedExports,
  knownExports,
  toXlsx,
} from '../fixtures/exports';
import {generateMaster} from '../fixtures/master';
import {
  CF_HEADERS,
  CONSOLIDATION_MASTER_NAME as MASTER_NAME,
  addConsolidationMaster,
} from '../fixtures/consolidation-master';
import {companionOf} from '../fixtures/companion';
import {masterToXlsx} from '../fixtures/xlsx';

const BUNDLE = join(__dirname, '../../build/Code.js');
const XLSX_MIME =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 2025-10-01 10:00 in Bogotá. */
const NOW = Date.UTC(2025, 9, 1, 15, 0, 0);

/** The .xlsx files as bytes, and what Drive's conversion turns each into (parsed here, outside the add-on). */
interface Upload {
  name: string;
  bytes: Uint8Array;
  sheets: Record<string, unknown[][]>;
}
let uploads: Upload[] = [];

async function parseXlsx(
  bytes: Uint8Array,
): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet(ws => {
    const rows: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getRow(r).getCell(c).value;
        row.push(v === null || v === undefined ? '' : v);
      }
      rows.push(row);
    }
    out[ws.name] = rows;
  });
  return out;
}

beforeAll(async () => {
  uploads = [];
  for (const wb of knownExports()) {
    const bytes = new Uint8Array(await toXlsx(wb));
    uploads.push({name: wb.fileName, bytes, sheets: await parseXlsx(bytes)});
  }
});

interface Setup {
  world: World;
  addon: LoadedAddon;
  masterId: string;
  facturacionId: string;
  exportsFolderId: string;
}

/** A world whose active spreadsheet is the Master (in Drive folder "Facturacion") and a folder of exports. */
function setup(): Setup {
  const world = createWorld({now: NOW});
  const {master, facturacionId, exportsFolderId} = addConsolidationMaster(
    world,
    uploads,
  );
  const addon = world.loadAddon(BUNDLE);
  return {world, addon, masterId: master.id, facturacionId, exportsFolderId};
}

/** Every value of the Master's tabs (to prove it was not touched). */
function masterValues(s: Setup): unknown {
  const data = s.world.spreadsheets.get(s.masterId)!;
  return data.sheets
    .filter(
      sh =>
        !sh.name.startsWith('Revisión') &&
        !sh.name.startsWith('_') &&
        !sh.name.startsWith('Clasificación'),
    )
    .map(sh => {
      const {rows, columns} = sh.extent();
      const grid: unknown[][] = [];
      for (let r = 1; r <= rows; r++) {
        const row: unknown[] = [];
        for (let c = 1; c <= columns; c++) row.push(sh.get(r, c));
        grid.push(row);
      }
      return {name: sh.name, grid};
    });
}

function tabRows(s: Setup, tab: string): unknown[][] {
  const sh = s.world.spreadsheets.get(s.masterId)!.sheetByName(tab)!;
  const {rows, columns} = sh.extent();
  const out: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= columns; c++) row.push(sh.get(r, c) ?? '');
    out.push(row);
  }
  return out;
}

function backups(s: Setup) {
  return [...s.world.driveStore.childIds(s.facturacionId)]
    .map(id => s.world.driveStore.get(id)!)
    .filter(f => !f.trashed && f.name.startsWith('BACKUP_'));
}

const folderUrl = (id: string) =>
  `https://drive.google.com/drive/folders/${id}`;

describe('consolidateExports through build/Code.js', () => {
  it('converts the .xlsx exports in a folder, writes the review and the table tab, and leaves the Master alone', () => {
    const s = setup();
    const before = masterValues(s);
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);

    expect(review.inputs.map(i => [i.system, i.sheet])).toEqual([
      ['netsuite', 'VistapredeterminadaTransaccin'],
      ['netsuite', 'VistapredeterminadaTransaccin'],
      ['noova', 'Documentos'],
      ['noova', 'Documentos'],
    ]);
    expect(review.stats.onlyInNetSuite).toEqual(KNOWN_EXPECTED.onlyInNetSuite);
    expect(review.stats.onlyInNoova).toEqual(KNOWN_EXPECTED.onlyInNoova);
    expect(review.stats.withoutValue).toBe(KNOWN_EXPECTED.withoutValue.length);
    expect(review.stats.unclassifiedLines).toBe(
      KNOWN_EXPECTED.unclassifiedLines,
    );
    expect(review.stats.totals).toEqual({
      COP: Math.round(KNOWN_EXPECTED.totals.COP * 100) / 100,
      USD: KNOWN_EXPECTED.totals.USD,
    });
    expect(review.stats.creditNotesMatched).toBe(1);
    expect(review.problemCount).toBe(KNOWN_EXPECTED.badRows);
    expect(review.reviewTabs.map(t => [t.label, t.rows])).toEqual([
      ['Costos Fijos', KNOWN_EXPECTED.costosFijosKeys.length],
      ['Mandato', KNOWN_EXPECTED.mandatoKeys.length],
    ]);
    expect(review.classificationCreated).toBe(true);

    expect(masterValues(s)).toEqual(before);
    // The review and the table are in the companion workbook; the Master is unchanged.
    const ss = companionOf(s.world, s.masterId);
    const table = ss.sheetByName('Clasificación de productos')!;
    const r204 = Array.from({length: 60}, (_, i) => i + 1).find(
      r => table.get(r, 2) === 204 || table.get(r, 2) === '204',
    );
    expect(r204).toBeDefined();
    expect(table.get(r204!, 3)).toBe('intereses_corriente');
    const cf = ss.sheetByName('Revisión consolidado - Costos Fijos')!;
    expect(cf.get(1, 3)).toBe('# Factura');
    expect(cf.get(2, 3)).toBe('FE1001');
    // Converted copies are deleted after reading.
    const root = s.world.driveStore.rootFor(s.world.emulator.user);
    const inRoot = [...s.world.driveStore.childIds(root.id)].map(id =>
      s.world.driveStore.get(id),
    );
    expect(
      s.world.emulator.log.records.filter(e => e.method === 'Files.copy'),
    ).toHaveLength(4);
    expect(
      inRoot.filter(
        f => f && !f.trashed && f.name.startsWith('Temporal consolidación'),
      ),
    ).toEqual([]);
  });

  it('reads exports pasted into tabs and names a missing column and the tab', () => {
    const s = setup();
    const [noova, , netsuite] = uploads;
    const ss = s.world.spreadsheets.get(s.masterId)!;
    s.world.spreadsheets.addTab(ss, {
      name: 'Noova pegado',
      rows: noova.sheets['Documentos'],
    });
    s.world.spreadsheets.addTab(ss, {
      name: 'NetSuite pegado',
      rows: netsuite.sheets['VistapredeterminadaTransaccin'],
    });
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {tabs: ['noova  PEGADO', 'NetSuite pegado']},
    ]);
    expect(review.stats.invoices).toBe(6);
    expect(review.inputs[0].source).toBe("pestaña 'Noova pegado'");

    s.world.spreadsheets.addTab(ss, {
      name: 'Roto',
      rows: [
        ['NÚMERO', 'RECEPCIÓN'],
        ['FE1', '01/01/2025'],
      ],
    });
    expect(() =>
      s.addon.run('consolidateExports', [{tabs: ['Roto', 'NetSuite pegado']}]),
    ).toThrow(
      /La pestaña 'Roto' no es un export de Noova \(le faltan 'CÓDIGO TERCERO', 'ORDEN DE COMPRA', 'PRODUCTO', 'NOMBRE PRODUCTO'\)/,
    );
  });

  it('reads the table tab on each run and never overwrites it', () => {
    const s = setup();
    s.addon.run('consolidateExports', [{folder: folderUrl(s.exportsFolderId)}]);
    const table = companionOf(s.world, s.masterId).sheetByName(
      'Clasificación de productos',
    )!;
    // The business moves the disputed 204 to mora.
    for (let r = 1; r <= 60; r++) {
      if (String(table.get(r, 2)) === '204') table.set(r, 3, 'intereses_mora');
    }
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    expect(review.classificationCreated).toBe(false);
    const cf = companionOf(s.world, s.masterId).sheetByName(
      'Revisión consolidado - Costos Fijos',
    )!;
    const fe1005 = Array.from({length: 10}, (_, i) => i + 1).find(
      r => cf.get(r, 3) === 'FE1005',
    )!;
    expect(cf.get(fe1005, 19)).toBe('204: intereses_mora');
  });
});

describe('consolidateExports on the Facturacion folder, where the Master lives', () => {
  let masterXlsx: Uint8Array;
  let cartera: Upload;
  beforeAll(async () => {
    // A 20,000-row copy of a Master as .xlsx: never converted (the emulator would refuse it too).
    masterXlsx = await masterToXlsx(generateMaster({rows: 10_000, seed: 3}));
    const wb = {
      fileName: 'Cartera clientes.xlsx',
      sheets: [
        {
          name: 'Cartera',
          values: [
            ['Cliente', 'Saldo'],
            ['ACME', 10],
          ],
        },
      ],
    };
    const bytes = new Uint8Array(await toXlsx(wb));
    cartera = {name: wb.fileName, bytes, sheets: await parseXlsx(bytes)};
    uploads.push(cartera);
  }, 120_000);
  // The other suites' export folders hold the four exports only.
  afterAll(() => {
    uploads = uploads.filter(u => u !== cartera);
  });

  it('skips the Master, its backup, a big workbook and a workbook without export sheets, naming each and why, converting only what may be an export', () => {
    const s = setup();
    const store = s.world.driveStore;
    const inFacturacion = (
      name: string,
      extra: {size?: number},
      bytes: Uint8Array,
    ) =>
      store.addFile({
        name,
        parents: [s.facturacionId],
        mimeType: XLSX_MIME,
        content: bytes,
        ...extra,
      });
    inFacturacion('master.xlsx', {}, masterXlsx);
    inFacturacion(`BACKUP_${MASTER_NAME}_20250930`, {}, masterXlsx);
    inFacturacion(
      'Informe anual 2024.xlsx',
      {size: 8 * 1024 * 1024},
      masterXlsx,
    );
    inFacturacion(cartera.name, {}, cartera.bytes);
    for (const u of uploads.filter(u => u !== cartera))
      inFacturacion(u.name, {}, u.bytes);

    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.facturacionId)},
    ]);
    expect(review.inputs.map(i => i.sheet).sort()).toEqual([
      'Documentos',
      'Documentos',
      'VistapredeterminadaTransaccin',
      'VistapredeterminadaTransaccin',
    ]);
    expect(review.stats.totals.USD).toBe(KNOWN_EXPECTED.totals.USD);
    expect(review.skippedFiles).toEqual([
      `'${MASTER_NAME}': es el Master.`,
      `'BACKUP_${MASTER_NAME}_20250930': es una copia de respaldo del Master (BACKUP_).`,
      "'Cartera clientes.xlsx': no tiene la hoja 'Documentos' (Noova) ni 'VistapredeterminadaTransaccin' (NetSuite); hojas encontradas: Cartera.",
      // The add-on's results workbook, made next to the Master (issue 18.2).
      "'Facturación - resultados': es el libro de resultados del complemento.",
      "'Informe anual 2024.xlsx': pesa 8 MB y un export mensual pesa menos de 5 MB; si sí es un export, agréguelo como archivo.",
      "'master.xlsx': por su nombre es el Master.",
    ]);
    // Only the four exports and the small unknown workbook were converted.
    const copies = s.world.emulator.log.records.filter(
      e => e.method === 'Files.copy',
    );
    expect(copies).toHaveLength(5);
  });

  it('says what it skipped when the folder has no export at all', () => {
    const s = setup();
    s.world.driveStore.addFile({
      name: 'master.xlsx',
      parents: [s.facturacionId],
      mimeType: XLSX_MIME,
      content: masterXlsx,
    });
    expect(() =>
      s.addon.run('consolidateExports', [{folder: folderUrl(s.facturacionId)}]),
    ).toThrow(
      `no tiene exports de Noova ni de NetSuite. Se omitieron: '${MASTER_NAME}': es el Master.; 'Facturación - resultados': es el libro de resultados del complemento.; 'master.xlsx': por su nombre es el Master.`,
    );
  });
});

describe('appendToMaster through build/Code.js', () => {
  it('does nothing without the confirmation', () => {
    const s = setup();
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    const before = masterValues(s);
    expect(() =>
      s.addon.run('appendToMaster', [review.reviewId, false]),
    ).toThrow(/Falta la confirmación/);
    expect(() => s.addon.run('appendToMaster', [review.reviewId])).toThrow(
      /Falta la confirmación/,
    );
    expect(masterValues(s)).toEqual(before);
    expect(backups(s)).toEqual([]);
  });

  it('backs up, appends under the detected headers, skips numbers already there, and is idempotent', () => {
    const s = setup();
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    const first = s.addon.run<AppendResult>('appendToMaster', [
      review.reviewId,
      true,
    ]);

    expect(first.skipped).toEqual(['FE1002']);
    expect(first.appended).toEqual([
      {masterTab: 'Relacion facturas Costos Fijos', rows: 5, firstRow: 6},
      {masterTab: 'Relación facturas  mandato', rows: 1, firstRow: 5},
    ]);
    // Bogotá time of the run (the modeled clock has moved a few seconds since 10:00:00).
    expect(first.backupName).toMatch(
      new RegExp(`^BACKUP_${MASTER_NAME}_20251001_1000\\d\\d$`),
    );
    expect(backups(s).map(b => b.name)).toEqual([first.backupName]);

    const cf = tabRows(s, 'Relacion facturas Costos Fijos');
    const col = (h: string) => CF_HEADERS.indexOf(h);
    const fe1001 = cf[5];
    expect(fe1001[col('# Factura')]).toBe('FE1001');
    expect(fe1001[col('Int. Corriente Facturado FK')]).toBe(1000000);
    expect(fe1001[col('Valor Costos Fijos')]).toBe(500000);
    expect(fe1001[col('Valor Neto Facturado')]).toBe(1500000);
    expect(fe1001[col('# Nota Credito')]).toBe('NCFE201');
    expect(fe1001[col('Validacion Consecutivo')]).toBe('');
    expect(typeof fe1001[col('Fecha Facturacion')]).toBe('number'); // a date serial, not text
    const ncfe = cf.find(r => r[col('# Factura')] === 'NCFE201')!;
    expect(ncfe[col('Fac de la nota Credito')]).toBe('FE1001');
    // Text from the exports never becomes a formula.
    const fe1004 = cf.find(r => r[col('# Factura')] === 'FE1004')!;
    expect(fe1004[col('Cliente')]).toBe('=BETA LTDA');
    expect(
      s.world.spreadsheets
        .get(s.masterId)!
        .sheetByName('Relacion facturas Costos Fijos')!.formulas.size,
    ).toBe(0);
    const mandato = tabRows(s, 'Relación facturas  mandato');
    expect(mandato[4].slice(0, 5)).toEqual([
      'CO:900206480:3:1:MAN',
      'sep-25',
      300000,
      45000,
      345000,
    ]);

    const after = masterValues(s);
    const second = s.addon.run<AppendResult>('appendToMaster', [
      review.reviewId,
      true,
    ]);
    expect(second.appended).toEqual([]);
    expect(second.backupName).toBe('');
    expect(second.skipped.sort()).toEqual(
      [...KNOWN_EXPECTED.costosFijosKeys, ...KNOWN_EXPECTED.mandatoKeys].sort(),
    );
    expect(masterValues(s)).toEqual(after);
    expect(backups(s)).toHaveLength(1);
  });

  it('appends nothing when a write fails after the backup (all or nothing)', () => {
    const s = setup();
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    const before = masterValues(s);
    s.world.emulator.faults.add({
      key: 'SpreadsheetApp.Range.setValues',
      nth: 2,
      message: 'Service Spreadsheets failed',
    });
    expect(() =>
      s.addon.run('appendToMaster', [review.reviewId, true]),
    ).toThrow(
      /No se agregó ninguna fila al Master: falló la escritura en la hoja 'Relación facturas {2}mandato'.*copia de respaldo 'BACKUP_/,
    );
    expect(masterValues(s)).toEqual(before);
    expect(backups(s)).toHaveLength(1);
  });

  it('refuses a review that is no longer the current one', () => {
    const s = setup();
    const old = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    s.world.emulator.clock.advance(1000);
    s.addon.run('consolidateExports', [{folder: folderUrl(s.exportsFolderId)}]);
    expect(() => s.addon.run('appendToMaster', [old.reviewId, true])).toThrow(
      /ya no es la vigente/,
    );
  });
});

describe('Drive rate limits', () => {
  it('retries a conversion and a backup that Drive refused with 429', () => {
    const s = setup();
    s.world.emulator.faults.add(driveFault('Drive.Files.copy', 429, 2));
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    expect(review.stats.invoices).toBe(6);
    s.world.emulator.faults.add(driveFault('Drive.Files.copy', 429, 1));
    const result = s.addon.run<AppendResult>('appendToMaster', [
      review.reviewId,
      true,
    ]);
    expect(backups(s).map(b => b.name)).toEqual([result.backupName]);
    expect(s.world.emulator.log.count('Drive.Files.copy')).toBe(4 + 1 + 2);
  });
});

describe('appendToMaster killed mid-way (issue 18.5): the rerun reuses the first backup', () => {
  /** The clean run's Master and result, for comparison. */
  function clean() {
    const s = setup();
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    const result = s.addon.run<AppendResult>('appendToMaster', [
      review.reviewId,
      true,
    ]);
    return {values: masterValues(s), result};
  }

  it.each([
    [
      'right after the backup copy',
      {
        key: 'Drive.Files.copy',
        nth: 1,
        message: '',
        kill: true,
        afterEffect: true,
      },
    ],
    [
      'between the two tab writes',
      {key: 'SpreadsheetApp.Range.setValues', nth: 2, message: '', kill: true},
    ],
    [
      'by a 503 after the copy took effect (retried)',
      {...driveFault('Drive.Files.copy', 503), afterEffect: true},
    ],
  ])('killed %s: one backup, the right rows', (_when, fault) => {
    const expected = clean();
    const s = setup();
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    s.world.emulator.faults.add(fault);
    let first: AppendResult | null = null;
    try {
      first = s.addon.run<AppendResult>('appendToMaster', [
        review.reviewId,
        true,
      ]);
    } catch (e) {
      expect((e as Error).message).toBe('Exceeded maximum execution time');
    }
    expect(backups(s)).toHaveLength(1);
    const rerun =
      first ??
      s.addon.run<AppendResult>('appendToMaster', [review.reviewId, true]);
    expect(backups(s)).toHaveLength(1);
    expect(rerun.backupName).toBe(backups(s)[0].name);
    expect(masterValues(s)).toEqual(expected.values);
  });
});

describe('cost (emulator call log)', () => {
  it('appends with one write per Master tab and one Drive copy, after reading each tab twice', () => {
    const s = setup();
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {folder: folderUrl(s.exportsFolderId)},
    ]);
    const mark = s.world.emulator.log.mark();
    s.addon.run('appendToMaster', [review.reviewId, true]);
    const sum = s.world.emulator.log.summary(mark);
    expect(sum.byMethod['SpreadsheetApp.Range.setValues']).toBe(2);
    expect(sum.byMethod['SpreadsheetApp.Range.getValues']).toBe(2 * 2 + 1); // 2 tabs x (top rows + numbers) + review state
    expect(sum.byMethod['Drive.Files.copy']).toBe(1);
    // Budget: 52 calls for a 2-tab Master (measured 52: one Drive.Files.list looks for this
    // review's backup before copying, issue 18.5; the two settings reads find the spreadsheet's
    // id for its script-properties key, issue 16.3; one getSpreadsheetTimeZone reads the
    // Master's zone, issue 17.4; the review's state is in the companion workbook, issue 18.2:
    // the settings' choice and the companion's record read (4 calls each) and its openById,
    // one getActiveSpreadsheet fewer (the workbook is kept for the run);
    // reads and writes do not grow with rows).
    expect(sum.byMethod['SpreadsheetApp.openById']).toBe(1);
    expect(sum.byMethod['Drive.Files.list']).toBe(1);
    expect(
      sum.byMethod['SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone'],
    ).toBe(1);
    expect(sum.calls).toBeLessThanOrEqual(52);
  });

  it('consolidates a month of 3,000 invoices pasted in tabs well inside one execution', () => {
    const s = setup();
    const {workbooks, totals} = generatedExports(3000);
    const ss = s.world.spreadsheets.get(s.masterId)!;
    for (const wb of workbooks)
      s.world.spreadsheets.addTab(ss, {
        name: wb.fileName,
        rows: wb.sheets[0].values,
      });
    const mark = s.world.emulator.log.mark();
    const review = s.addon.run<ConsolidationReview>('consolidateExports', [
      {tabs: workbooks.map(w => w.fileName)},
    ]);
    expect(review.stats.totals).toEqual(totals);
    const sum = s.world.emulator.log.summary(mark);
    // Modeled seconds, not wall-clock: far below the 6-minute limit.
    expect(sum.ms).toBeLessThan(60_000);
    expect(sum.byMethod['SpreadsheetApp.Range.setValues']).toBeLessThanOrEqual(
      4,
    );
  });
});
