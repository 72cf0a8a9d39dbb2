// Composition root of the settings use cases; every feature reads this document's settings through loadSettings().
import {
  readSettings,
  type FolderLookup,
  type SettingsStore,
} from '../../app/settings';
import type {Settings} from '../../common/settings';
import {driveFolderLookup} from '../../adapters/common/drive-folders';
import {documentSettingsStore} from '../../adapters/common/settings-store';

/** The add-on's settings for this document (defaults when never saved). One Properties read. */
export function loadSettings(): Settings {
  return readSettings(documentSettingsStore);
}

/** The ports of writeSettings: the document's properties and Drive's folder checks. */
export function settingsPorts(): {store: SettingsStore; folders: FolderLookup} {
  return {store: documentSettingsStore, folders: driveFolderLookup};
}
