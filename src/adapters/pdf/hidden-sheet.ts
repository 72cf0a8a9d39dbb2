// Hidden, protected, tagged sheets where the PDF index lives, and plain-text bulk writes to them.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer-metadata key every add-on sheet of the PDF finder carries (value: its role). */
export const PDF_SHEET_METADATA_KEY = 'facturacion.pdf';

/** The active spreadsheet, or a Spanish error when the add-on runs outside one. */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Abra el complemento desde una hoja de cálculo.');
  return ss;
}

/** The sheet by name, found read-only (null when absent). Safe in custom functions. */
export function findSheet(name: string): Sheet | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss ? ss.getSheetByName(name) : null;
}

/**
 * The sheet by name, created when absent: hidden, protected so that only the add-on's user can
 * edit it, and tagged with developer metadata (role = name) so it is known as the add-on's own.
 */
export function ownSheet(name: string, description: string): Sheet {
  const ss = activeSpreadsheet();
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const sheet = ss.insertSheet(name);
  sheet.addDeveloperMetadata(PDF_SHEET_METADATA_KEY, name);
  const protection = sheet.protect().setDescription(description);
  const others = protection
    .getEditors()
    .map(u => u.getEmail())
    .filter(e => e !== Session.getEffectiveUser().getEmail());
  if (others.length > 0) protection.removeEditors(others);
  sheet.hideSheet();
  return sheet;
}

/**
 * Writes rows from (row, 1) in one setValues, the range formatted as plain text first so that
 * text from Drive is stored as typed: a name like `=HYPERLINK("x").pdf` never becomes a formula,
 * an id like `-1abc` never a number. Grows the sheet when it is too short.
 */
export function writeTextRows(
  sheet: Sheet,
  row: number,
  rows: string[][],
  width: number,
): void {
  if (rows.length === 0) return;
  const lastNeeded = row + rows.length - 1;
  const maxRows = sheet.getMaxRows();
  if (maxRows < lastNeeded)
    sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
  const range = sheet.getRange(row, 1, rows.length, width);
  range.setNumberFormat('@');
  range.setValues(rows);
}

/** Cell text of a value read back (plain-text cells come back as strings; be lenient anyway). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
