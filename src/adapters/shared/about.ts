// Who and where the add-on runs: the sidebar header's spreadsheet name, time zone and user.
import {currentSpreadsheet} from './spreadsheets';
import type {AboutInfo} from '../../shared/api';
import {ADDON_VERSION} from '../../shared/version';

/** This build, the open spreadsheet's name ('' when none), the script's time zone and the user's e-mail. */
export function aboutThisRun(): AboutInfo {
  const ss = currentSpreadsheet();
  return {
    version: ADDON_VERSION,
    spreadsheetName: ss ? ss.getName() : '',
    timeZone: Session.getScriptTimeZone(),
    userEmail: Session.getActiveUser().getEmail(),
  };
}
