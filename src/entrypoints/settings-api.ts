// Sidebar functions for settings: thin wrappers over app/settings with the Apps Script adapters.
import type {Settings, SettingsApi} from '../shared/settings';
import {writeSettings} from '../app/settings';
import {
  documentSettingsStore,
  loadSettings,
} from '../adapters/shared/settings-store';
import {driveFolderLookup} from '../adapters/shared/drive-folders';

/** The add-on's settings for this document (defaults when never saved). */
export function getSettings(): Settings {
  return loadSettings();
}

/**
 * Checks and stores the settings; throws a Spanish message naming the bad value.
 * @param settings The settings from the sidebar's Configuración pane.
 */
export function saveSettings(settings: Settings): Settings {
  return writeSettings(documentSettingsStore, driveFolderLookup, settings);
}

/** The settings part of the sidebar contract. */
export const settingsApi_ = {getSettings, saveSettings} satisfies SettingsApi;
