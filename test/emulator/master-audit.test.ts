// The Master audit catches every kind of change to a marked Master outside the confirmed append:
// cells (SpreadsheetApp and the Sheets service), formats, tabs, frozen rows, hidden tabs, developer
// metadata, protections and the Drive file; reads, other spreadsheets, set-up and appendToMaster pass.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createWorld} from './world';

/** One global per kind of change; `appendToMaster` does a cell write too. */
const PROBE = `
function master() { return SpreadsheetApp.openById('MASTER'); }
function readOnly() { var s = master().getSheets()[0]; return s.getRange(1, 1, 2, 2).getValues(); }
function writeCell() { master().getSheets()[0].getRange('A1').setValue('x'); }
function writeFormat() { master().getSheets()[0].getRange('A1').setNumberFormat('@'); }
function writeSheetsApi() {
  Sheets.Spreadsheets.Values.update({values: [['x']]}, 'MASTER', 'Datos!A1', {valueInputOption: 'RAW'});
}
function addTab() { master().insertSheet('Nueva'); }
function freeze() { master().getSheets()[0].setFrozenRows(2); }
function hide() { master().insertSheet('Otra'); master().getSheetByName('Datos').hideSheet(); }
function tag() { master().addDeveloperMetadata('k', 'v'); }
function protectTab() { master().getSheets()[0].protect().setWarningOnly(true); }
function relaxProtection() {
  master().getSheets()[0].getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setDescription('otra');
}
function renameFile() { Drive.Files.update({description: 'x'}, 'MASTER', null, {}); }
function writeOther() { SpreadsheetApp.openById('OTHER').getSheets()[0].getRange('A1').setValue('x'); }
function appendToMaster() { master().getSheets()[0].appendRow(['nueva', 1]); }
`;

function setup() {
  const world = createWorld();
  const ss = world.spreadsheets.create('Master', {
    Datos: [
      ['Factura', 'Valor'],
      ['FE1', 10],
    ],
  });
  const other = world.spreadsheets.create('Otro', {Hoja: [['a']]});
  world.spreadsheets.markMaster(ss.id);
  const dir = mkdtempSync(join(tmpdir(), 'master-audit-'));
  const path = join(dir, 'probe.js');
  writeFileSync(
    path,
    PROBE.replace(/MASTER/g, ss.id).replace(/OTHER/g, other.id),
  );
  return {world, ss, addon: world.loadAddon(path)};
}

describe('the Master audit', () => {
  it.each([
    ['writeCell', 'SpreadsheetApp.Range.setValue'],
    ['writeFormat', 'SpreadsheetApp.Range.setNumberFormat'],
    ['writeSheetsApi', 'Sheets.Values.update'],
    ['addTab', 'SpreadsheetApp.Spreadsheet.insertSheet'],
    ['freeze', 'SpreadsheetApp.Sheet.setFrozenRows'],
    ['hide', 'SpreadsheetApp.Spreadsheet.insertSheet'],
    ['tag', 'SpreadsheetApp.Spreadsheet.addDeveloperMetadata'],
  ])('%s: the write call into the Master is caught, naming it', (fn, call) => {
    const {world, addon} = setup();
    addon.run(fn);
    const found = world.masterAudit.take();
    expect(found[0]).toBe(`${fn} wrote into the Master «Master» (${call})`);
  });

  it('a protection changed without a write call, and the Drive file changed, are caught by comparison', () => {
    const {world, ss, addon} = setup();
    // Set-up outside an execution is free.
    world.spreadsheets.get(ss.id)!.sheets[0].protection = {
      description: '',
      warningOnly: true,
      editors: null,
      domainEdit: null,
    };
    addon.run('relaxProtection');
    expect(world.masterAudit.take()).toEqual([
      'relaxProtection changed the Master «Master» (tabs, sizes, frozen rows, hidden tabs, metadata, protections, charts, formulas or its Drive file)',
    ]);
    addon.run('renameFile');
    expect(world.masterAudit.take()).toEqual([
      'renameFile changed the Master «Master» (tabs, sizes, frozen rows, hidden tabs, metadata, protections, charts, formulas or its Drive file)',
    ]);
  });

  it('reads, writes elsewhere, set-up and the confirmed append pass', () => {
    const {world, ss, addon} = setup();
    addon.run('readOnly');
    addon.run('writeOther');
    world.spreadsheets.get(ss.id)!.sheets[0].set(5, 1, 'set-up');
    addon.run('appendToMaster');
    expect(world.spreadsheets.get(ss.id)!.sheets[0].get(6, 1)).toBe('nueva');
    expect(world.masterAudit.take()).toEqual([]);
  });

  it('an unmarked spreadsheet is not audited', () => {
    const world = createWorld();
    const ss = world.spreadsheets.create('Libre', {Hoja: [['a']]});
    world.emulator.run('FULL', () =>
      world.services.SpreadsheetApp.openById(ss.id)
        .getSheets()[0]
        .getRange('A1')
        .setValue('b'),
    );
    expect(world.spreadsheets.isMaster(ss.id)).toBe(false);
    expect(world.masterAudit.take()).toEqual([]);
  });
});
