// Simple triggers and menu handlers: thin wrappers that build the menu and open the sidebar.
import {buildAddonMenu, openSidebar} from '../adapters/common/ui';

/**
 * Builds the add-on menu when the spreadsheet opens. Runs in AuthMode.NONE or LIMITED, so it
 * only adds menu items.
 * @param _e The open event.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu();
}

/**
 * Runs when the add-on is installed: builds the menu at once (the documented pattern).
 * @param e The install event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/**
 * Opens the Facturación sidebar.
 * @param _e Whatever Apps Script passes a menu item's function (its docs do not say): not read.
 */
export function showSidebar(_e?: object): void {
  openSidebar();
}
