// Writes a query export: a new tab in the working spreadsheet (tagged with developer metadata) and
// an .xlsx in a Drive folder, made by Drive's export of a temporary spreadsheet that is then deleted.
import {outputSpreadsheet} from '../common/outputs';
import type {ExportWriter} from '../../app/master/ports';
import {BUSINESS_TIME_ZONE} from '../../domain/kernel/day';
import type {ExportCell, ExportColumn} from '../../domain/master/export';
import {exportBlob, requireDrive} from '../common/advanced-services';
import {XLSX_MIME} from '../../domain/kernel/drive-id';
import {withRetry} from '../common/retry';
import {createTaggedFile} from '../common/drive-once';
import {dateCell, sheetCell} from '../common/cells';
import {NUMBER_FORMATS} from '../../domain/kernel/cell-kinds';

/** Developer-metadata key on every tab the add-on creates for an export. */
export const EXPORT_METADATA_KEY = 'facturacion.export';
const SHEET_NAME_MAX = 100;

type Cell = string | number | Date;

/** One export cell for a spreadsheet in `zone` (days become that zone's midnight). */
function toCell(cell: ExportCell, zone: string): Cell {
  if (typeof cell === 'object' && cell !== null)
    return dateCell(cell.day, zone);
  return sheetCell(cell);
}

function grid(
  columns: readonly ExportColumn[],
  rows: readonly ExportCell[][],
  zone: string,
): Cell[][] {
  const out: Cell[][] = new Array(rows.length + 1);
  out[0] = columns.map(c => sheetCell(c.label));
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    const cells: Cell[] = new Array(line.length);
    for (let c = 0; c < line.length; c++) cells[c] = toCell(line[c], zone);
    out[r + 1] = cells;
  }
  return out;
}

/** Fills a sheet with the header and rows in one setValues, then formats per column kind. */
function fill(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: readonly ExportColumn[],
  rows: readonly ExportCell[][],
  zone: string,
): void {
  const values = grid(columns, rows, zone);
  // A new sheet has 1,000 rows and 26 columns: grow it first, or setValues fails past them.
  if (sheet.getMaxRows() < values.length)
    sheet.insertRowsAfter(
      sheet.getMaxRows(),
      values.length - sheet.getMaxRows(),
    );
  if (sheet.getMaxColumns() < columns.length)
    sheet.insertColumnsAfter(
      sheet.getMaxColumns(),
      columns.length - sheet.getMaxColumns(),
    );
  sheet.getRange(1, 1, values.length, columns.length).setValues(values);
  sheet.setFrozenRows(1);
  if (rows.length === 0) return;
  columns.forEach((c, i) => {
    if (c.kind !== 'text')
      sheet
        .getRange(2, i + 1, rows.length, 1)
        .setNumberFormat(NUMBER_FORMATS[c.kind]);
  });
}

function uniqueSheetName(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  wanted: string,
): string {
  const base = wanted.slice(0, SHEET_NAME_MAX);
  const taken = new Set(ss.getSheets().map(s => s.getName().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The ExportWriter over SpreadsheetApp (active spreadsheet) and the Drive advanced service. */
export const sheetsExportWriter: ExportWriter = {
  writeTab(name, columns, rows) {
    const ss = outputSpreadsheet();
    const sheetName = uniqueSheetName(ss, name);
    const sheet = ss.insertSheet(sheetName, ss.getSheets().length);
    try {
      fill(sheet, columns, rows, ss.getSpreadsheetTimeZone());
    } catch (e) {
      // Leave no half-written tab behind.
      ss.deleteSheet(sheet);
      throw new Error(
        `No se pudo escribir la hoja exportada «${sheetName}» (${rows.length} filas): ${
          e instanceof Error ? e.message : String(e)
        }`,
      );
    }
    sheet.addDeveloperMetadata(
      EXPORT_METADATA_KEY,
      'master-query',
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
    return sheetName;
  },

  // Retried as a whole: each try makes its own temporary spreadsheet; the tagged file is saved once.
  writeXlsx: (folderId, fileName, sheetName, columns, rows) =>
    withRetry(() => xlsxOnce(folderId, fileName, sheetName, columns, rows)),
};

function xlsxOnce(
  ...[folderId, fileName, sheetName, columns, rows]: Parameters<
    ExportWriter['writeXlsx']
  >
): ReturnType<ExportWriter['writeXlsx']> {
  {
    const drive = requireDrive();
    const temp = SpreadsheetApp.create(
      `${fileName} (temporal)`,
      rows.length + 1,
      columns.length,
    );
    // The id read with retries: without it the temporary file could not be removed.
    const tempId = withRetry(() => temp.getId());
    try {
      // A new spreadsheet's zone is the account's, not necessarily Bogotá's: set it.
      temp.setSpreadsheetTimeZone(BUSINESS_TIME_ZONE);
      const sheet = temp.getSheets()[0];
      sheet.setName(sheetName.slice(0, SHEET_NAME_MAX));
      fill(sheet, columns, rows, BUSINESS_TIME_ZONE);
      SpreadsheetApp.flush();
      const blob = withRetry(() => exportBlob(tempId, XLSX_MIME));
      blob.setName(fileName);
      // Tagged with its name: a retry after a lost answer finds the file instead of saving a second.
      const file = createTaggedFile(
        folderId,
        fileName,
        XLSX_MIME,
        blob,
        fileName,
      );
      return {
        name: file.name ?? fileName,
        url:
          file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`,
      };
    } finally {
      try {
        withRetry(() => drive.Files.remove(tempId, {supportsAllDrives: true}));
      } catch {
        // A temporary file that cannot be removed stays in the user's Drive; the export is done.
      }
    }
  }
}
