// Finds the Master file from settings with Drive: the active spreadsheet, a file by id, or the newest
// file whose name contains a text in a folder; an .xlsx is converted once into a temporary Google
// Sheet that is reused while the .xlsx is unchanged.
import {currentSpreadsheet, hostSpreadsheetId} from '../common/spreadsheets';
import type {MasterSourceSettings} from '../../common/settings';
import type {MasterLocation, MasterLocator} from '../../app/master/ports';
import {formatInstant} from '../../domain/kernel/format';
import {SHEET_MIME, XLSX_MIME, XLS_MIME} from '../../domain/kernel/drive-id';
import {foldSpaced} from '../../domain/kernel/text-fold';
import {requireDrive} from '../common/advanced-services';
import {withRetry} from '../common/retry';
import {copyTaggedFile} from '../common/drive-once';
import {rethrowIfNotPermanent} from '../../app/google-errors';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

const FILE_FIELDS = 'id,name,mimeType,modifiedTime,webViewLink,trashed';
/** Name suffix of converted copies (kept in the user's My Drive root, never picked as the Master). */
const TEMP_SUFFIX = ' (copia temporal de Facturación)';
/** User-properties key prefix of "this .xlsx was converted into that Sheet". */
const CONVERSION_KEY = 'facturacion.xlsx.';

interface Conversion {
  sourceModified: string;
  sheetId: string;
}

function sheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

function getFile(id: string, what: string): DriveFile {
  try {
    return withRetry(() =>
      requireDrive().Files.get(id, {
        fields: FILE_FIELDS,
        supportsAllDrives: true,
      }),
    );
  } catch (e) {
    rethrowIfNotPermanent(e);
    throw new Error(
      `${what}: el archivo "${id}" no existe en Drive o usted no tiene acceso (${messageOf(e)}).`,
    );
  }
}

function messageOf(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e
    ? String((e as {message: unknown}).message)
    : String(e);
}

/**
 * The active spreadsheet, with Drive's modifiedTime when Drive answers (one Files.get).
 * Trade-off: SpreadsheetApp offers no cheap "last modified" for the open file, so the snapshot is
 * keyed on Drive's modifiedTime: one extra call per query instead of re-reading 2.5M cells. Drive
 * updates it a few seconds after an edit, so a query right after typing may see the snapshot
 * until then; queries accept refresh: true ("Recargar") to force a read.
 */
function activeMaster(): MasterLocation {
  const ss = currentSpreadsheet();
  if (!ss)
    throw new Error(
      'No hay una hoja de cálculo abierta: abra el Master o elija otro origen en Configuración.',
    );
  const fileId = ss.getId();
  const warnings: string[] = [];
  let modifiedTime: string | null = null;
  try {
    modifiedTime =
      withRetry(() =>
        requireDrive().Files.get(fileId, {
          fields: 'modifiedTime',
          supportsAllDrives: true,
        }),
      ).modifiedTime ?? null;
  } catch {
    warnings.push(
      'No se pudo consultar en Drive si el Master cambió: se leerá completo en cada consulta.',
    );
  }
  return {
    fileId,
    name: ss.getName(),
    url: ss.getUrl(),
    isActive: true,
    modifiedTime,
    warnings,
  };
}

function activeId(): string | null {
  return hostSpreadsheetId() || null;
}

/** A Drive file that should be a spreadsheet: a Google Sheet as is, an .xlsx/.xls converted. */
function spreadsheetOf(file: DriveFile, warnings: string[]): MasterLocation {
  const id = file.id ?? '';
  const name = file.name ?? id;
  if (file.trashed)
    throw new Error(`El Master "${name}" está en la papelera de Drive.`);
  if (file.mimeType === SHEET_MIME) {
    return {
      fileId: id,
      name,
      url: file.webViewLink ?? sheetUrl(id),
      isActive: id === activeId(),
      modifiedTime: file.modifiedTime ?? null,
      warnings,
    };
  }
  if (file.mimeType === XLSX_MIME || file.mimeType === XLS_MIME) {
    const sheetId = convertedCopy(file);
    warnings.push(
      `El Master "${name}" es un archivo de Excel: se leyó su copia convertida a Hojas de cálculo de Google (se reutiliza mientras el archivo no cambie).`,
    );
    return {
      fileId: sheetId,
      name,
      url: file.webViewLink ?? '',
      isActive: false,
      // The snapshot follows the .xlsx's version: a new upload means a new conversion and a new key.
      modifiedTime: file.modifiedTime
        ? `${file.modifiedTime}|${sheetId}`
        : null,
      warnings,
    };
  }
  throw new Error(
    `El archivo "${name}" no es una hoja de cálculo (tipo ${file.mimeType ?? 'desconocido'}).`,
  );
}

