// The add-on's settings as the sidebar sees them: where the Master is, how to read it, and the
// Drive folders and recipients other features use. JSON-only DTOs.
import type * as v from 'valibot';
import type {MasterFieldKey} from './master-fields';
import type {
  MasterProfileSchema,
  MasterSourceSchema,
  OutputWorkbookSchema,
  SettingsSchema,
} from './schemas/settings';
import type {FolderDescriptionSchema} from './schemas/settings-results';

/** Where the Master workbook is: the open spreadsheet, a file, or the newest file in a folder. */
export type MasterSourceSettings = v.InferOutput<typeof MasterSourceSchema>;

/** The keys of the Master fields the add-on reads (the registry: src/common/master-fields.ts). */
export type {MasterFieldKey};

/** How to read the Master: which tabs hold invoices and which headers name each field. */
export type MasterProfileSettings = v.InferOutput<typeof MasterProfileSchema>;

/** Where the add-on writes its outputs: a companion workbook (default) or this spreadsheet. */
export type OutputWorkbook = v.InferOutput<typeof OutputWorkbookSchema>;

/** Every setting of the add-on (src/common/schemas/settings.ts), stored in the document's properties. */
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** A Drive folder of the settings as a person reads it (src/common/schemas/settings-results.ts). */
export type FolderDescription = v.InferOutput<typeof FolderDescriptionSchema>;

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
