// The add-on paths that needed spreadsheets to be Drive files, run through build/Code.js: the Master
// query export (.xlsx in the export folder), the report's xlsx/pdf copy, temporaries cleaned up.
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {addMaster, generateMaster, type Master} from '../fixtures/master';
import {companionOf} from '../fixtures/companion';
import type {ExportResult} from '../../src/common/master-api';
import type {ReportRunResult} from '../../src/common/report-api';
import type {Settings} from '../../src/common/settings';
import {SHEET_MIME, XLSX_MIME, type DriveItem} from './drive/store';
import {createWorld} from './world';

const BUNDLE = join(__dirname, '../../build/Code.js');

function setup(master: Master) {
  const w = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const ss = addMaster(w.spreadsheets, master);
  const exportFolder = w.driveStore.addFolder({name: 'Exportaciones'});
  const addon = w.loadAddon(BUNDLE);
  const run = <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args);
  const settings = run<Settings>('getSettings');
  run('saveSettings', {...settings, exportFolder: exportFolder.id});
  const inFolder = (): DriveItem[] =>
    [...w.driveStore.childIds(exportFolder.id)].map(id =>
      w.driveStore.get(id)!,
    );
  return {w, ss, run, inFolder};
}

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('the add-on writes real files through Drive', () => {
  const master = generateMaster({rows: 150, seed: 11});

  it('exportQuery: a new tab and a real .xlsx in the export folder with the same rows; no temporary left', async () => {
    const {w, ss, run, inFolder} = setup(master);
    const code = master.rows[0].codigo;
    const sheetsBefore = w.spreadsheets.all().length;
    const result = run<ExportResult>('exportQuery', {desembolsos: [code]});
    const want = master.rows.filter(
      r => r.tab !== 'cesion' && r.codigo === code,
    ).length;
    expect(result.rows).toBe(want);
    expect(result.warnings).toEqual([]);
    const files = inFolder();
    expect(files.map(f => [f.name, f.mimeType])).toEqual([
      [result.fileName, XLSX_MIME],
    ]);
    expect(result.fileUrl).toContain(files[0].id);
    const wb = await readXlsx(w.driveStore.bytes(files[0]));
    expect(wb.worksheets).toHaveLength(1);
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(want + 1);
    // The export tab is in the companion workbook (issue 18.2).
    const tab = companionOf(w, ss.id).sheetByName(result.sheetName)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Hoja', 'Fila', '# Factura', 'NIT']);
    for (let c = 1; c <= header.length; c++) {
      expect(sheet.getCell(1, c).value).toBe(tab.get(1, c));
      expect(sheet.getCell(2, c).text).not.toBeUndefined();
    }
    // The invoice numbers in the file are the tab's, row for row.
    const col = header.indexOf('# Factura') + 1;
    for (let r = 2; r <= want + 1; r++)
      expect(String(sheet.getCell(r, col).value)).toBe(String(tab.get(r, col)));
    // The temporary spreadsheet the export went through is gone from Drive and from Sheets.
    // (One spreadsheet more: the companion workbook the export tab went to, issue 18.2.)
    expect(w.spreadsheets.all()).toHaveLength(sheetsBefore + 1);
    expect(
      [...w.driveStore.items.values()].filter(
        i => i.mimeType === SHEET_MIME && i.name.includes('(temporal)'),
      ),
    ).toEqual([]);
  });

  it.each(['xlsx', 'pdf'] as const)(
    'generateReport with exportFormat %s saves a real copy of the report tabs',
    async format => {
      const {w, run, inFolder} = setup(master);
      const r = run<ReportRunResult>('generateReport', {
        reports: ['resumen'],
        exportFormat: format,
      });
      expect(r.status).toBe('done');
      const files = inFolder();
      expect(files).toHaveLength(1);
      expect(files[0].name).toMatch(
        new RegExp(`^Informe_facturacion_\\d+\\.${format}$`),
      );
      expect(r.notices.join(' ')).toContain(
        `Copia guardada en Drive: https://drive.google.com/file/d/${files[0].id}/view`,
      );
      const bytes = w.driveStore.bytes(files[0]);
      const tabName = r.tabs[0].name;
      if (format === 'xlsx') {
        expect(files[0].mimeType).toBe(XLSX_MIME);
        const wb = await readXlsx(bytes);
        expect(wb.worksheets.map(s => s.name)).toEqual([tabName]);
        expect(wb.worksheets[0].rowCount).toBeGreaterThan(1);
      } else {
        expect(files[0].mimeType).toBe('application/pdf');
        const body = Buffer.from(bytes).toString('latin1');
        expect(body.startsWith('%PDF-')).toBe(true);
        expect(body).toContain('Informe_facturacion_');
        expect(body).toContain(tabName);
      }
      expect(
        [...w.driveStore.items.values()].filter(i =>
          i.name.includes('(temporal)'),
        ),
      ).toEqual([]);
    },
  );
});
