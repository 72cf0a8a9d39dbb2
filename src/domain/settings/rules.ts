// Settings validation that needs no Drive: shape, e-mails, ids, profile completeness. Messages in Spanish.
import type {
  MasterFieldKey,
  MasterProfileSettings,
  MasterSourceSettings,
  Settings,
} from '../../common/settings';
import {parseDriveId} from '../kernel/drive-id';
import {MASTER_FIELDS, defaultMasterProfile} from '../master/fields';

/** A setting the user must fix; the message is Spanish and names the value. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** The settings of a document that never saved any. */
export function defaultSettings(): Settings {
  return {
    masterSource: {kind: 'active'},
    masterProfile: defaultMasterProfile(),
    pdfRootFolders: [],
    exportFolder: '',
    reportRecipients: [],
    outputWorkbook: 'companion',
  };
}

/** An address without quoting: the local part's RFC 5322 atom characters, a dotted domain. */
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, what: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some(x => typeof x !== 'string')) {
    throw new SettingsError(`${what}: se esperaba una lista de textos.`);
  }
  return (v as string[]).map(s => s.trim()).filter(s => s !== '');
}

function driveId(text: string, what: string): string {
  const id = parseDriveId(text);
  if (!id) {
    throw new SettingsError(
      `${what}: "${text}" no es un enlace ni un id de Google Drive.`,
    );
  }
  return id;
}

function source(v: unknown): MasterSourceSettings {
  if (!isRecord(v) || v.kind === undefined || v.kind === 'active') {
    return {kind: 'active'};
  }
  if (v.kind === 'file') {
    const text = typeof v.fileIdOrUrl === 'string' ? v.fileIdOrUrl : '';
    return {kind: 'file', fileIdOrUrl: driveId(text, 'Archivo Master')};
  }
  if (v.kind === 'newest-in-folder') {
    const folder = typeof v.folderIdOrUrl === 'string' ? v.folderIdOrUrl : '';
    const name =
      typeof v.nameContains === 'string' ? v.nameContains.trim() : '';
    if (name === '') {
      throw new SettingsError(
        'Master en carpeta: escriba el texto que contiene el nombre del archivo.',
      );
    }
    return {
      kind: 'newest-in-folder',
      folderIdOrUrl: driveId(folder, 'Carpeta del Master'),
      nameContains: name,
    };
  }
  throw new SettingsError(
    `Origen del Master desconocido: "${String(v.kind)}".`,
  );
}

function profile(v: unknown): MasterProfileSettings {
  const defaults = defaultMasterProfile();
  if (!isRecord(v)) return defaults;
  const tabs = stringList(v.invoiceTabs, 'Hojas de facturas');
  if (tabs.length === 0) {
    throw new SettingsError(
      'Indique al menos una hoja de facturas del Master.',
    );
  }
  const scan =
    typeof v.headerScanRows === 'number' ? Math.floor(v.headerScanRows) : 10;
  if (!(scan >= 1 && scan <= 50)) {
    throw new SettingsError(
      'Filas a revisar para encontrar los encabezados: use un número entre 1 y 50.',
    );
  }
  const given = isRecord(v.synonyms) ? v.synonyms : {};
  const synonyms = {} as Record<MasterFieldKey, string[]>;
  for (const field of MASTER_FIELDS) {
    const list =
      given[field.key] === undefined
        ? defaults.synonyms[field.key]
        : stringList(given[field.key], `Encabezados de "${field.label}"`);
    if (field.required && list.length === 0) {
      throw new SettingsError(
        `El campo "${field.label}" necesita al menos un nombre de encabezado.`,
      );
    }
    synonyms[field.key] = list;
  }
  return {invoiceTabs: tabs, headerScanRows: scan, synonyms};
}

/**
 * Checks and normalises settings coming from the sidebar or from storage: trims texts, turns
 * URLs into ids, fills missing parts with defaults. Throws SettingsError (Spanish) on bad input.
 * Folder existence is checked by the app layer (it needs Drive).
 */
export function normaliseSettings(input: unknown): Settings {
  if (!isRecord(input)) {
    throw new SettingsError('La configuración recibida no es válida.');
  }
  const emails = stringList(
    input.reportRecipients,
    'Destinatarios del reporte',
  );
  for (const e of emails) {
    if (!EMAIL.test(e)) {
      throw new SettingsError(
        `Destinatarios del reporte: "${e}" no es un correo electrónico válido.`,
      );
    }
  }
  const exportFolder =
    typeof input.exportFolder === 'string' ? input.exportFolder.trim() : '';
  return {
    masterSource: source(input.masterSource),
    masterProfile: profile(input.masterProfile),
    pdfRootFolders: stringList(input.pdfRootFolders, 'Carpetas de PDF').map(f =>
      driveId(f, 'Carpetas de PDF'),
    ),
    exportFolder:
      exportFolder === ''
        ? ''
        : driveId(exportFolder, 'Carpeta de exportación'),
    reportRecipients: emails,
    // Stored before the choice existed, or anything else: the companion (the Master untouched).
    outputWorkbook: input.outputWorkbook === 'same' ? 'same' : 'companion',
  };
}
