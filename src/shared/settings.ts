// The add-on's settings as the sidebar sees them: where the Master is, how to read it, and the
// Drive folders and recipients other features use. JSON-only DTOs.
import type {MasterFieldKey} from './master-fields';

/** Where the Master workbook is. */
export type MasterSourceSettings =
  /** The spreadsheet the add-on is open in (the default). */
  | {kind: 'active'}
  /** A Google Sheet or .xlsx given by its URL or id. */
  | {kind: 'file'; fileIdOrUrl: string}
  /** The newest file (modified time) in a folder whose name contains a text, as the old system did. */
  | {kind: 'newest-in-folder'; folderIdOrUrl: string; nameContains: string};

/** The keys of the Master fields the add-on reads (the registry: src/shared/master-fields.ts). */
export type {MasterFieldKey};

/** How to read the Master: which tabs hold invoices and which headers name each field. */
export interface MasterProfileSettings {
  /** Names of the invoice tabs (matched ignoring case, accents and spaces). */
  invoiceTabs: string[];
  /** How many rows from the top are scanned for the header row. */
  headerScanRows: number;
  /** For each field, the header texts that name it (matched after folding). */
  synonyms: Record<MasterFieldKey, string[]>;
}

/** Every setting of the add-on, stored in the document's properties. */
export interface Settings {
  masterSource: MasterSourceSettings;
  masterProfile: MasterProfileSettings;
  /** Drive folders (ids or URLs) under which invoice PDFs are searched. */
  pdfRootFolders: string[];
  /** Drive folder (id or URL) where exports and ZIPs are saved; '' = none chosen yet. */
  exportFolder: string;
  /** E-mail addresses that receive the scheduled report summary. */
  reportRecipients: string[];
}

/** A Drive folder of the settings as a person reads it: its name and where it is. */
export interface FolderDescription {
  /** The value as stored (an id or a URL). */
  value: string;
  /** The Drive id read from it; null when the value is no id or link. */
  id: string | null;
  /** The folder's name; null when it cannot be opened. */
  name: string | null;
  /** The folders above it, top first ("Mi unidad / Facturacion"); '' when unknown. */
  path: string;
  /** Why it cannot be used (Spanish), or null. */
  problem: string | null;
}

/** Sidebar calls for settings. */
export interface SettingsApi {
  /** The stored settings, with defaults for what was never saved. */
  getSettings(): Settings;
  /**
   * Validates (Drive folders exist and open, e-mails well formed, profile complete) and stores.
   * Throws a Spanish message naming the bad value. Returns what was stored (normalised).
   */
  saveSettings(settings: Settings): Settings;
  /** Names and paths of Drive folders (ids or URLs), in order, for Configuración to show. */
  describeFolders(values: string[]): FolderDescription[];
}
