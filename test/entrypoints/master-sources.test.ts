// The Master API through build/Code.js on smaller generated Masters: overview, choices, export tab,
// Spanish errors, settings validated against Drive, and the Master found in a Drive folder (a Google
// Sheet, or an .xlsx converted once and reused while unchanged).
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import {addMaster, generateMaster, type Master} from '../fixtures/master';
import {companionOf} from '../fixtures/companion';
import type {
  ExportResult,
  FilterOptions,
  InvoicePage,
  MasterOverview,
} from '../../src/common/master-api';
import type {FolderDescription, Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const XLSX_MIME =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function world(
  master: Master,
  hooks: {xlsxToSpreadsheet?: (bytes: Uint8Array, name: string) => string} = {},
) {
  const w = createWorld({driveHooks: hooks});
  // The working spreadsheet (active) holds the Master unless a test points settings elsewhere.
  const ss = addMaster(w.spreadsheets, master);
  w.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  const addon = w.loadAddon(BUNDLE);
  const run = <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args);
  const calls = (fn: () => void) => {
    const mark = w.emulator.log.mark();
    fn();
    return w.emulator.log.summary(mark).byMethod;
  };
  return {w, ss, run, calls};
}

const small = () => generateMaster({rows: 400, seed: 3});

describe('overview, choices and export', () => {
  it('exports more rows than a new sheet has (1,000) into one grown tab', () => {
    const master = generateMaster({rows: 900, seed: 5});
    const {w, run} = world(master);
    const want = master.rows.filter(r => r.tab !== 'cesion').length;
    expect(want).toBeGreaterThan(1000);
    const result = run<ExportResult>('exportQuery', {});
    expect(result.rows).toBe(want);
    const rows = w.emulator.run('FULL', () =>
      w.services.SpreadsheetApp.openById(companionOf(w).id)
        .getSheetByName(result.sheetName)!
        .getLastRow(),
    );
    expect(rows).toBe(want + 1);
  });

  it('detects the header row and the columns of each tab (NIT in K and in H)', () => {
    const {run} = world(small());
    const o = run<MasterOverview>('getOverview');
    expect(o.tabs.map(t => [t.name, t.headerRow, t.rows])).toEqual([
      ['Relacion facturas Costos Fijos', 3, 400],
      ['Relacion facturas mandato', 3, 400],
    ]);
    expect(
      o.tabs.map(t => t.fields.find(f => f.key === 'nit')!.column),
    ).toEqual(['K', 'H']);
  });

  it('offers every NIT of the Master once, and the codes of the NITs picked', () => {
    const master = small();
    const {run} = world(master);
    const invoiceRows = master.rows.filter(r => r.tab !== 'cesion');
    const options = run<FilterOptions>('listFilterOptions', {});
    expect(options.nits.map(n => n.nit).sort()).toEqual(
      [...new Set(invoiceRows.map(r => r.nit))].sort(),
    );
    const nit = invoiceRows[0].nit;
    const narrowed = run<FilterOptions>('listFilterOptions', {nits: [nit]});
    expect(narrowed.desembolsos.map(d => d.code).sort()).toEqual(
      [
        ...new Set(invoiceRows.filter(r => r.nit === nit).map(r => r.codigo)),
      ].sort(),
    );
    expect(narrowed.nits.find(n => n.nit === nit)!.nitWithDv).toBe(
      `${nit}-${invoiceRows[0].dv}`,
    );
  });

  it('exports all matching rows into a new tagged tab, formula-like text neutralised', () => {
    const master = small();
    master.tabs[0].columns[0][3] = '=IMPORTXML("http://x")';
    const {w, run} = world(master);
    const code = master.rows[0].codigo;
    const result = run<ExportResult>('exportQuery', {desembolsos: [code]});
    const want = master.rows.filter(
      r => r.tab !== 'cesion' && r.codigo === code,
    ).length;
    expect(result.rows).toBe(want);
    expect(result.sheetName).toMatch(
      new RegExp(`^Factura_${code.replace(/:/g, '_')}_\\d{8}_\\d{6}$`),
    );
    expect(result.warnings).toContain(
      'No hay carpeta de exportación en la configuración: solo se creó la hoja.',
    );
    const values = w.emulator.run('FULL', () => {
      const sheet = w.services.SpreadsheetApp.openById(
        companionOf(w).id,
      ).getSheetByName(result.sheetName)!;
      return {
        values: sheet.getDataRange().getValues(),
        formulas: sheet.getDataRange().getFormulas(),
        metadata: sheet.getDeveloperMetadata().map(m => m.getKey()),
      };
    });
    expect(values.metadata).toEqual(['facturacion.export']);
    expect(values.values).toHaveLength(want + 1);
    expect(values.values[0].slice(0, 4)).toEqual([
      'Hoja',
      'Fila',
      '# Factura',
      'NIT',
    ]);
    const clientAt = (values.values[0] as string[]).indexOf('Cliente');
    // Written with a leading apostrophe: Sheets keeps it as text (no formula), shown without the apostrophe.
    expect(values.values[1][clientAt]).toBe('=IMPORTXML("http://x")');
    expect(values.formulas.flat().filter(f => f !== '')).toEqual([]);
  });

  it('names a missing column, the tab and the headers it found, in Spanish', () => {
    const master = small();
    master.tabs[1].columns[7][2] = 'Identificador';
    const {run} = world(master);
    // The other tab is still read; the broken one is a warning (issue 20).
    const page = run<InvoicePage>('queryInvoices', {});
    expect(page.source.warnings).toContain(
      "A la hoja 'Relacion facturas mandato' le falta la columna NIT; encabezados encontrados en la fila 3: Codigo del desembolso, Mes facturacion, Fecha Factura, # Factura, Moneda, Interes Corriente Facturado, Interes Mora Facturado Mandato, Identificador, Valor Neto Facturado. Esa hoja no se leyó; se leyeron las demás.",
    );
  });
});

