// The server side of the sidebar contract: thin functions that call app/ and return DTOs.
import type {AboutInfo, SidebarApi} from '../shared/api';
import {ADDON_VERSION} from '../shared/version';
import {pdfApi_} from './pdf-api';
import {settingsApi_} from './settings-api';
import {masterApi_} from './master-api';
import {consolidationApi_} from './consolidation';
import {reportApi_} from './report';

/** Who, where and which build: shown in the sidebar's header. */
export function getAbout(): AboutInfo {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    version: ADDON_VERSION,
    spreadsheetName: ss ? ss.getName() : '',
    timeZone: Session.getScriptTimeZone(),
    userEmail: Session.getActiveUser().getEmail(),
  };
}

/** Compile-time proof that the exported functions implement the whole contract. */
export const sidebarApi_ = {
  getAbout,
  ...settingsApi_,
  ...masterApi_,
  ...consolidationApi_,
  ...pdfApi_,
  ...reportApi_,
} satisfies SidebarApi;
