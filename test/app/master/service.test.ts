// Master use cases with in-memory ports: reading budget, snapshot reuse and invalidation, queries,
// choices, overview, export, and Spanish errors.
import {
  exportQuery,
  getOverview,
  listFilterOptions,
  loadMaster,
  queryInvoices,
  type MasterDeps,
} from '../../../src/app/master/service';
import {defaultSettings} from '../../../src/domain/settings/rules';
import type {Settings} from '../../../src/common/settings';
import {COSTOS, MANDATO, type Grid} from '../../domain/master/fixture';
import {fixedLocator, gridReader, mapSnapshots, recordingWriter} from './fakes';

function deps(
  grids: Grid[] = [COSTOS, MANDATO],
  settings: Settings = defaultSettings(),
) {
  const reader = gridReader(grids);
  const locator = fixedLocator();
  const snapshots = mapSnapshots();
  const d: MasterDeps = {settings, locator, reader, snapshots};
  return {d, reader, locator, snapshots};
}

describe('loadMaster', () => {
  it('reads the Master in exactly 3 reader calls and reuses the snapshot while the file is unchanged', () => {
    const {d, reader, locator} = deps();
    const first = loadMaster(d);
    expect(reader.calls).toEqual(['listSheets', 'readBlocks', 'readColumns']);
    expect(first.source.fromCache).toBe(false);
    const second = loadMaster(d);
    expect(reader.calls).toHaveLength(3);
    expect(second.source.fromCache).toBe(true);
    expect(second.table).toEqual(first.table);
    locator.location.modifiedTime = '2025-10-01T08:00:00.000Z';
    expect(loadMaster(d).source.fromCache).toBe(false);
    expect(reader.calls).toHaveLength(6);
    loadMaster(d, true);
    expect(reader.calls).toHaveLength(9);
  });

  it('does not trust any snapshot when the modified time is unknown', () => {
    const {d, reader, locator, snapshots} = deps();
    locator.location.modifiedTime = null;
    loadMaster(d);
    loadMaster(d);
    expect(reader.calls).toHaveLength(6);
    expect(snapshots.data.size).toBe(0);
  });

  it('re-reads when the profile changes (the key includes it)', () => {
    const {d, reader} = deps();
    loadMaster(d);
    const other = {
      ...d,
      settings: {
        ...d.settings,
        masterProfile: {...d.settings.masterProfile, headerScanRows: 5},
      },
    };
    expect(loadMaster(other).source.fromCache).toBe(false);
    expect(reader.calls).toHaveLength(6);
  });

  it('warns about a missing invoice tab, also when served from the snapshot', () => {
    const {d} = deps([COSTOS, {title: 'Cesion', rows: [['# Invoice']]}]);
    expect(loadMaster(d).source.warnings).toEqual([
      "El Master no tiene la hoja 'Relacion facturas mandato'; se leyeron las demás.",
    ]);
    expect(loadMaster(d).source.warnings).toEqual([
      "El Master no tiene la hoja 'Relacion facturas mandato'; se leyeron las demás.",
    ]);
  });

  it('names the tabs when none of the invoice tabs exists, and the missing column of a tab', () => {
    expect(() =>
      loadMaster(deps([{title: 'Hoja 1', rows: [['x']]}]).d),
    ).toThrow(
      "El Master no tiene ninguna de las hojas de facturas configuradas ('Relacion facturas Costos Fijos', 'Relacion facturas mandato'); hojas encontradas: 'Hoja 1'.",
    );
    const noNit: Grid = {
      title: 'Relacion facturas mandato',
      rows: [['Título'], [], ['Codigo del desembolso', '# Factura', 'Moneda']],
    };
    expect(() => loadMaster(deps([noNit]).d)).toThrow(
      "A la hoja 'Relacion facturas mandato' le falta la columna NIT; encabezados encontrados en la fila 3: Codigo del desembolso, # Factura, Moneda.",
    );
  });
});

