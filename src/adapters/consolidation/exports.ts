// Reads the NetSuite/Noova exports from a Drive folder, picked files or tabs: Excel files are converted
// by Drive into temporary Google Sheets (never parsed in script memory), deleted after reading.
import type {ExportReader} from '../../app/consolidation/ports';
import type {RawCell} from '../../domain/kernel/cell-values';
import type {ExportSheet} from '../../domain/consolidation/join';
import {
  NETSUITE_LAYOUT,
  NOOVA_LAYOUT,
  layoutOfSheetName,
  layoutOfValues,
  locateColumns,
} from '../../domain/consolidation/columns';
import {parseDriveId} from '../../domain/kernel/drive-id';
import {sameTabName} from '../../domain/kernel/text-fold';
import type {ConsolidationSources} from '../../shared/consolidation-api';
import {requireDrive} from '../shared/advanced-services';
import {withRetry} from '../shared/retry';

const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const XLSX_MIME =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLS_MIME = 'application/vnd.ms-excel';
/** Prefix of the temporary converted copies (trashed after reading). */
export const TEMP_PREFIX = 'Temporal consolidación - ';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** An ExportReader over SpreadsheetApp and the Drive advanced service. */
export const driveExportReader: ExportReader = {
  read(sources: ConsolidationSources): ExportSheet[] {
    const sheets: ExportSheet[] = [];
    for (const tab of (sources.tabs ?? []).filter(t => t.trim())) {
      sheets.push(readTab(tab.trim()));
    }
    const files: DriveFile[] = [];
    if (sources.folder && sources.folder.trim()) {
      files.push(...listFolder(sources.folder.trim()));
    }
    for (const ref of (sources.files ?? []).filter(f => f.trim())) {
      files.push(getFile(ref.trim()));
    }
    for (const file of files) sheets.push(...readFile(file));
    return sheets;
  },
};

function readTab(name: string): ExportSheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet =
    ss.getSheetByName(name) ??
    ss.getSheets().find(s => sameTabName(s.getName(), name)) ??
    null;
  if (!sheet) {
    throw new Error(
      `No existe la pestaña '${name}' en esta hoja de cálculo; revise el nombre.`,
    );
  }
  const values = sheet.getDataRange().getValues();
  const source = `pestaña '${sheet.getName()}'`;
  const layout = layoutOfValues(values);
  if (!layout) throw new Error(notAnExportMessage(source, values));
  return {source, sheet: sheet.getName(), system: layout.system, values};
}

function notAnExportMessage(source: string, values: RawCell[][]): string {
  const missing = (
    cols: typeof NOOVA_LAYOUT.columns | typeof NETSUITE_LAYOUT.columns,
  ) => {
    const r = locateColumns<string>(values, cols);
    return r.ok ? '' : r.missing.map(m => `'${m}'`).join(', ');
  };
  return `La ${source} no es un export de Noova (le faltan ${missing(NOOVA_LAYOUT.columns)}) ni de NetSuite (le faltan ${missing(NETSUITE_LAYOUT.columns)}).`;
}

function listFolder(ref: string): DriveFile[] {
  const id = parseDriveId(ref);
  if (!id)
    throw new Error(`"${ref}" no es una URL ni un id de carpeta de Drive.`);
  const drive = requireDrive();
  const q = `'${id}' in parents and trashed = false and (mimeType = '${XLSX_MIME}' or mimeType = '${XLS_MIME}' or mimeType = '${SHEET_MIME}')`;
  const files: DriveFile[] = [];
  let pageToken: string | undefined;
  try {
    do {
      const page = withRetry(() =>
        drive.Files.list({
          q,
          fields: 'nextPageToken,files(id,name,mimeType)',
          pageSize: 100,
          supportsAllDrives: true,
          includeItemsFromAllDrives: true,
          corpora: 'allDrives',
          pageToken,
        }),
      );
      files.push(...(page.files ?? []));
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
  } catch (e) {
    throw new Error(
      `No se pudo leer la carpeta de Drive "${ref}": ${(e as Error).message}`,
    );
  }
  if (!files.length) {
    throw new Error(
      `La carpeta "${ref}" no tiene archivos .xlsx, .xls ni hojas de cálculo de Google.`,
    );
  }
  return files.sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

function getFile(ref: string): DriveFile {
  const id = parseDriveId(ref);
  if (!id)
    throw new Error(`"${ref}" no es una URL ni un id de archivo de Drive.`);
  let file: DriveFile;
  try {
    file = withRetry(() =>
      requireDrive().Files.get(id, {
        fields: 'id,name,mimeType,trashed',
        supportsAllDrives: true,
      }),
    );
  } catch {
    throw new Error(
      `No se encontró el archivo "${ref}" en Drive, o no tiene permiso para abrirlo.`,
    );
  }
  if (![SHEET_MIME, XLSX_MIME, XLS_MIME].includes(String(file.mimeType))) {
    throw new Error(
      `El archivo '${file.name}' no es un Excel (.xlsx, .xls) ni una hoja de cálculo de Google.`,
    );
  }
  return file;
}

/** Reads the export sheets of one file, converting an Excel file to a temporary Sheet first. */
function readFile(file: DriveFile): ExportSheet[] {
  const source = `archivo '${file.name}'`;
  const native = file.mimeType === SHEET_MIME;
  let tempId: string | null = null;
  try {
    let id = String(file.id);
    if (!native) {
      const source = id;
      const copy = withRetry(() =>
        requireDrive().Files.copy(
          {
            name: `${TEMP_PREFIX}${file.name}`,
            mimeType: SHEET_MIME,
            parents: ['root'],
          },
          source,
          {supportsAllDrives: true, fields: 'id'},
        ),
      );
      tempId = String(copy.id);
      id = tempId;
    }
    const ss = SpreadsheetApp.openById(id);
    const all = ss.getSheets();
    const found = all.filter(s => layoutOfSheetName(s.getName()));
    if (!found.length) {
      throw new Error(
        `El ${source} no tiene la hoja '${NOOVA_LAYOUT.sheetNames[0]}' (Noova) ni '${NETSUITE_LAYOUT.sheetNames[0]}' (NetSuite); hojas encontradas: ${all.map(s => s.getName()).join(', ')}.`,
      );
    }
    return found.map(s => ({
      source,
      sheet: s.getName(),
      system: (layoutOfSheetName(s.getName()) ?? NOOVA_LAYOUT).system,
      values: s.getDataRange().getValues(),
    }));
  } finally {
    if (tempId) trashQuietly(tempId);
  }
}

/** Deletes a temporary copy (the user's own, in My Drive); a failure here must not hide the result. */
function trashQuietly(id: string): void {
  try {
    requireDrive().Files.remove(id, {supportsAllDrives: true});
  } catch {
    // The temporary copy stays in the user's Drive root, named TEMP_PREFIX + file name.
  }
}
