// Tabs the consolidation owns in the user's spreadsheet: found by developer metadata, created tagged,
// and written in one setValues each (ISO days turned into Dates of the spreadsheet's zone; text kept text).
import type {FieldValue} from '../../domain/consolidation/rows';
import {dayOfIso} from '../../domain/kernel/day';
import {dateCell, sheetCell, type SheetCell} from '../common/cells';

/** Developer-metadata keys of the add-on's consolidation tabs. */
export const METADATA = {
  classification: 'facturacion.consolidacion.clasificacion',
  review: 'facturacion.consolidacion.revision',
  state: 'facturacion.consolidacion.estado',
} as const;

/** The tab tagged with `key` (and `value` when given), or null. */
export function findTagged(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: string,
  value?: string,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const sheet of ss.getSheets()) {
    if (isTagged(sheet, key, value)) return sheet;
  }
  return null;
}

/** Whether a tab carries the developer metadata `key` (with `value` when given): one call. */
export function isTagged(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  key: string,
  value?: string,
): boolean {
  return sheet
    .getDeveloperMetadata()
    .some(
      m =>
        m.getKey() === key && (value === undefined || m.getValue() === value),
    );
}

/**
 * The add-on's tab for `key`/`value`: the tagged one, cleared; else a new one named `name`. A
 * user's tab of that name (untagged) is never overwritten: the new tab gets a free name instead.
 */
export function ownedTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: string,
  value: string,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = findTagged(ss, key, value);
  if (existing) {
    existing.clear();
    return existing;
  }
  let free = name;
  for (let n = 2; ss.getSheetByName(free); n++) free = `${name} (${n})`;
  const sheet = ss.insertSheet(free);
  sheet.addDeveloperMetadata(key, value);
  return sheet;
}

/**
 * A grid ready for setValues into a spreadsheet in `zone`: ISO days in `dateColumns` (from row
 * `skipRows`) as Dates of that zone's midnight, the rest through sheetCell.
 */
export function toCells(
  grid: ReadonlyArray<ReadonlyArray<FieldValue>>,
  dateColumns: ReadonlyArray<number>,
  zone: string,
  skipRows = 0,
): SheetCell[][] {
  const dates = new Set(dateColumns);
  return grid.map((row, r) =>
    row.map((v, c) => {
      const day =
        r >= skipRows && dates.has(c) && typeof v === 'string'
          ? dayOfIso(v)
          : null;
      return day === null ? sheetCell(v) : dateCell(day, zone);
    }),
  );
}

/** Adds rows at the end when the tab has fewer than `lastRow` (getRange past the grid throws). */
export function ensureRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  lastRow: number,
): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

/** Writes a grid at the top-left of a tab in one call (growing the tab when needed). */
export function writeGrid(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  cells: SheetCell[][],
): void {
  if (!cells.length) return;
  ensureRows(sheet, cells.length);
  sheet.getRange(1, 1, cells.length, cells[0].length).setValues(cells);
}
