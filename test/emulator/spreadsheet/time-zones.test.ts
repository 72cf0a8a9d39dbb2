// Each spreadsheet has its own time zone: getValues' Dates follow it, setSpreadsheetTimeZone changes
// it (serials stay), and a spreadsheet a script creates or Drive converts is not in Bogotá.
// Sources: developers.google.com/sheets/api/guides/formats (serials have no zone offset; they are
// based on the spreadsheet's timeZone); reference/spreadsheet/spreadsheet#setspreadsheettimezonetimezone.
import ExcelJS from 'exceljs';
import {XLSX_MIME} from '../drive/store';
import {createWorld} from '../world';

const iso = (v: unknown) => (v as Date).toISOString();

describe('time zones per spreadsheet', () => {
  it('reads the same stored day as the midnight of each spreadsheet zone', () => {
    const world = createWorld();
    const bogota = world.spreadsheets.create('Bogotá', {
      A: [[new Date(Date.UTC(2025, 8, 15, 5))]],
    });
    const tokyo = world.spreadsheets.create(
      'Tokio',
      {A: [[new Date(Date.UTC(2025, 8, 14, 15))]]},
      {timeZone: 'Asia/Tokyo'},
    );
    const app = world.services.SpreadsheetApp;
    const read = (id: string) =>
      world.emulator.run('FULL', () =>
        app.openById(id).getSheets()[0].getRange('A1').getValue(),
      );
    // Both cells hold the serial of 15/09/2025; each reads back as its own zone's midnight.
    expect(bogota.sheets[0].get(1, 1)).toBe(tokyo.sheets[0].get(1, 1));
    expect(iso(read(bogota.id))).toBe('2025-09-15T05:00:00.000Z');
    expect(iso(read(tokyo.id))).toBe('2025-09-14T15:00:00.000Z');
    // Changing the zone keeps the serial: the same day, another instant.
    world.emulator.run('FULL', () =>
      app.openById(bogota.id).setSpreadsheetTimeZone('America/Los_Angeles'),
    );
    expect(iso(read(bogota.id))).toBe('2025-09-15T07:00:00.000Z');
    expect(() =>
      world.emulator.run('FULL', () =>
        app.openById(bogota.id).setSpreadsheetTimeZone('Marte/Olympus'),
      ),
    ).toThrow('Invalid argument: timezone');
  });

  it('a spreadsheet created by a script or converted by Drive is not in Bogotá; a copy keeps its zone', async () => {
    const world = createWorld();
    const app = world.services.SpreadsheetApp;
    const created = world.emulator.run('FULL', () =>
      app.create('Nueva').getSpreadsheetTimeZone(),
    );
    expect(created).toBe('America/Los_Angeles');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hoja').addRow(['x']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const upload = world.driveStore.addFile({
      name: 'export.xlsx',
      mimeType: XLSX_MIME,
      content: bytes,
    });
    const drive = world.drive.Drive;
    const converted = world.emulator.run('FULL', () =>
      drive.Files.copy(
        {name: 'export', mimeType: 'application/vnd.google-apps.spreadsheet'},
        upload.id,
      ),
    );
    expect(world.spreadsheets.get(String(converted.id))!.timeZone).toBe(
      'America/Los_Angeles',
    );
    const source = world.spreadsheets.create(
      'Origen',
      {},
      {timeZone: 'Asia/Tokyo'},
    );
    expect(world.spreadsheets.copy(source.id, 'Copia').timeZone).toBe(
      'Asia/Tokyo',
    );
  });
});
