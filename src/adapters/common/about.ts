// Who and where the add-on runs: the sidebar header's spreadsheet name, time zone, user and results workbook.
import {currentSpreadsheet} from './spreadsheets';
import type {AboutInfo} from '../../common/api';
import {ADDON_VERSION} from '../../common/version';
import {COMPANION_NAME, companionRecord} from './companion';
import {outputChoice} from './outputs';

/** This build, the open spreadsheet's name ('' when none), the script's time zone and the user's e-mail. */
export function aboutThisRun(): AboutInfo {
  const ss = currentSpreadsheet();
  return {
    version: ADDON_VERSION,
    spreadsheetName: ss ? ss.getName() : '',
    timeZone: Session.getScriptTimeZone(),
    userEmail: Session.getActiveUser().getEmail(),
    resultsWorkbook: ss ? resultsWorkbook() : null,
  };
}

/** The companion the outputs go to, when one was made (Properties reads only, nothing opened). */
function resultsWorkbook(): AboutInfo['resultsWorkbook'] {
  if (outputChoice() !== 'companion') return null;
  // A spreadsheet with a record is no companion itself (outputs.ts).
  const record = companionRecord();
  return record ? {name: COMPANION_NAME, url: record.url} : null;
}