describe('goToRow', () => {
  it('selects the Master row in the open spreadsheet, matching the tab name loosely', () => {
    const master = small();
    const {w, run} = world(master);
    const target = master.rows.find(r => r.tab === 'mandato')!;
    run('goToRow', 'RELACIÓN facturas  mandato', target.sheetRow);
    const selected = w.emulator.run('FULL', () => {
      const range = w.services.SpreadsheetApp.getActiveRange();
      return {
        sheet: range.getSheet().getName(),
        row: range.getRow(),
        a1: range.getA1Notation(),
      };
    });
    expect(selected).toMatchObject({
      sheet: 'Relacion facturas mandato',
      row: target.sheetRow,
    });
    expect(() => run('goToRow', 'Cesion 2', 4)).toThrow(
      "Esta hoja de cálculo no tiene la hoja 'Cesion 2'.",
    );
    expect(() => run('goToRow', 'Relacion facturas mandato', 0)).toThrow(
      'El argumento «row» debe ser un número entero entre 1 y 10000000; llegó el número 0.',
    );
  });
});

describe('snapshot cache', () => {
  it('treats a snapshot with an evicted piece as a miss and reads the Master again', () => {
    const {w, run, calls} = world(generateMaster({rows: 3000, seed: 4}));
    run('queryInvoices', {});
    expect(run<InvoicePage>('queryInvoices', {}).source.fromCache).toBe(true);
    w.cache.evict = (_scope, key) => key.endsWith(':0');
    let page!: InvoicePage;
    const byMethod = calls(
      () => (page = run<InvoicePage>('queryInvoices', {})),
    );
    expect(page.source.fromCache).toBe(false);
    expect(byMethod['Sheets.Values.batchGet']).toBe(2);
    expect(page.total).toBe(6000);
  });
});

describe('settings through the bundle', () => {
  it('stores folders Drive knows and names the one it does not', () => {
    const {w, run} = world(small());
    const folder = w.driveStore.addFolder({name: 'Facturacion'});
    const file = w.driveStore.addFile({
      name: 'nota.pdf',
      mimeType: 'application/pdf',
    });
    const base = run<Settings>('getSettings');
    const saved = run<Settings>('saveSettings', {
      ...base,
      pdfRootFolders: [`https://drive.google.com/drive/folders/${folder.id}`],
      exportFolder: folder.id,
      reportRecipients: ['cartera@finkargo.com'],
    });
    expect(saved.pdfRootFolders).toEqual([folder.id]);
    expect(run<Settings>('getSettings')).toEqual(saved);
    expect(() => run('saveSettings', {...base, exportFolder: file.id})).toThrow(
      `Carpeta de exportación: "nota.pdf" (${file.id}) es un archivo, no una carpeta.`,
    );
    expect(() =>
      run('saveSettings', {
        ...base,
        pdfRootFolders: ['1NoExisteNoExisteNoExiste'],
      }),
    ).toThrow(
      'Carpetas de PDF: la carpeta "1NoExisteNoExisteNoExiste" no existe en Drive o usted no tiene acceso a ella.',
    );
  });
});

describe('describeFolders through the bundle (Configuración shows names, not ids)', () => {
  it('names each folder with its path in My Drive or a shared drive, and says why one cannot be used', () => {
    const {w, run, calls} = world(small());
    const top = w.driveStore.addFolder({name: 'Finanzas'});
    const mine = w.driveStore.addFolder({
      name: 'Facturacion',
      parents: [top.id],
    });
    const drive = w.driveStore.createSharedDrive('Finkargo Mandato');
    const shared = w.driveStore.addFolder({
      name: 'Facturacion mandato',
      parents: [drive.id],
    });
    const file = w.driveStore.addFile({
      name: 'nota.pdf',
      mimeType: 'application/pdf',
    });
    let out: FolderDescription[] = [];
    const byMethod = calls(() => {
      out = run<FolderDescription[]>('describeFolders', [
        `https://drive.google.com/drive/folders/${mine.id}`,
        shared.id,
        file.id,
      ]);
    });
    expect(out).toEqual([
      {
        value: `https://drive.google.com/drive/folders/${mine.id}`,
        id: mine.id,
        name: 'Facturacion',
        path: 'Mi unidad / Finanzas',
        problem: null,
      },
      {
        value: shared.id,
        id: shared.id,
        name: 'Facturacion mandato',
        path: 'Finkargo Mandato',
        problem: null,
      },
      {
        value: file.id,
        id: file.id,
        name: 'nota.pdf',
        path: '',
        problem: `"nota.pdf" (${file.id}) es un archivo, no una carpeta.`,
      },
    ]);
    // One read per folder, per folder above it, and for the file: 1 + 3, 1 + 2, 1.
    expect(byMethod['Drive.Files.get']).toBe(8);
  });
});

