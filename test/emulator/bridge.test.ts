// Spreadsheets are Drive files: the bridge world.ts wires between the Sheets and Drive emulators
// (mirror, modifiedTime, renames, export, copy, conversion, deletion), seen from the add-on's realm.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {generateMaster} from '../fixtures/master';
import {masterToXlsx} from '../fixtures/xlsx';
import {FOLDER_MIME, SHEET_MIME, XLSX_MIME} from './drive/store';
import {createWorld} from './world';

const SCRIPT = `
function make(name) {
  var ss = SpreadsheetApp.create(name);
  ss.getSheets()[0].getRange('A1:B2').setValues([['Factura', 'Valor'], ['FE1', 1500]]);
  return ss.getId();
}
function meta(id) {
  var f = Drive.Files.get(id, {fields: 'id,name,mimeType,parents,owners,modifiedTime'});
  return {id: f.id, name: f.name, mimeType: f.mimeType, parents: f.parents,
    owner: f.owners[0].emailAddress, modifiedTime: f.modifiedTime};
}
function write(id) { SpreadsheetApp.openById(id).getSheets()[0].getRange('C1').setValue('x'); }
function apiWrite(id) {
  Sheets.Spreadsheets.Values.update({values: [['y']]}, id, 'D1', {valueInputOption: 'RAW'});
}
function addTab(id) { SpreadsheetApp.openById(id).insertSheet('Nueva'); }
function rename(id, name) { SpreadsheetApp.openById(id).rename(name); }
function driveRename(id, name) { Drive.Files.update({name: name}, id); }
function nameOf(id) { return SpreadsheetApp.openById(id).getName(); }
function exportAs(id, mime) {
  var b = Drive.Files.export(id, mime);
  return {type: b.getContentType(), bytes: b.getBytes()};
}
function blobOf(id) {
  var b = DriveApp.getFileById(id).getBlob();
  return {type: b.getContentType(), bytes: b.getBytes()};
}
function fail(f) { try { f(); return 'no error'; } catch (e) { return e.message; } }
function exportError(id, mime) { return fail(function () { Drive.Files.export(id, mime); }); }
function copy(id, name) { return Drive.Files.copy({name: name}, id).id; }
function makeCopy(id, name) { return DriveApp.getFileById(id).makeCopy(name).getId(); }
function read(id) {
  return SpreadsheetApp.openById(id).getSheets().map(function (s) {
    return [s.getName(), s.getDataRange().getValues()];
  });
}
function convert(xlsxId, folderId) {
  var blob = DriveApp.getFileById(xlsxId).getBlob();
  return Drive.Files.create({name: 'Convertido', mimeType: 'application/vnd.google-apps.spreadsheet',
    parents: [folderId]}, blob).id;
}
function remove(id) { Drive.Files.remove(id); }
function trash(id) { DriveApp.getFileById(id).setTrashed(true); }
function open(id) { return fail(function () { SpreadsheetApp.openById(id); }); }
`;

function world() {
  const w = createWorld();
  const dir = mkdtempSync(join(tmpdir(), 'bridge-'));
  const file = join(dir, 'Code.js');
  writeFileSync(file, SCRIPT);
  const addon = w.loadAddon(file);
  return {w, addon};
}

interface Meta {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  modifiedTime: string;
}

const text = (bytes: number[]) => Buffer.from(Uint8Array.from(bytes));

