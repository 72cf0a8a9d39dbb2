// Use cases for settings: read them (defaults when never saved; header names as the defaults of the
// day plus the user's changes) and save them after checking every Drive folder they name.
import type {FolderDescription, Settings} from '../common/settings';
import {parseDriveId} from '../domain/kernel/drive-id';
import {
  SHEET_MIME,
  XLSX_MIME,
  XLS_MIME,
  PDF_MIME,
} from '../domain/kernel/drive-id';
import {
  SettingsError,
  defaultSettings,
  normaliseSettings,
} from '../domain/settings/rules';
import {settingsInputOf, storedSettings} from '../domain/settings/stored';

/** Where settings are kept (document properties in Apps Script). */
export interface SettingsStore {
  /** The stored JSON, or null when nothing was saved. */
  read(): string | null;
  write(json: string): void;
}

/** What Drive says about an id that should be a folder (or, for the Master, a spreadsheet file). */
export type FolderCheck =
  | {status: 'folder'; name: string}
  | {status: 'not-folder'; name: string; mimeType: string}
  | {status: 'trashed'; name: string}
  | {status: 'not-found'};

/** Asks Drive about an id (one call per id). */
export interface FolderLookup {
  check(id: string): FolderCheck;
  /** Names of the folders above it, top first (["Mi unidad", "Facturacion"]); [] when unknown. */
  ancestors(id: string): string[];
}

/** Largest stored settings JSON: PropertiesService allows 9 KB per value. */
export const MAX_SETTINGS_BYTES = 9000;

/** The stored settings, or the defaults; a damaged stored value falls back to the defaults. */
export function readSettings(store: SettingsStore): Settings {
  const json = store.read();
  if (json === null) return defaultSettings();
  try {
    return normaliseSettings(settingsInputOf(JSON.parse(json)));
  } catch {
    return defaultSettings();
  }
}

/** Why a Drive answer is not a usable folder (Spanish, naming it), or null when it is one. */
function folderProblem(found: FolderCheck, id: string): string | null {
  switch (found.status) {
    case 'folder':
      return null;
    case 'not-found':
      return `la carpeta "${id}" no existe en Drive o usted no tiene acceso a ella.`;
    case 'trashed':
      return `"${found.name}" (${id}) está en la papelera de Drive.`;
    case 'not-folder':
      return `"${found.name}" (${id}) es un archivo, no una carpeta.`;
  }
}

function assertFolder(lookup: FolderLookup, id: string, what: string): void {
  const problem = folderProblem(lookup.check(id), id);
  if (problem) throw new SettingsError(`${what}: ${problem}`);
}

/**
 * Each value's folder name and path (one Drive read per folder and ancestor), in the order given.
 * The list's shape and size are checked at the entry point (FolderListSchema).
 */
export function describeFolders(
  lookup: FolderLookup,
  values: readonly string[],
): FolderDescription[] {
  return values.map(value => {
    const id = parseDriveId(value);
    if (!id) {
      return {
        value,
        id: null,
        name: null,
        path: '',
        problem: `"${value}" no es un id ni un enlace de carpeta de Drive.`,
      };
    }
    const found = lookup.check(id);
    const problem = folderProblem(found, id);
    return {
      value,
      id,
      name: found.status === 'not-found' ? null : found.name,
      path: problem ? '' : lookup.ancestors(id).join(' / '),
      problem,
    };
  });
}

/** The Master file must be there, open for the user and a spreadsheet: checked when saved, not at the next query. */
function assertMasterFile(lookup: FolderLookup, id: string): void {
  const what = 'Archivo Master';
  const found = lookup.check(id);
  if (found.status === 'not-found') {
    throw new SettingsError(
      `${what}: el archivo "${id}" no existe en Drive o usted no tiene acceso a él.`,
    );
  }
  if (found.status === 'trashed') {
    throw new SettingsError(
      `${what}: "${found.name}" (${id}) está en la papelera de Drive.`,
    );
  }
  if (found.status === 'folder') {
    throw new SettingsError(
      `${what}: "${found.name}" (${id}) es una carpeta, no un archivo. Para usar el archivo más reciente de una carpeta, elija esa opción.`,
    );
  }
  if (![SHEET_MIME, XLSX_MIME, XLS_MIME].includes(found.mimeType)) {
    const kind = found.mimeType === PDF_MIME ? 'un PDF' : 'un archivo';
    throw new SettingsError(
      `${what}: "${found.name}" (${id}) es ${kind}, no una hoja de cálculo de Google ni un archivo de Excel (.xlsx).`,
    );
  }
}

/**
 * Validates and stores settings: shape and e-mails (domain rules), then each Drive folder
 * (exists, is a folder, not trashed, the user can open it) and the Master file (a spreadsheet the
 * user can open). Stores the header names as changes to the defaults; returns the settings as
 * they will be read back (default names first, in their order, then the added ones).
 */
export function writeSettings(
  store: SettingsStore,
  folders: FolderLookup,
  input: unknown,
): Settings {
  const settings = normaliseSettings(input);
  for (const id of settings.pdfRootFolders) {
    assertFolder(folders, id, 'Carpetas de PDF');
  }
  if (settings.exportFolder !== '') {
    assertFolder(folders, settings.exportFolder, 'Carpeta de exportación');
  }
  if (settings.masterSource.kind === 'file') {
    assertMasterFile(folders, settings.masterSource.fileIdOrUrl);
  }
  if (settings.masterSource.kind === 'newest-in-folder') {
    assertFolder(
      folders,
      settings.masterSource.folderIdOrUrl,
      'Carpeta del Master',
    );
  }
  // Stored as changes to the default header names, read back as full lists (domain/settings/stored.ts).
  const stored = storedSettings(settings);
  const json = JSON.stringify(stored);
  if (utf8Length(json) > MAX_SETTINGS_BYTES) {
    throw new SettingsError(
      'La configuración es demasiado grande para guardarse (máximo 9 KB): reduzca las listas de encabezados o de carpetas.',
    );
  }
  store.write(json);
  return normaliseSettings(settingsInputOf(stored));
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return n;
}
