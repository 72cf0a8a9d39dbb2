// Where and by whom a report runs: the spreadsheet's time zone, link and name, and the user.
import type {RunContext} from '../../app/report/ports';
import {hostSpreadsheet} from '../common/spreadsheets';

/**
 * The run context of this execution (the clock moves as the run goes). `user` is who the run is
 * for: the sidebar's user, or for a scheduled run whoever scheduled it (a clock run's active user
 * is blank: reference/base/session).
 */
export function reportRunContext(user?: string): RunContext {
  const ss = hostSpreadsheet();
  return {
    now: () => Date.now(),
    timeZone: ss.getSpreadsheetTimeZone(),
    user: user ?? Session.getActiveUser().getEmail(),
    spreadsheetUrl: ss.getUrl(),
    spreadsheetName: ss.getName(),
  };
}

/** The active spreadsheet's time zone (the schedule's hours are in it). */
export function reportTimeZone(): string {
  return hostSpreadsheet().getSpreadsheetTimeZone();
}
