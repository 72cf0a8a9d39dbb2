// Where the add-on writes what it produces (report, export, results and review tabs, the PDF index,
// the run history): one function, so the choice of workbook is made in one place.
import {currentSpreadsheet, hostSpreadsheet} from './spreadsheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The workbook the add-on's outputs go to. */
export function outputSpreadsheet(): Spreadsheet {
  return hostSpreadsheet();
}

/** The outputs' workbook when it can be reached without creating anything (null: none yet). Safe in custom functions. */
export function existingOutputSpreadsheet(): Spreadsheet | null {
  return currentSpreadsheet();
}
