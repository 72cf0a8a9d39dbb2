// The Master workbook is the business's (issue 18.2), through build/Code.js: by default every output
// lands in the companion «Facturación - resultados», made once next to the Master and shared like it;
// «en el mismo libro» keeps outputs in the open spreadsheet; the Master audit catches a Master write.
import {join} from 'node:path';
import {GROUP, TEAM} from '../emulator/accounts';
import {createWorld} from '../emulator/world';
import {addMaster, generateMaster} from '../fixtures/master';
import {companionOf, findCompanion} from '../fixtures/companion';
import type {SpreadsheetData} from '../emulator/spreadsheet/store';
import type {ExportResult} from '../../src/common/master-api';
import type {ReportRunResult} from '../../src/common/report-api';
import type {Settings} from '../../src/common/settings';
import type {AboutInfo} from '../../src/common/api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** Everything of a spreadsheet a person could see changed: tabs, sizes, cells, formats, metadata. */
function print(ss: SpreadsheetData): string {
  return JSON.stringify({
    name: ss.name,
    metadata: ss.metadata,
    sheets: ss.sheets.map(s => {
      const {rows, columns} = s.extent();
      const cells: unknown[] = [];
      for (let r = 1; r <= rows; r++)
        for (let c = 1; c <= columns; c++)
          cells.push([s.get(r, c), s.format(r, c)]);
      return {
        name: s.name,
        size: [s.maxRows, s.maxColumns, s.frozenRows, s.hidden],
        metadata: s.metadata,
        protection: s.protection,
        cells,
      };
    }),
  });
}

function setup() {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const folder = world.driveStore.addFolder({name: 'Facturacion'});
  const master = generateMaster({rows: 60, seed: 9});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    parents: [folder.id],
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  world.accounts.shareWithTeam(ss.id, false);
  const addon = world.loadAddon(BUNDLE);
  const run = <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args);
  return {world, ss, folder, run};
}

describe('the companion workbook (through build/Code.js)', () => {
  it('takes the export, report and history while the Master stays exactly as it was', () => {
    const {world, ss, folder, run} = setup();
    const before = print(ss);
    const exported = run<ExportResult>('exportQuery', {});
    const report = run<ReportRunResult>('generateReport', {
      reports: ['resumen', 'calidad'],
    });
    expect(report.status).toBe('done');
    expect(print(ss)).toBe(before);
    expect(world.masterAudit.take()).toEqual([]);
    const companion = companionOf(world, ss.id);
    expect(companion.name).toBe('Facturación - resultados');
    const tabs = companion.sheets.map(s => s.name);
    expect(tabs).toEqual(
      expect.arrayContaining([
        exported.sheetName,
        'Resumen',
        'Calidad de datos',
        'Historial de ejecuciones',
      ]),
    );
    // Report links open the companion's tabs.
    for (const t of report.tabs)
      expect(t.url).toMatch(
        new RegExp(
          `^https://docs.google.com/spreadsheets/d/${companion.id}/edit#gid=\\d+$`,
        ),
      );
    // Next to the Master, in the Master's zone, tagged with the Master's id.
    const file = world.driveStore.get(companion.id)!;
    expect(file.parents).toEqual([folder.id]);
    expect(file.description).toBe(`Facturación: resultados de ${ss.id}`);
    expect(companion.timeZone).toBe(ss.timeZone);
    // Made once: the second run used the same file.
    expect(
      world.spreadsheets
        .all()
        .filter(x => x.name === 'Facturación - resultados'),
    ).toHaveLength(1);
  });

  it('is shared like the Master: a group editor and the viewer open it, the sidebar links it', () => {
    const {world, ss, run} = setup();
    run('exportQuery', {});
    const companion = companionOf(world, ss.id);
    const shared = world.driveStore.get(companion.id)!.shared!;
    expect(Object.fromEntries(shared)).toEqual({
      [TEAM.editor]: 'writer',
      [GROUP]: 'writer',
      [TEAM.viewer]: 'reader',
    });
    for (const user of [TEAM.groupEditor, TEAM.viewer]) {
      const about = world.addon!.run<AboutInfo>('getAbout', [], {user});
      expect({user, link: about.resultsWorkbook}).toEqual({
        user,
        link: {
          name: 'Facturación - resultados',
          url: `https://docs.google.com/spreadsheets/d/${companion.id}/edit`,
        },
      });
    }
    // Luis's export lands in the same companion.
    const luis = world.addon!.run<ExportResult>('exportQuery', [{}], {
      user: TEAM.groupEditor,
    });
    expect(companion.sheetByName(luis.sheetName)).toBeDefined();
  });

  it('a deleted companion is made again on the next output', () => {
    const {world, ss, run} = setup();
    run('exportQuery', {});
    const first = companionOf(world, ss.id).id;
    world.driveStore.remove(first);
    run('exportQuery', {});
    expect(companionOf(world, ss.id).id).not.toBe(first);
  });

  it('«en el mismo libro» keeps outputs in the open spreadsheet and makes no companion', () => {
    const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
    // A working copy, not the business's Master: nothing marks it.
    const ss = world.spreadsheets.create('Trabajo', {Hoja: [['a']]});
    const addon = world.loadAddon(BUNDLE);
    const settings = addon.run<Settings>('getSettings');
    expect(settings.outputWorkbook).toBe('companion');
    const pdfs = world.driveStore.addFolder({name: 'PDF'});
    addon.run('saveSettings', [
      {...settings, outputWorkbook: 'same', pdfRootFolders: [pdfs.id]},
    ]);
    addon.run('refreshPdfIndex', [{full: true}]);
    expect(ss.sheetByName('_facturacion_pdf_index')?.hidden).toBe(true);
    const out = addon.run<{sheetName: string}>('writePdfResultsSheet', ['FE1']);
    expect(ss.sheetByName(out.sheetName)).toBeDefined();
    expect(findCompanion(world, ss.id)).toBeNull();
    expect(addon.run<AboutInfo>('getAbout').resultsWorkbook).toBeNull();
  });

  it('the Master audit catches a Master write: «en el mismo libro» on the marked Master', () => {
    const {world, run} = setup();
    const settings = run<Settings>('getSettings');
    run('saveSettings', {...settings, outputWorkbook: 'same'});
    run('exportQuery', {});
    const found = world.masterAudit.take();
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(
      /^exportQuery wrote into the Master «Archivo control facturacion mensual Finkargo Def» \(SpreadsheetApp\./,
    );
  });

  it('refuses an unknown choice of workbook in Spanish, naming the field', () => {
    const {run} = setup();
    const settings = run<Settings>('getSettings');
    expect(() =>
      run('saveSettings', {...settings, outputWorkbook: 'otro'}),
    ).toThrow(/outputWorkbook/);
  });
});