/** The Google Sheet converted from this .xlsx, made now if the .xlsx changed or none exists. */
function convertedCopy(file: DriveFile): string {
  const drive = requireDrive();
  const props = PropertiesService.getUserProperties();
  const key = CONVERSION_KEY + (file.id ?? '');
  const stored = props.getProperty(key);
  let previous: Conversion | null = null;
  if (stored) {
    try {
      previous = JSON.parse(stored) as Conversion;
    } catch {
      previous = null;
    }
  }
  if (previous && previous.sourceModified === file.modifiedTime) {
    try {
      const copy = drive.Files.get(previous.sheetId, {
        fields: 'id,trashed',
        supportsAllDrives: true,
      });
      if (!copy.trashed) return previous.sheetId;
    } catch {
      // The copy was deleted: convert again.
    }
  }
  // Tagged with the source's id and version: a retry or a rerun reuses a copy already made.
  const copy = copyTaggedFile(
    file.id ?? '',
    'root',
    `${file.name ?? 'Master'}${TEMP_SUFFIX}`,
    `conversión ${file.id} ${file.modifiedTime ?? ''}`,
    {mimeType: SHEET_MIME},
  );
  if (!copy.id)
    throw new Error(
      `Drive no pudo convertir "${file.name}" a Hojas de cálculo de Google.`,
    );
  if (previous && previous.sheetId !== copy.id) {
    try {
      drive.Files.update({trashed: true}, previous.sheetId);
    } catch {
      // An old copy that cannot be trashed is left behind; it is not the Master.
    }
  }
  props.setProperty(
    key,
    JSON.stringify({
      sourceModified: file.modifiedTime ?? '',
      sheetId: copy.id,
    } satisfies Conversion),
  );
  return copy.id;
}

/** Every spreadsheet-like file of a folder (pages of 1,000; shared drives included). */
function spreadsheetsIn(folderId: string): DriveFile[] {
  const drive = requireDrive();
  const files: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = withRetry(() =>
      drive.Files.list({
        q: `'${folderId}' in parents and trashed = false and (mimeType = '${SHEET_MIME}' or mimeType = '${XLSX_MIME}' or mimeType = '${XLS_MIME}')`,
        fields: `nextPageToken,incompleteSearch,files(${FILE_FIELDS})`,
        pageSize: 1000,
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
        corpora: 'allDrives',
        ...(pageToken ? {pageToken} : {}),
      }),
    );
    for (const f of page.files ?? []) files.push(f);
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return files;
}

/** The newest file whose name contains the text (checked exactly here, not by Drive's word-prefix match). */
function newestInFolder(
  folderId: string,
  nameContains: string,
): MasterLocation {
  const folder = getFile(folderId, 'Carpeta del Master');
  const wanted = foldSpaced(nameContains);
  const matches = spreadsheetsIn(folderId)
    .filter(
      f =>
        foldSpaced(f.name ?? '').includes(wanted) &&
        !(f.name ?? '').endsWith(TEMP_SUFFIX),
    )
    .sort((a, b) => (b.modifiedTime ?? '').localeCompare(a.modifiedTime ?? ''));
  if (matches.length === 0) {
    throw new Error(
      `En la carpeta "${folder.name ?? folderId}" no hay ninguna hoja de cálculo ni archivo de Excel cuyo nombre contenga "${nameContains}".`,
    );
  }
  const warnings: string[] = [];
  const chosen = matches[0];
  if (matches.length > 1) {
    const when = chosen.modifiedTime
      ? ` (modificado el ${formatInstant(Date.parse(chosen.modifiedTime))})`
      : '';
    warnings.push(
      `Hay ${matches.length} archivos cuyo nombre contiene "${nameContains}" en "${folder.name ?? folderId}"; se usó el más reciente: "${chosen.name}"${when}. Los otros: ${matches
        .slice(1, 6)
        .map(f => `"${f.name}"`)
        .join(', ')}${matches.length > 6 ? '...' : ''}.`,
    );
  }
  return spreadsheetOf(chosen, warnings);
}

/** The MasterLocator over SpreadsheetApp, Drive and user properties. */
export const driveMasterLocator: MasterLocator = {
  locate(source: MasterSourceSettings): MasterLocation {
    if (source.kind === 'active') return activeMaster();
    if (source.kind === 'file')
      return spreadsheetOf(getFile(source.fileIdOrUrl, 'Archivo Master'), []);
    return newestInFolder(source.folderIdOrUrl, source.nameContains);
  },
};
