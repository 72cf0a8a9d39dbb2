// Settings kept in the document's properties (shared by everyone who uses the add-on in this file).
// Other features read settings through loadSettings(); keep its name and shape stable.
import type {Settings} from '../../shared/settings';
import {readSettings, type SettingsStore} from '../../app/settings';

/** Document-properties key of the settings JSON. */
export const SETTINGS_KEY = 'facturacion.settings.v1';

/** The settings store backed by PropertiesService.getDocumentProperties(). */
export const documentSettingsStore: SettingsStore = {
  read() {
    return PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  },
  write(json) {
    PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, json);
  },
};

/**
 * The add-on's settings for this document (defaults when never saved). One Properties read.
 * This is the function other features (PDFs, reports) call.
 */
export function loadSettings(): Settings {
  return readSettings(documentSettingsStore);
}
