// Composition root of the PDF finder's use cases: the index build/refresh, the lookups and the ZIPs.
import type {BuildPorts} from '../../app/pdf-index/build-index';
import type {FindPorts} from '../../app/pdf-find/find-pdfs';
import type {ZipPorts} from '../../app/pdf-find/zip-job';
import {parseDriveId} from '../../domain/kernel/drive-id';
import {loadSettings} from './settings';
import {sheetBuildStore} from '../../adapters/pdf/build-store';
import {drivePdfLister} from '../../adapters/pdf/drive-lister';
import {drivePdfSearch} from '../../adapters/pdf/drive-search';
import {sheetPdfIndexStore} from '../../adapters/pdf/index-sheet';
import {propertiesJobStore} from '../../adapters/pdf/job-store';
import {driveZipSaver} from '../../adapters/pdf/zip-writer';
import {drivePdfReader} from '../../adapters/pdf/drive-fetch';
import {putZipStatus, sheetZipStore} from '../../adapters/pdf/zip-store';
import {latestSnapshot} from '../../adapters/master/snapshot-cache';
import {latestSnapshotAlias} from '../../app/master/service';
import {decodeTable} from '../../domain/master/snapshot';
import type {MasterTable} from '../../domain/master/table';

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

/** The ports of a lookup: the index, or Drive's search when there is no index for the roots. */
export function pdfFindPorts(): FindPorts {
  return {
    index: sheetPdfIndexStore,
    build: sheetBuildStore,
    roots: pdfRootIds(),
    now: Date.now(),
    drive: drivePdfSearch,
    clock: {now: () => Date.now()},
    masterTable: cachedMasterTable,
  };
}

/** The Master's latest snapshot in the document cache (what any editor's query cached), or null. */
function cachedMasterTable(): MasterTable | null {
  const text = latestSnapshot(latestSnapshotAlias(loadSettings()));
  return text === null ? null : decodeTable(text);
}

/** The ports of the ZIP job: parallel Drive reads, parts saved into the export folder, its saved state. */
export function pdfZipPorts(): ZipPorts<GoogleAppsScript.Base.Blob> {
  return {
    readPdfs: drivePdfReader(),
    saveZip: driveZipSaver(exportFolderId()),
    jobs: sheetZipStore(),
    putStatus: putZipStatus,
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
function exportFolderId(): string {
  const text = loadSettings().exportFolder;
  const id = text ? parseDriveId(text) : null;
  if (!id) {
    throw new Error(
      'No hay carpeta de exportación en Configuración: elija la carpeta de Drive donde guardar los ZIP.',
    );
  }
  return id;
}
