// Copies of the report tabs in Drive: the tabs copied (Sheet.copyTo) into a temporary spreadsheet,
// exported as .xlsx or .pdf.
import type {ExportPort} from '../../app/report/ports';
import {exportBlob, requireDrive} from '../common/advanced-services';
import {XLSX_MIME} from '../../domain/kernel/drive-id';
import {reportSpreadsheet} from './sheets';
import {withRetry} from '../common/retry';
import {createTaggedFile} from '../common/drive-once';

const MIME = {xlsx: XLSX_MIME, pdf: 'application/pdf'} as const;

/** Exports the named tabs of the active spreadsheet into a Drive folder. */
export const driveReportExport: ExportPort = {
  // Retried as a whole: each try makes its own temporary copy, and the tagged file is saved once.
  save: (format, folderId, fileName, tabs) =>
    withRetry(() => saveOnce(format, folderId, fileName, tabs)),
};

function saveOnce(
  ...[format, folderId, fileName, tabs]: Parameters<ExportPort['save']>
): string {
  {
    const drive = requireDrive();
    const source = reportSpreadsheet();
    const temp = SpreadsheetApp.create(`${fileName} (temporal)`);
    // The id read with retries: without it the temporary file could not be removed.
    const tempId = withRetry(() => temp.getId());
    try {
      // A new spreadsheet's zone is the account's: give it the report's (copies keep serials).
      temp.setSpreadsheetTimeZone(source.getSpreadsheetTimeZone());
      const blank = temp.getSheets()[0];
      for (const name of tabs) {
        const sheet = source.getSheetByName(name);
        // copyTo keeps what is stored (text stays text, formats stay): getValues + setValues would
        // retype it, turning a kept-as-text "=HYPERLINK(...)" back into a live formula.
        if (sheet) sheet.copyTo(temp).setName(name);
      }
      if (temp.getSheets().length > 1) temp.deleteSheet(blank);
      SpreadsheetApp.flush();
      const blob = withRetry(() => exportBlob(tempId, MIME[format]));
      blob.setName(fileName);
      // Tagged with its name: a retry after a lost answer finds the file instead of saving a second.
      const file = createTaggedFile(
        folderId,
        fileName,
        MIME[format],
        blob,
        fileName,
      );
      return (
        file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`
      );
    } finally {
      try {
        withRetry(() => drive.Files.remove(tempId, {supportsAllDrives: true}));
      } catch {
        // A temporary file that cannot be removed stays in the user's Drive; the export is done.
      }
    }
  }
}
