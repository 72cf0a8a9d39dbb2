// What a PDF run needs from the platform besides Drive and the index: a job id, a file-name stamp,
// the selected cells and a new results tab.
import {sheetRows} from '../common/cells';
import {outputSpreadsheet} from '../common/outputs';

/** A new job id (UUID). */
export function newJobId(): string {
  return Utilities.getUuid();
}

/** Date and time for file names, in the script's time zone: 20251001_080000. */
export function fileStamp(): string {
  return Utilities.formatDate(
    new Date(),
    Session.getScriptTimeZone(),
    'yyyyMMdd_HHmmss',
  );
}

/** The selected cells' display values, one line per row. */
export function selectedLines(): string[] {
  const range = SpreadsheetApp.getActiveRange();
  if (!range) return [];
  const lines = range.getDisplayValues().map(row => row.join(' '));
  // Blank cells only: the same as no selection (the caller asks the user to select some).
  return lines.some(line => line.trim() !== '') ? lines : [];
}

/** Writes rows to a new tab (its name made unique) and returns the tab's name. */
export function writeNewTab(baseName: string, rows: string[][]): string {
  const ss = outputSpreadsheet();
  let name = baseName;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${baseName} (${n})`;
  const sheet = ss.insertSheet(name);
  if (rows.length > 0) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows.length)
      sheet.insertRowsAfter(maxRows, rows.length - maxRows);
    sheet
      .getRange(1, 1, rows.length, rows[0].length)
      .setValues(sheetRows(rows));
    sheet.setFrozenRows(1);
  }
  return name;
}
