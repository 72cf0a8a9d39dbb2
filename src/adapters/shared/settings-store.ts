// Settings kept in the document's properties (shared by everyone who uses the add-on in this file).
import type {SettingsStore} from '../../app/settings';

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
