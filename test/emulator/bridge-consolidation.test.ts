// The consolidation backup through build/Code.js with the world's own Drive/Sheets bridge: the
// exports' .xlsx converted synchronously (SheetJS) and BACKUP_<Master> a real copy of the Master.
import {join} from 'node:path';
import {knownExports, toXlsx} from '../fixtures/exports';
import type {
  AppendResult,
  ConsolidationReview,
} from '../../src/common/consolidation-api';
import {SHEET_MIME} from './drive/store';
import {addConsolidationMaster} from '../fixtures/consolidation-master';
import type {SheetData} from './spreadsheet/store';
import {createWorld} from './world';

const BUNDLE = join(__dirname, '../../build/Code.js');
/** 2025-10-01 10:00 in Bogotá. */
const NOW = Date.UTC(2025, 9, 1, 15, 0, 0);

let uploads: Array<{name: string; bytes: Uint8Array}> = [];
beforeAll(async () => {
  uploads = [];
  for (const wb of knownExports())
    uploads.push({name: wb.fileName, bytes: new Uint8Array(await toXlsx(wb))});
});

/** Every stored value of a tab, row by row. */
function grid(sheet: SheetData): unknown[][] {
  const {rows, columns} = sheet.extent();
  const out: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= columns; c++) row.push(sheet.get(r, c));
    out.push(row);
  }
  return out;
}

it('appendToMaster backs the Master up as a real spreadsheet copy (pre-append values) next to it', () => {
  const world = createWorld({now: NOW});
  const {master, facturacionId, exportsFolderId} = addConsolidationMaster(
    world,
    uploads,
  );
  const addon = world.loadAddon(BUNDLE);
  const before = master.sheets.map(s => [s.name, grid(s)]);

  const review = addon.run<ConsolidationReview>('consolidateExports', [
    {folder: `https://drive.google.com/drive/folders/${exportsFolderId}`},
  ]);
  expect(review.inputs).toHaveLength(4);
  const result = addon.run<AppendResult>('appendToMaster', [
    review.reviewId,
    true,
  ]);
  expect(result.appended.reduce((n, a) => n + a.rows, 0)).toBeGreaterThan(0);

  const backups = [...world.driveStore.childIds(facturacionId)]
    .map(id => world.driveStore.get(id)!)
    .filter(f => f.name.startsWith('BACKUP_'));
  expect(backups.map(b => [b.name, b.mimeType])).toEqual([
    [result.backupName, SHEET_MIME],
  ]);
  const copy = world.spreadsheets.get(backups[0].id)!;
  expect(copy.id).not.toBe(master.id);
  expect(copy.name).toBe(result.backupName);
  // The backup holds the Master as it was before the append; the Master has the new rows.
  const copied = new Map(copy.sheets.map(s => [s.name, grid(s)]));
  for (const [name, rows] of before)
    expect(copied.get(name as string)).toEqual(rows);
  const cf = master.sheetByName('Relacion facturas Costos Fijos')!;
  expect(cf.extent().rows).toBeGreaterThan(
    (before[0][1] as unknown[][]).length,
  );
  // The converted temporaries of the exports were trashed, not left as live files.
  expect(
    [...world.driveStore.items.values()]
      .filter(
        i =>
          i.mimeType === SHEET_MIME &&
          !i.trashed &&
          i.id !== master.id &&
          i.id !== copy.id &&
          // The add-on's results workbook (issue 18.2) is no temporary copy.
          i.name !== 'Facturación - resultados',
      )
      .map(i => i.name),
  ).toEqual([]);
});