describe('Master found in a Drive folder', () => {
  it('takes the newest matching Google Sheet, warns that several matched, reads it in 3 Sheets calls', () => {
    const working = small();
    const {w, run, calls} = world(working);
    const folder = w.driveStore.addFolder({name: 'Facturacion'});
    const older = addMaster(
      w.spreadsheets,
      generateMaster({rows: 50, seed: 8}),
    );
    const newer = generateMaster({rows: 120, seed: 9});
    const newest = addMaster(w.spreadsheets, newer);
    w.driveStore.addFile({
      id: older.id,
      name: 'Archivo control facturacion mensual Finkargo Def (agosto)',
      parents: [folder.id],
      mimeType: SHEET_MIME,
      modifiedTime: Date.UTC(2025, 8, 1),
    });
    w.driveStore.addFile({
      id: newest.id,
      name: 'Archivo control facturacion mensual Finkargo Def',
      parents: [folder.id],
      mimeType: SHEET_MIME,
      modifiedTime: Date.UTC(2025, 9, 5),
    });
    w.driveStore.addFile({
      name: 'Otro archivo',
      parents: [folder.id],
      mimeType: SHEET_MIME,
      modifiedTime: Date.UTC(2025, 9, 9),
    });
    run('saveSettings', {
      ...run<Settings>('getSettings'),
      masterSource: {
        kind: 'newest-in-folder',
        folderIdOrUrl: folder.id,
        nameContains: 'archivo control facturacion',
      },
    });
    let page!: InvoicePage;
    const byMethod = calls(
      () => (page = run<InvoicePage>('queryInvoices', {})),
    );
    expect(page.source).toMatchObject({
      fileId: newest.id,
      name: 'Archivo control facturacion mensual Finkargo Def',
      isActive: false,
      fromCache: false,
    });
    expect(page.source.warnings[0]).toMatch(
      /^Hay 2 archivos cuyo nombre contiene "archivo control facturacion" en "Facturacion"; se usó el más reciente: "Archivo control facturacion mensual Finkargo Def"/,
    );
    expect(page.total).toBe(240);
    expect(byMethod['Sheets.Spreadsheets.get']).toBe(1);
    expect(byMethod['Sheets.Values.batchGet']).toBe(2);
    expect(() => run('goToRow', 'Relacion facturas mandato', 5)).toThrow(
      /El Master no es esta hoja de cálculo: ábralo en https:/,
    );
  });

  it('converts an .xlsx once and reuses the copy while the .xlsx is unchanged', () => {
    const master = small();
    let conversions = 0;
    let convertedId = '';
    const {w, run, calls} = world(master, {
      xlsxToSpreadsheet: () => {
        conversions++;
        convertedId = addMaster(
          w.spreadsheets,
          generateMaster({rows: 60, seed: 20 + conversions}),
        ).id;
        // Drive's converted copy, the add-on's own (renamed, reused), not the business's file.
        w.spreadsheets.unmarkMaster(convertedId);
        return convertedId;
      },
    });
    const folder = w.driveStore.addFolder({name: 'Facturacion'});
    const xlsx = w.driveStore.addFile({
      name: 'Archivo control facturacion mensual Finkargo Def.xlsx',
      parents: [folder.id],
      mimeType: XLSX_MIME,
      content: new Uint8Array([80, 75, 3, 4]),
      modifiedTime: Date.UTC(2025, 9, 1),
    });
    run('saveSettings', {
      ...run<Settings>('getSettings'),
      masterSource: {kind: 'file', fileIdOrUrl: xlsx.id},
    });
    const first = run<InvoicePage>('queryInvoices', {});
    expect(conversions).toBe(1);
    expect(first.total).toBe(120);
    expect(first.source.warnings.join(' ')).toMatch(
      /es un archivo de Excel: se leyó su copia convertida/,
    );
    const firstCopy = convertedId;

    const again = calls(() =>
      expect(run<InvoicePage>('queryInvoices', {}).source.fromCache).toBe(true),
    );
    expect(conversions).toBe(1);
    expect(again['Drive.Files.copy'] ?? 0).toBe(0);

    w.driveStore.get(xlsx.id)!.modifiedTime = Date.UTC(2025, 9, 2);
    const changed = run<InvoicePage>('queryInvoices', {});
    expect(conversions).toBe(2);
    expect(changed.source.fromCache).toBe(false);
    expect(w.driveStore.get(firstCopy)!.trashed).toBe(true);
  });
});
