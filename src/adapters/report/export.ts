// Copies of the report tabs in Drive: the tabs copied into a temporary spreadsheet, exported as .xlsx or .pdf.
import type {ExportPort} from '../../app/report/ports';
import {requireDrive} from '../shared/advanced-services';
import {XLSX_MIME} from '../master/locator';
import {reportSpreadsheet} from './sheets';
import {withRetry} from '../shared/retry';

const MIME = {xlsx: XLSX_MIME, pdf: 'application/pdf'} as const;

/** Drive's export with alt=media, which returns the converted bytes as a Blob. */
interface DriveExport {
  export(
    fileId: string,
    mimeType: string,
    optionalArgs: {alt: 'media'},
  ): GoogleAppsScript.Base.Blob;
}

/** Exports the named tabs of the active spreadsheet into a Drive folder. */
export const driveReportExport: ExportPort = {
  save(format, folderId, fileName, tabs) {
    const drive = requireDrive();
    const source = reportSpreadsheet();
    const temp = SpreadsheetApp.create(`${fileName} (temporal)`);
    const tempId = temp.getId();
    try {
      const blank = temp.getSheets()[0];
      for (const name of tabs) {
        const sheet = source.getSheetByName(name);
        if (!sheet) continue;
        const values = sheet.getDataRange().getValues();
        const copy = temp.insertSheet(name);
        if (values.length > 0 && values[0].length > 0) {
          if (copy.getMaxRows() < values.length)
            copy.insertRowsAfter(
              copy.getMaxRows(),
              values.length - copy.getMaxRows(),
            );
          copy
            .getRange(1, 1, values.length, values[0].length)
            .setValues(values);
        }
      }
      if (temp.getSheets().length > 1) temp.deleteSheet(blank);
      SpreadsheetApp.flush();
      const blob = withRetry(() =>
        (drive.Files as unknown as DriveExport).export(tempId, MIME[format], {
          alt: 'media',
        }),
      );
      blob.setName(fileName);
      const file = withRetry(() =>
        drive.Files.create(
          {name: fileName, parents: [folderId], mimeType: MIME[format]},
          blob,
          {
            supportsAllDrives: true,
            fields: 'id,name,webViewLink',
          },
        ),
      );
      return (
        file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`
      );
    } finally {
      try {
        drive.Files.remove(tempId, {supportsAllDrives: true});
      } catch {
        // A temporary file that cannot be removed stays in the user's Drive; the export is done.
      }
    }
  },
};
