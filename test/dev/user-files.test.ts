// `npm start -- --master PATH.xlsx` and `--drive DIR`: the user's workbook as the active spreadsheet,
// a local folder of PDFs mirrored into the emulated Drive and saved as the add-on's PDF root
// (through its own saveSettings); unreadable inputs explained.
import ExcelJS from 'exceljs';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startPlayground, type Playground} from '../../dev/playground';
import {loadPdfTemplate} from '../fixtures/pdf';
import {client} from './http-client';

let pg: Playground;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-pdfs-'));
  const pdf = await loadPdfTemplate();
  mkdirSync(join(dir, '2025', '09. Septiembre'), {recursive: true});
  writeFileSync(
    join(dir, '2025', '09. Septiembre', 'FE10555.pdf'),
    pdf.bytesFor('FE10555'),
  );
  writeFileSync(join(dir, '2025', 'dian_FE10556.pdf'), pdf.bytesFor('FE10556'));
  pg = await startPlayground({port: 0, open: false, drive: dir, seed: 3});
});

afterAll(() => pg?.close());

it('mirrors the folder into Drive and makes it the PDF root of the add-on', async () => {
  const api = client(pg.port);
  expect(pg.session.world.description).toMatch(
    /Master de demostración \(semilla 3.*2 archivos en 3 carpetas/,
  );
  const settings = (
    await api.post('/api/run', {function: 'getSettings', args: []})
  ).json<{
    ok: boolean;
    result: {pdfRootFolders: string[]};
  }>();
  expect(settings.ok).toBe(true);
  expect(settings.result.pdfRootFolders).toHaveLength(1);
  const calls = (await api.get('/api/calls')).json<{
    byMethod: Record<string, number>;
  }>();
  // saveSettings checked that the folder exists and opens, through the Drive emulator.
  expect(Object.keys(calls.byMethod).some(k => k.startsWith('Drive'))).toBe(
    true,
  );
});

it('explains a folder it cannot mirror', async () => {
  await expect(
    startPlayground({port: 0, open: false, drive: join(dir, 'no-existe')}),
  ).rejects.toThrow(/No se encontró la carpeta local/);
});

describe('--master', () => {
  let own: Playground;
  const xlsx = () => join(dir, 'Mi Master.xlsx');

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Relacion facturas Costos Fijos');
    ws.addRow(['CONTROL DE FACTURACIÓN']);
    ws.addRow([]);
    ws.addRow([
      '# Factura',
      'Nit',
      'Fecha Facturacion',
      'Moneda',
      'Valor Neto Facturado',
    ]);
    ws.addRow([
      'FE10555',
      900206480,
      new Date(Date.UTC(2025, 8, 15)),
      'COP',
      1190000,
    ]);
    ws.addRow([
      'FE10556',
      '901.082.949',
      new Date(Date.UTC(2025, 8, 16)),
      'USD',
      250.5,
    ]);
    await wb.xlsx.writeFile(xlsx());
    own = await startPlayground({port: 0, open: false, master: xlsx()});
  });

  afterAll(() => own?.close());

  it('opens the workbook as the active spreadsheet, served as JSON', async () => {
    const api = client(own.port);
    const about = (
      await api.post('/api/run', {function: 'getAbout', args: []})
    ).json<{result: {spreadsheetName: string}}>();
    expect(about.result.spreadsheetName).toBe('Mi Master');
    const sheets = (await api.get('/api/sheets')).json<{
      sheets: Array<{name: string; rows: number}>;
    }>();
    expect(sheets.sheets).toEqual([
      expect.objectContaining({
        name: 'Relacion facturas Costos Fijos',
        rows: 5,
      }),
    ]);
    const values = (
      await api.get(
        `/api/sheets/${encodeURIComponent('Relacion facturas Costos Fijos')}?range=A4:E5`,
      )
    ).json<{values: unknown[][]}>();
    expect(values.values[0].slice(0, 2)).toEqual(['FE10555', 900206480]);
    expect(values.values[0][2]).toMatch(/^2025-09-15T/);
    expect(own.session.world.description).toMatch(
      /Master "Mi Master": Relacion facturas Costos Fijos \(5 filas\)/,
    );
  });

  it('explains a file that is not a readable workbook', async () => {
    const bad = join(dir, 'roto.xlsx');
    writeFileSync(bad, 'esto no es un libro');
    await expect(
      startPlayground({port: 0, open: false, master: bad}),
    ).rejects.toThrow(
      /--master: no se pudo leer .*roto\.xlsx" como libro de Excel/,
    );
  });
});
