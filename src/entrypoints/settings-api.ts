// Sidebar functions for settings: thin wrappers over app/settings, wired by compose/.
import type {
  FolderDescription,
  Settings,
  SettingsApi,
} from '../common/settings';
import {describeFolders as describe, writeSettings} from '../app/settings';
import {loadSettings, settingsPorts} from './compose/settings';
import {withEditAccess} from '../adapters/common/edit-access';

/** The add-on's settings for this document (defaults when never saved). */
export function getSettings(): Settings {
  return loadSettings();
}

/**
 * Checks and stores the settings; throws a Spanish message naming the bad value.
 * @param settings The settings from the sidebar's Configuración pane.
 */
export function saveSettings(settings: Settings): Settings {
  return withEditAccess(() => {
    const {store, folders} = settingsPorts();
    return writeSettings(store, folders, settings);
  });
}

/**
 * Names and paths of Drive folders, for Configuración to show instead of raw ids.
 * @param values Folder ids or URLs, as in the settings.
 */
export function describeFolders(values: string[]): FolderDescription[] {
  return describe(settingsPorts().folders, values);
}

/** The settings part of the sidebar contract. */
export const settingsApi_ = {
  getSettings,
  saveSettings,
  describeFolders,
} satisfies SettingsApi;
