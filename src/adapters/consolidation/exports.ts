// Reads the NetSuite/Noova exports from a Drive folder, picked files or tabs: Excel files are converted
// by Drive into temporary Google Sheets (never parsed in script memory), deleted after reading.
import {hostSpreadsheet} from '../common/spreadsheets';
import {companionRecord} from '../common/companion';
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
import {foldKey, sameTabName} from '../../domain/kernel/text-fold';
import type {ConsolidationSources} from '../../common/consolidation-api';
import type {MasterSourceSettings} from '../../common/settings';
import {requireDrive} from '../common/advanced-services';
import {withRetry} from '../common/retry';
import {copyTaggedFile} from '../common/drive-once';
import {readCells} from '../common/cells';
import {rethrowIfNotPermanent} from '../../app/google-errors';

const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const XLSX_MIME =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLS_MIME = 'application/vnd.ms-excel';
/** Prefix of the temporary converted copies (trashed after reading). */
export const TEMP_PREFIX = 'Temporal consolidación - ';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** A folder's .xlsx above this size is not taken for a monthly export (those weigh far less). */
export const MAX_EXPORT_BYTES = 5 * 1024 * 1024;

/** What tells the Master apart from the exports in a folder, known before converting anything. */
export interface MasterIdentity {
  /** Drive ids of the Master (the active spreadsheet, a configured file). */
  ids: string[];
  /** Texts the Master's file name carries (the active spreadsheet's name, the configured "name contains"). */
  names: string[];
  /** Drive id of the add-on's own results workbook (companion.ts), '' when none was made. */
  companionId: string;
}

/**
 * An ExportReader over SpreadsheetApp and the Drive advanced service. Files picked one by one must
 * be exports; in a folder, what is not an export (the Master, a backup, a workbook too big to be
 * one, a workbook without an export sheet) is skipped and named with why, decided from the Drive
 * listing (id, name, size) before any conversion where it can be.
 */
export function driveExportReader(master: () => MasterIdentity): ExportReader {
  return {
    read(sources: ConsolidationSources) {
      const sheets: ExportSheet[] = [];
      const skipped: string[] = [];
      for (const tab of (sources.tabs ?? []).filter(t => t.trim())) {
        sheets.push(readTab(tab.trim()));
      }
      const folder = (sources.folder ?? '').trim();
      if (folder) {
        const identity = master();
        const before = sheets.length;
        for (const file of listFolder(folder)) {
          const why = skipReason(file, identity);
          const read = why ?? readFile(file);
          if (typeof read === 'string') skipped.push(`'${file.name}': ${read}`);
          else sheets.push(...read);
        }
        if (sheets.length === before) {
          throw new Error(
            `La carpeta "${folder}" no tiene exports de Noova ni de NetSuite. Se omitieron: ${skipped.join('; ')}`,
          );
        }
      }
      for (const ref of (sources.files ?? []).filter(f => f.trim())) {
        const read = readFile(getFile(ref.trim()));
        if (typeof read === 'string')
          throw new Error(`El archivo '${ref.trim()}' ${read}`);
        sheets.push(...read);
      }
      return {sheets, skipped};
    },
  };
}

/** Why a listed file is not an export, from its id, name and size alone; null when it may be one. */
function skipReason(file: DriveFile, master: MasterIdentity): string | null {
  const name = String(file.name ?? '');
  if (master.ids.includes(String(file.id))) return 'es el Master.';
  if (file.id === master.companionId)
    return 'es el libro de resultados del complemento.';
  if (name.startsWith('BACKUP_'))
    return 'es una copia de respaldo del Master (BACKUP_).';
  if (name.startsWith(TEMP_PREFIX))
    return 'es una copia temporal de una consolidación anterior.';
  const folded = foldKey(name.replace(/\.xlsx?$/i, ''));
  const looksLikeMaster =
    folded === 'master' ||
    master.names.some(
      n => foldKey(n).length >= 5 && folded.includes(foldKey(n)),
    );
  if (looksLikeMaster) return 'por su nombre es el Master.';
  const size = Number(file.size ?? 0);
  if (file.mimeType !== SHEET_MIME && size > MAX_EXPORT_BYTES) {
    const mb = (n: number) =>
      new Intl.NumberFormat('es-CO', {maximumFractionDigits: 1}).format(
        n / 1024 / 1024,
      );
    return `pesa ${mb(size)} MB y un export mensual pesa menos de ${mb(MAX_EXPORT_BYTES)} MB; si sí es un export, agréguelo como archivo.`;
  }
  return null;
}

function readTab(name: string): ExportSheet {
  const ss = hostSpreadsheet();
  const sheet =
    ss.getSheetByName(name) ??
    ss.getSheets().find(s => sameTabName(s.getName(), name)) ??
    null;
  if (!sheet) {
    throw new Error(
      `No existe la pestaña '${name}' en esta hoja de cálculo; revise el nombre.`,
    );
  }
  const values = readCells(
    sheet.getDataRange().getValues(),
    ss.getSpreadsheetTimeZone(),
  );
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
          fields: 'nextPageToken,files(id,name,mimeType,size)',
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
  } catch (e) {
    rethrowIfNotPermanent(e);
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

/**
 * Reads the export sheets of one file, converting an Excel file to a temporary Sheet first (a
 * Google Sheet is opened as is); why it is not an export when it has no export sheet.
 */
function readFile(file: DriveFile): ExportSheet[] | string {
  const source = `archivo '${file.name}'`;
  const native = file.mimeType === SHEET_MIME;
  let tempId: string | null = null;
  try {
    let id = String(file.id);
    if (!native) {
      const source = id;
      // Tagged: a retry after a lost answer finds the copy instead of converting twice.
      const copy = copyTaggedFile(
        source,
        'root',
        `${TEMP_PREFIX}${file.name}`,
        `conversión ${source}`,
        {mimeType: SHEET_MIME},
      );
      tempId = String(copy.id);
      id = tempId;
    }
    const ss = SpreadsheetApp.openById(id);
    // A Drive conversion is in the account's zone, not necessarily Bogotá's: read dates in it.
    const zone = ss.getSpreadsheetTimeZone();
    const all = ss.getSheets();
    const found = all.filter(s => layoutOfSheetName(s.getName()));
    if (!found.length) {
      return `no tiene la hoja '${NOOVA_LAYOUT.sheetNames[0]}' (Noova) ni '${NETSUITE_LAYOUT.sheetNames[0]}' (NetSuite); hojas encontradas: ${all.map(s => s.getName()).join(', ')}.`;
    }
    return found.map(s => ({
      source,
      sheet: s.getName(),
      system: (layoutOfSheetName(s.getName()) ?? NOOVA_LAYOUT).system,
      values: readCells(s.getDataRange().getValues(), zone),
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

/** The Master's ids and names for the settings' source: this spreadsheet, and the configured file or name. */
export function masterIdentity(source: MasterSourceSettings): MasterIdentity {
  const active = hostSpreadsheet();
  const ids = [active.getId()];
  const names = [active.getName()];
  if (source.kind === 'file') {
    const id = parseDriveId(source.fileIdOrUrl);
    if (id) ids.push(id);
  } else if (source.kind === 'newest-in-folder') {
    names.push(source.nameContains);
  }
  return {ids, names, companionId: companionRecord()?.id ?? ''};
}