describe('queryInvoices', () => {
  it('pages the rows and totals every matching row per currency', () => {
    const {d} = deps();
    const page = queryInvoices(d, {pageSize: 3, page: 1});
    expect(page.total).toBe(7);
    expect(page.pageCount).toBe(3);
    expect(page.rows.map(r => [r.tab, r.row, r.invoiceNumber])).toEqual([
      ['Relacion facturas Costos Fijos', 9, 'FE10558'],
      ['Relación facturas mandato', 3, 'ITPA5678'],
      ['Relación facturas mandato', 4, 'ITPA5679'],
    ]);
    expect(
      page.totals.map(t => [
        t.currency,
        t.count,
        t.amounts.valorNeto,
        t.netText,
      ]),
    ).toEqual([
      ['COP', 5, 1188572, '$\u00a01.188.572'],
      ['USD', 2, 1796.1, 'US$\u00a01.796,10'],
    ]);
    expect(page.rows[1]).toMatchObject({
      nit: '800062591',
      billingMonth: '2025-08-01',
      issueDate: '2025-08-31',
      currency: 'COP',
    });
    expect(page.amountColumns.map(a => a.key)).toEqual([
      'costosFijos',
      'interesCorriente',
      'interesMora',
      'valorNeto',
    ]);
    expect(page.diagnosticCount).toBe(5);
    expect(page.skippedCount).toBe(0);
  });

  it('totals only the amount columns the queried tab has', () => {
    const {d} = deps();
    const mandato = queryInvoices(d, {tab: 'Relacion facturas mandato'});
    expect(mandato.amountColumns.map(a => a.key)).toEqual([
      'interesCorriente',
      'interesMora',
      'valorNeto',
    ]);
    expect(Object.keys(mandato.totals[0].amounts).sort()).toEqual(
      ['interesCorriente', 'interesMora', 'valorNeto'].sort(),
    );
  });

  it('filters by NIT, code, dates and text, and explains bad input in Spanish', () => {
    const {d} = deps();
    const q = queryInvoices(d, {
      tab: 'Relacion facturas Costos Fijos',
      nits: ['901.082.949-3'],
      from: '2025-09-16',
      to: '2025-09-30',
    });
    expect(q.rows.map(r => r.invoiceNumber)).toEqual(['FE10556']);
    expect(
      queryInvoices(d, {
        desembolsos: ['CO:901082949:1:7:PAG'],
        text: 'itpa',
      }).rows.map(r => r.invoiceNumber),
    ).toEqual(['ITPA5678']);
    expect(
      queryInvoices(d, {
        dateField: 'billingMonth',
        from: '2025-09-01',
      }).rows.map(r => r.invoiceNumber),
    ).toEqual(['ITPA5679']);
    expect(() => queryInvoices(d, {from: '15/09/2025'})).toThrow(
      'La fecha inicial "15/09/2025" no es válida (se espera aaaa-mm-dd).',
    );
    expect(() => queryInvoices(d, {tab: 'Cesion'})).toThrow(
      /La hoja 'Cesion' no es una hoja de facturas del Master/,
    );
  });
});

describe('listFilterOptions and getOverview', () => {
  it('offers tabs with Consolidado, NITs with DV and client, codes narrowed by NITs, date bounds', () => {
    const {d} = deps();
    const options = listFilterOptions(d, {nits: ['800062591']});
    expect(options.tabs).toEqual([
      {name: 'Relacion facturas Costos Fijos', rows: 4},
      {name: 'Relación facturas mandato', rows: 3},
      {name: 'Consolidado', rows: 7},
    ]);
    expect(options.nits.find(n => n.nit === '800062591')).toEqual({
      nit: '800062591',
      nitWithDv: '800062591-9',
      client: '',
      count: 2,
    });
    expect(options.desembolsos).toEqual([
      {code: 'CO:901082949:1:7:PAG', count: 1},
      {code: 'CO:901082949:9:1:PAG', count: 1},
    ]);
    expect(options.dateFields.map(f => [f.key, f.min, f.max])).toEqual([
      ['issueDate', '2025-08-31', '2025-10-01'],
      ['billingMonth', '2025-08-01', '2025-09-01'],
    ]);
  });

  it('shows the header row and the columns found in each tab', () => {
    const {d} = deps();
    const o = getOverview(d);
    expect(o.tabs.map(t => [t.name, t.headerRow, t.rows, t.skipped])).toEqual([
      ['Relacion facturas Costos Fijos', 3, 4, 3],
      ['Relación facturas mandato', 2, 3, 0],
    ]);
    expect(o.tabs[0].fields.find(f => f.key === 'nit')).toEqual({
      key: 'nit',
      label: 'NIT',
      column: 'I',
      header: 'Nit',
    });
    expect(o.tabs[1].missingFields).toContain('Cliente');
    expect(o.totals.map(t => t.currency)).toEqual(['COP', 'USD']);
  });
});

describe('exportQuery', () => {
  const AT = Date.UTC(2025, 10, 28, 15, 15, 0);

  it('writes every matching row (not one page) to a tab and an .xlsx named like the old reports', () => {
    const settings = {...defaultSettings(), exportFolder: 'folder-x'};
    const {d} = deps([COSTOS, MANDATO], settings);
    const writer = recordingWriter();
    const result = exportQuery(d, writer, () => AT, {
      desembolsos: ['CO:901082949:1:7:PAG'],
      pageSize: 1,
    });
    expect(result).toEqual({
      rows: 2,
      sheetName: 'Factura_CO_901082949_1_7_PAG_20251128_101500',
      fileName: 'Factura_CO_901082949_1_7_PAG_20251128_101500.xlsx',
      fileUrl:
        'https://drive.google.com/file/d/Factura_CO_901082949_1_7_PAG_20251128_101500.xlsx/view',
      warnings: [],
    });
    expect(writer.tabs[0].rows.map(r => r.slice(0, 3))).toEqual([
      ['Relacion facturas Costos Fijos', 4, 'FE10555'],
      ['Relación facturas mandato', 3, 'ITPA5678'],
    ]);
    expect(writer.files).toEqual([
      'folder-x/Factura_CO_901082949_1_7_PAG_20251128_101500.xlsx',
    ]);
  });

  it('only writes the tab when no export folder is set, and refuses an empty result', () => {
    const {d} = deps();
    const writer = recordingWriter();
    const result = exportQuery(d, writer, () => AT, {
      tab: 'Relacion facturas mandato',
    });
    expect(result.sheetName).toBe('Relacion_facturas_mandato_20251128_101500');
    expect(result.warnings).toEqual([
      'No hay carpeta de exportación en la configuración: solo se creó la hoja.',
    ]);
    expect(writer.files).toEqual([]);
    expect(() => exportQuery(d, writer, () => AT, {text: 'no existe'})).toThrow(
      'La consulta no tiene filas para exportar.',
    );
  });
});
