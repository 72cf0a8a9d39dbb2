// The only code that touches the spreadsheet UI: the add-on menu and the sidebar.
import {ADDON_TITLE, MENU_ITEMS} from '../../common/names';

/** Adds the add-on menu. Works in AuthMode.NONE: it reads nothing and needs no authorisation. */
export function buildAddonMenu(
  items: ReadonlyArray<{label: string; handler: string}> = MENU_ITEMS,
): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) menu.addItem(item.label, item.handler);
  menu.addToUi();
}

/** Opens build/Sidebar.html (the bundled sidebar) in the sidebar panel. */
export function openSidebar(): void {
  const html =
    HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