describe('spreadsheets are Drive files', () => {
  test('a spreadsheet created in the store or by the add-on is a file in My Drive with its id', () => {
    const {w, addon} = world();
    const pre = w.spreadsheets.create('Libro', {Datos: [['a']]});
    const root = w.driveStore.rootFor(w.emulator.user).id;
    const item = w.driveStore.get(pre.id)!;
    expect(item).toMatchObject({
      name: 'Libro',
      mimeType: SHEET_MIME,
      owner: w.emulator.user,
      parents: [root],
    });
    const id = addon.run<string>('make', ['Reporte']);
    expect(addon.run<Meta>('meta', [id])).toEqual({
      id,
      name: 'Reporte',
      mimeType: SHEET_MIME,
      parents: [root],
      owner: w.emulator.user,
      modifiedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  test('explicit registration of an existing id adopts the file (placement) instead of failing', () => {
    const {w} = world();
    const ss = w.spreadsheets.create('Master');
    const folder = w.driveStore.addFolder({name: 'Masters'});
    const item = w.driveStore.addFile({
      id: ss.id,
      name: 'Master',
      mimeType: SHEET_MIME,
      parents: [folder.id],
    });
    expect(item).toBe(w.driveStore.get(ss.id));
    expect(item.parents).toEqual([folder.id]);
    expect([...w.driveStore.childIds(folder.id)]).toEqual([ss.id]);
    expect(
      w.driveStore.childIds(w.driveStore.rootFor(w.emulator.user).id),
    ).not.toContain(ss.id);
    // Once adopted it is an ordinary file: a second registration is the duplicate it always was.
    expect(() =>
      w.driveStore.addFile({id: ss.id, name: 'x', mimeType: SHEET_MIME}),
    ).toThrow(/duplicate id/);
  });

  test.each(['write', 'apiWrite', 'addTab'])(
    'modifiedTime advances when the add-on writes (%s)',
    fn => {
      const {w, addon} = world();
      const id = addon.run<string>('make', ['Libro']);
      const before = Date.parse(addon.run<Meta>('meta', [id]).modifiedTime);
      w.emulator.clock.set(w.emulator.clock.now() + 3_600_000);
      addon.run(fn, [id]);
      const after = Date.parse(addon.run<Meta>('meta', [id]).modifiedTime);
      expect(after - before).toBeGreaterThanOrEqual(3_600_000);
    },
  );

  test('reads do not change modifiedTime', () => {
    const {w, addon} = world();
    const id = addon.run<string>('make', ['Libro']);
    const before = addon.run<Meta>('meta', [id]).modifiedTime;
    w.emulator.clock.set(w.emulator.clock.now() + 3_600_000);
    addon.run('read', [id]);
    expect(addon.run<Meta>('meta', [id]).modifiedTime).toBe(before);
  });

  test('renames keep in step both ways', () => {
    const {addon} = world();
    const id = addon.run<string>('make', ['Libro']);
    addon.run('rename', [id, 'Libro 2']);
    expect(addon.run<Meta>('meta', [id]).name).toBe('Libro 2');
    addon.run('driveRename', [id, 'Libro 3']);
    expect(addon.run('nameOf', [id])).toBe('Libro 3');
  });
});

describe('Files.export and getBlob of a native Sheet', () => {
  test('.xlsx export is a real workbook exceljs reads back (tabs, text, numbers, dates)', async () => {
    const {w, addon} = world();
    const ss = w.spreadsheets.create('Consulta', {
      Resultado: [
        ['Factura', 'Valor', 'Fecha'],
        ['FE1', 1500.5, new Date(Date.UTC(2025, 8, 30, 5))],
      ],
      Oculta: [['z']],
    });
    ss.sheets[1].hidden = true;
    const out = addon.run<{type: string; bytes: number[]}>('exportAs', [
      ss.id,
      XLSX_MIME,
    ]);
    expect(out.type).toBe(XLSX_MIME);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(text(out.bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map(s => [s.name, s.state])).toEqual([
      ['Resultado', 'visible'],
      ['Oculta', 'hidden'],
    ]);
    const sheet = wb.getWorksheet('Resultado')!;
    expect(sheet.getCell('A2').value).toBe('FE1');
    expect(sheet.getCell('B2').value).toBe(1500.5);
    const date = sheet.getCell('C2').value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2025-09-30');
  });

  test('CSV is the first tab as displayed; PDF is a minimal valid PDF with the title', () => {
    const {w, addon} = world();
    const ss = w.spreadsheets.create('Reporte semanal', {
      Resumen: [
        ['Cliente', 'Total'],
        ['ACME, S.A.S.', 1234.5],
      ],
      Otra: [['no']],
    });
    const csv = addon.run<{type: string; bytes: number[]}>('exportAs', [
      ss.id,
      'text/csv',
    ]);
    expect(text(csv.bytes).toString('utf8')).toBe(
      'Cliente,Total\r\n"ACME, S.A.S.","1234,5"',
    );
    const pdf = addon.run<{type: string; bytes: number[]}>('blobOf', [ss.id]);
    expect(pdf.type).toBe('application/pdf');
    const body = text(pdf.bytes).toString('latin1');
    expect(body.startsWith('%PDF-1.4\n')).toBe(true);
    expect(body.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(body).toContain('(Reporte semanal - Resumen) Tj');
    // The xref offsets point at the objects (a reader can open it).
    const start = Number(/startxref\n(\d+)/.exec(body)![1]);
    expect(body.slice(start, start + 4)).toBe('xref');
    const first = Number(/\n(\d{10}) 00000 n/.exec(body)![1]);
    expect(body.slice(first, first + 7)).toBe('1 0 obj');
  });

  test('unsupported formats and content above 10 MB fail as Drive fails', () => {
    const {w, addon} = world();
    const ss = w.spreadsheets.create('Grande', [{name: 'Datos', maxRows: 1}]);
    const big = ss.sheets[0];
    const rows = 120_000;
    big.maxRows = rows;
    for (let c = 1; c <= 8; c++)
      big.setColumn(
        c,
        Array.from({length: rows}, (_, r) => `celda-${r}-${c}`),
      );
    expect(addon.run('exportError', [ss.id, 'text/csv'])).toBe(
      'API call to drive.files.export failed with error: This file is too large to be exported.',
    );
    expect(addon.run('exportError', [ss.id, 'image/png'])).toBe(
      'API call to drive.files.export failed with error: The requested conversion is not supported.',
    );
  });
});

describe('copies, conversion and deletion', () => {
  test.each(['copy', 'makeCopy'])(
    '%s of a native Sheet is a new spreadsheet with the same tabs and values',
    fn => {
      const {w, addon} = world();
      const src = w.spreadsheets.create('Consolidado', {
        Enero: [['FE1', 10]],
        Febrero: [['FE2', 20]],
      });
      const id = addon.run<string>(fn, [src.id, 'BACKUP_Consolidado']);
      expect(id).not.toBe(src.id);
      expect(addon.run('read', [id])).toEqual(addon.run('read', [src.id]));
      expect(addon.run<Meta>('meta', [id]).name).toBe('BACKUP_Consolidado');
      addon.run('write', [id]);
      expect(w.spreadsheets.get(src.id)!.sheets[0].get(1, 3)).toBeUndefined();
    },
  );

  test('Files.create converts an .xlsx upload without prepareXlsxConversion', async () => {
    const {w, addon} = world();
    const master = generateMaster({rows: 40, seed: 3});
    const bytes = await masterToXlsx(master);
    const folder = w.driveStore.addFolder({name: 'Destino'});
    const file = w.driveStore.addFile({
      name: 'Master.xlsx',
      mimeType: XLSX_MIME,
      content: bytes,
    });
    const id = addon.run<string>('convert', [file.id, folder.id]);
    const tabs = addon.run<Array<[string, unknown[][]]>>('read', [id]);
    expect(tabs.map(t => t[0])).toEqual(
      w.spreadsheets.get(id)!.sheets.map(s => s.name),
    );
    expect(tabs.length).toBeGreaterThanOrEqual(2);
    expect(addon.run<Meta>('meta', [id])).toMatchObject({
      name: 'Convertido',
      parents: [folder.id],
    });
    expect(w.driveStore.get(folder.id)!.mimeType).toBe(FOLDER_MIME);
  });

  test('deleting the file makes openById fail; trashing does not (the platform opens trashed files)', () => {
    const {addon} = world();
    const kept = addon.run<string>('make', ['Papelera']);
    addon.run('trash', [kept]);
    expect(addon.run('open', [kept])).toBe('no error');
    const gone = addon.run<string>('make', ['Borrado']);
    addon.run('remove', [gone]);
    expect(addon.run('open', [gone])).toBe(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});
