// Hidden, tagged, warning-only protected sheets where the PDF index lives, and plain-text bulk writes to them.
import {existingOutputSpreadsheet, outputSpreadsheet} from '../common/outputs';
import {withRetry} from '../common/retry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer-metadata key every add-on sheet of the PDF finder carries (value: its role). */
export const PDF_SHEET_METADATA_KEY = 'facturacion.pdf';

/** The sheet by name in the outputs' workbook, found read-only (null when absent). Safe in custom functions. */
export function findSheet(name: string): Sheet | null {
  const ss = existingOutputSpreadsheet();
  return ss ? ss.getSheetByName(name) : null;
}

/**
 * The sheet by name, created when absent: hidden, tagged with developer metadata (role = name) so
 * it is known as the add-on's own, and protected as WARNING-ONLY.
 *
 * Why warning-only: every editor of the spreadsheet must be able to build, refresh and read the
 * index (a second clerk, a colleague's scheduled run). A protection whose editors are only the
 * builder locks them out ("You are trying to edit a protected cell or object..."), and removing
 * the other editors throws outright when the builder's own access comes through a Google group
 * (reference/spreadsheet/protection, its sample's warning). Keeping the spreadsheet's editors
 * would protect nothing (Sheet.protect: "the permissions mirror those of the spreadsheet itself").
 * A warning-only protection stops no script but asks a person who edits the hidden tab by hand
 * to confirm first, which is the only protection the index needs: it is rebuilt from Drive.
 *
 * Hidden last: a sheet still visible is one whose set-up was cut short (a Google failure, a
 * kill) or that someone unhid, so the set-up is finished again; the whole is retried as one
 * idempotent step.
 */
export function ownSheet(name: string, description: string): Sheet {
  return withRetry(() => {
    const ss = outputSpreadsheet();
    const existing = ss.getSheetByName(name);
    if (existing) relaxProtection(existing);
    if (existing && existing.isSheetHidden()) return existing;
    const sheet = existing ?? ss.insertSheet(name);
    const tagged = sheet
      .getDeveloperMetadata()
      .some(m => m.getKey() === PDF_SHEET_METADATA_KEY);
    if (!tagged) sheet.addDeveloperMetadata(PDF_SHEET_METADATA_KEY, name);
    const [protection] = sheet.getProtections(
      SpreadsheetApp.ProtectionType.SHEET,
    );
    (protection ?? sheet.protect())
      .setDescription(description)
      .setWarningOnly(true);
    sheet.hideSheet();
    return sheet;
  });
}

/**
 * An index sheet protected by an older version (only its builder could edit) becomes warning-only
 * when someone who can still edit it opens it; anyone else gets a Spanish message naming the fix.
 */
function relaxProtection(sheet: Sheet): void {
  const [protection] = sheet.getProtections(
    SpreadsheetApp.ProtectionType.SHEET,
  );
  if (!protection || protection.isWarningOnly()) return;
  if (!protection.canEdit())
    throw new Error(
      `La hoja interna «${sheet.getName()}» quedó protegida para otra persona por una versión anterior del complemento. Pídale al propietario de la hoja de cálculo que abra Facturación > Índice una vez para liberarla.`,
    );
  protection.setWarningOnly(true);
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
