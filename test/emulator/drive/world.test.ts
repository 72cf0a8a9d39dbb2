// The Drive globals as the add-on's realm sees them: installed by World, Dates and errors of the
// vm realm, Blobs shared with Utilities, calls logged per execution.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildInvoiceTree} from '../../fixtures/drive-tree';
import {generateMaster} from '../../fixtures/master';
import {masterToXlsx} from '../../fixtures/xlsx';
import {createWorld} from '../world';
import {XLSX_MIME} from './store';

const SCRIPT = `
function probeDates(id) {
  var d = DriveApp.getFolderById(id).getDateCreated();
  return [d instanceof Date, typeof d.getTime()];
}
function probeError(id) {
  try { DriveApp.getFolderById(id); return 'no error'; }
  catch (e) { return [e instanceof Error, e.message]; }
}
function probeApiError() {
  try { Drive.Files.list({q: 'name contains FE1'}); return 'no error'; }
  catch (e) { return [e instanceof Error, e.name, e.message, e.details.code]; }
}
function convertXlsx(fileId) {
  var f = Drive.Files.copy({name: 'Master convertido', mimeType: 'application/vnd.google-apps.spreadsheet'}, fileId);
  return SpreadsheetApp.openById(f.id).getSheets().map(function (s) { return s.getName(); });
}
function zipFirstPdfs(folderId) {
  var it = DriveApp.getFolderById(folderId).getFiles();
  var blobs = [];
  while (it.hasNext() && blobs.length < 3) blobs.push(it.next().getBlob());
  return Utilities.zip(blobs, 'pdfs.zip').getBytes().length > 0;
}
`;

function world() {
  const w = createWorld();
  const dir = mkdtempSync(join(tmpdir(), 'drive-world-'));
  const file = join(dir, 'Code.js');
  writeFileSync(file, SCRIPT);
  const r = buildInvoiceTree(w.driveStore, {
    count: 30,
    seed: 9,
    missingRate: 0,
    misplacedRate: 0,
  });
  const addon = w.loadAddon(file);
  return {w, addon, r};
}

describe('Drive in the world', () => {
  test("DriveApp and Drive are globals of the add-on realm; Dates and errors are that realm's", () => {
    const {addon, r} = world();
    expect(addon.run('probeDates', [r.rootId])).toEqual([true, 'number']);
    const [isError, message] = addon.run<[boolean, string]>('probeError', [
      '1missing',
    ]);
    expect(isError).toBe(true);
    expect(message).toMatch(/^No item with the given ID could be found/);
    expect(addon.run('probeApiError')).toEqual([
      true,
      'GoogleJsonResponseException',
      'API call to drive.files.list failed with error: Invalid Value',
      400,
    ]);
  });

  test("file.getBlob() feeds Utilities.zip; the calls are in the world's log", () => {
    const {w, addon, r} = world();
    const inv = r.invoices[0];
    const folderId = r.folderId(inv.year, inv.month, inv.branch);
    const mark = w.emulator.log.mark();
    expect(addon.run('zipFirstPdfs', [folderId])).toBe(true);
    const s = w.emulator.log.summary(mark);
    expect(s.byMethod['DriveApp.getFolderById']).toBe(1);
    expect(s.byMethod['DriveApp.File.getBlob']).toBeGreaterThan(0);
  });

  test('an .xlsx in Drive converts into a Sheet the add-on can open (SheetJS, or prepared with exceljs)', async () => {
    const {w, addon} = world();
    const master = generateMaster({rows: 20, seed: 1});
    const bytes = await masterToXlsx(master);
    const file = w.driveStore.addFile({
      name: `${master.name}.xlsx`,
      mimeType: XLSX_MIME,
      content: bytes,
    });
    const names = master.tabs.map(t => t.name);
    // Converted synchronously (SheetJS) when nothing was prepared.
    expect(addon.run<string[]>('convertXlsx', [file.id])).toEqual(names);
    // A conversion prepared ahead (exceljs) is the one used: no new spreadsheet.
    await w.prepareXlsxConversion(bytes, master.name);
    const count = w.spreadsheets.all().length;
    expect(addon.run<string[]>('convertXlsx', [file.id])).toEqual(names);
    expect(w.spreadsheets.all()).toHaveLength(count);
  });
});
