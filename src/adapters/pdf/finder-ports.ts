// Wires the PDF finder's use cases to Apps Script: Drive lister, index sheets, job status, settings.
import type {BuildPorts} from '../../app/pdf-index/build-index';
import {parseDriveId} from '../../domain/kernel/drive-id';
import {sheetBuildStore} from './build-store';
import {drivePdfLister} from './drive-lister';
import {sheetPdfIndexStore} from './index-sheet';
import {propertiesJobStore} from './job-store';
import {loadSettings} from '../shared/settings-store';

/** The ports of the index build/refresh in this run. */
export function pdfBuildPorts(): BuildPorts {
  return {
    drive: drivePdfLister,
    index: sheetPdfIndexStore,
    build: sheetBuildStore,
    jobs: propertiesJobStore,
    clock: {now: () => Date.now()},
  };
}

/** Drive ids of the configured root folders; a value that is not an id or URL is named in Spanish. */
export function pdfRootIds(): string[] {
  return loadSettings().pdfRootFolders.map(text => {
    const id = parseDriveId(text);
    if (!id) {
      throw new Error(
        `La carpeta de PDF "${text}" de Configuración no es un id ni un enlace de Drive. Corríjala en Configuración.`,
      );
    }
    return id;
  });
}

/** Drive id of the export folder, or a Spanish error when none is chosen. */
export function exportFolderId(): string {
  const text = loadSettings().exportFolder;
  const id = text ? parseDriveId(text) : null;
  if (!id) {
    throw new Error(
      'No hay carpeta de exportación en Configuración: elija la carpeta de Drive donde guardar los ZIP.',
    );
  }
  return id;
}

/** A new job id (UUID). */
export function newJobId(): string {
  return Utilities.getUuid();
}

/** Serialises index builds in this document; false when another run holds the lock. */
export function tryPdfIndexLock(): GoogleAppsScript.Lock.Lock | null {
  const lock = LockService.getDocumentLock();
  return lock && lock.tryLock(1000) ? lock : null;
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
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let name = baseName;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${baseName} (${n})`;
  const sheet = ss.insertSheet(name);
  if (rows.length > 0) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < rows.length)
      sheet.insertRowsAfter(maxRows, rows.length - maxRows);
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    sheet.setFrozenRows(1);
  }
  return name;
}
