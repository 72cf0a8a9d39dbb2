// Where the add-on writes what it produces (report, export, results and review tabs, the PDF index,
// the run history): the companion workbook by default, the open spreadsheet when the settings say
// «en el mismo libro» or when the open spreadsheet is itself the companion. One place decides.
import type {OutputWorkbook} from '../../common/settings';
import {
  companionRecord,
  companionSpreadsheet,
  isCompanion,
  openRecorded,
} from './companion';
import {currentSpreadsheet, hostSpreadsheet} from './spreadsheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads the settings' choice (set by every global as it starts: entrypoints/checked.ts). */
let readChoice: () => OutputWorkbook = () => 'companion';
/** This run's answers, kept for the run (module state outlives a run only in tests' emulator). */
let choice: OutputWorkbook | null = null;
let workbook: Spreadsheet | null = null;

/** Starts a run: forgets the last run's workbook and reads the choice with `read` when needed. */
export function beginOutputs(read: () => OutputWorkbook): void {
  readChoice = read;
  choice = null;
  workbook = null;
}

/** The settings' choice for this run. */
export function outputChoice(): OutputWorkbook {
  choice ??= readChoice();
  return choice;
}

/**
 * The outputs' workbook as it is now: the open one ('same', or it is a companion), the recorded
 * companion, or null when the companion is still to be made (or was deleted). A spreadsheet with
 * a record is no companion itself, so the record is read first (fewest Properties reads).
 */
function existing(): Spreadsheet | null {
  if (outputChoice() === 'same') return currentSpreadsheet();
  const record = companionRecord();
  if (record) return openRecorded(record);
  return isCompanion() ? currentSpreadsheet() : null;
}

/** The workbook the add-on's outputs go to (the companion is made on first need). */
export function outputSpreadsheet(): Spreadsheet {
  if (outputChoice() === 'same') workbook ??= hostSpreadsheet();
  workbook ??= existing() ?? companionSpreadsheet();
  return workbook;
}

/** The outputs' workbook when it exists, made by nobody here (null: none yet). Not for custom functions. */
export function existingOutputSpreadsheet(): Spreadsheet | null {
  workbook ??= existing();
  return workbook;
}
