// Dates through build/Code.js when the spreadsheets are not in Bogotá (issue 17.4): the Master and
// the working spreadsheet in Asia/Tokyo, the temporary export spreadsheet created in the emulator's
// new-file zone (America/Los_Angeles). Each date is read in its spreadsheet's zone and written as
// the same calendar day; the add-on sets the zone of the spreadsheet it creates.
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {createWorld} from '../emulator/world';
import {
  COSTOS_FIJOS_HEADERS,
  COSTOS_FIJOS_TAB,
  addMaster,
  generateMaster,
} from '../fixtures/master';
import {companionOf} from '../fixtures/companion';
import type {ExportResult} from '../../src/common/master-api';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');
const DAY = 86_400_000;

function setup() {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const master = generateMaster({rows: 80, seed: 21});
  const ss = addMaster(world.spreadsheets, master);
  // Serials stay: the same calendar days, read back as Tokyo midnights.
  ss.timeZone = 'Asia/Tokyo';
  const exportFolder = world.driveStore.addFolder({name: 'Exportaciones'});
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  addon.run('saveSettings', [{...settings, exportFolder: exportFolder.id}]);
  return {world, master, ss, addon, exportFolder};
}

describe('dates in spreadsheets outside Bogotá (through build/Code.js)', () => {
  it('exportQuery writes each invoice date as the same day in the tab and in the .xlsx', async () => {
    const {world, master, ss, addon, exportFolder} = setup();
    const cf = ss.sheetByName(COSTOS_FIJOS_TAB)!;
    const dateColumn = COSTOS_FIJOS_HEADERS.indexOf('Fecha Facturacion') + 1;
    const row = master.rows.find(r => r.tab === 'costosFijos')!;
    const serial = cf.get(row.sheetRow, dateColumn) as number;
    const result = addon.run<ExportResult>('exportQuery', [
      {desembolsos: [row.codigo]},
    ]);
    const tab = companionOf(world).sheetByName(result.sheetName)!;
    const header = (
      tab.extent().columns ? [...Array(tab.extent().columns)] : []
    ).map((_, c) => tab.get(1, c + 1));
    const at = (label: string) => header.indexOf(label) + 1;
    const line = [...Array(tab.extent().rows - 1)]
      .map((_, i) => i + 2)
      .find(r => tab.get(r, at('Fila')) === row.sheetRow)!;
    // Stored as the Master's serial exactly: the day, with no time of day.
    expect(tab.get(line, at('Fecha factura'))).toBe(serial);
    const file = [...world.driveStore.childIds(exportFolder.id)]
      .map(id => world.driveStore.get(id)!)
      .find(f => f.name === result.fileName)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(world.driveStore.bytes(file)) as unknown as ArrayBuffer,
    );
    const ws = wb.worksheets[0];
    const xHeader = (ws.getRow(1).values as unknown[]).slice(1);
    const xRow = [...Array(ws.rowCount - 1)]
      .map((_, i) => ws.getRow(i + 2))
      .find(
        r => r.getCell(xHeader.indexOf('Fila') + 1).value === row.sheetRow,
      )!;
    const cell = xRow.getCell(xHeader.indexOf('Fecha factura') + 1).value;
    // exceljs reads a date cell as the UTC instant of its wall clock: the day, at 00:00.
    expect((cell as Date).getTime()).toBe((serial - 25569) * DAY);
  });

  it('=FACTURADO reads Date arguments as days of the spreadsheet zone', () => {
    const {world, master, addon} = setup();
    const r = master.rows.find(
      x => x.tab === 'costosFijos' && x.moneda === 'COP',
    )!;
    const day = Math.floor((r.fechaMs - 5 * 3_600_000) / DAY);
    const expected = master.rows
      .filter(
        x =>
          x.tab !== 'cesion' &&
          x.nit === r.nit &&
          x.moneda === 'COP' &&
          Math.floor((x.fechaMs - 5 * 3_600_000) / DAY) === day,
      )
      .reduce((n, x) => n + (x.neto ?? 0), 0);
    expect(expected).not.toBe(0);
    // What Sheets passes for a date cell of a Tokyo spreadsheet: Tokyo's midnight of that day.
    const tokyoMidnight = world.emulator.date(day * DAY - 9 * 3_600_000);
    const got = addon.run('FACTURADO', [r.nit, tokyoMidnight, tokyoMidnight], {
      mode: 'CUSTOM_FUNCTION',
    });
    expect(got).toBe(expected);
  });
});
