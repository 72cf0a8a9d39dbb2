// Where and by whom a report runs: the active spreadsheet's time zone, link and name, and the user.
import type {RunContext} from '../../app/report/ports';
import {reportSpreadsheet} from './sheets';

/** The run context of this execution (the clock moves as the run goes). */
export function reportRunContext(): RunContext {
  const ss = reportSpreadsheet();
  return {
    now: () => Date.now(),
    timeZone: ss.getSpreadsheetTimeZone(),
    user: Session.getActiveUser().getEmail(),
    spreadsheetUrl: ss.getUrl(),
    spreadsheetName: ss.getName(),
  };
}

/** The active spreadsheet's time zone (the schedule's hours are in it). */
export function reportTimeZone(): string {
  return reportSpreadsheet().getSpreadsheetTimeZone();
}
