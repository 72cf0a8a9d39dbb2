// Which spreadsheet the add-on works on: the open document, or, in a run with none (a time-driven
// trigger), the one its job carries, opened by id. Every adapter asks here, never getActiveSpreadsheet.
import {perRun} from './run-memo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet a job without an open document works on (set for the length of the job). */
let carriedId: string | null = null;
let carried: Spreadsheet | null = null;

/** The platform's open document, or null (a clock trigger has none: docs/platform.md, triggers). */
export function openDocument(): Spreadsheet | null {
  // Asked once per execution: the open document does not change while it runs.
  return perRun(
    'openDocument',
    () => SpreadsheetApp.getActiveSpreadsheet() ?? null,
  );
}

/**
 * Runs `job` on the spreadsheet `id` when there is no open document (the scheduled report): every
 * adapter then reads and writes that spreadsheet, opened by id once.
 */
export function withJobSpreadsheet<T>(id: string, job: () => T): T {
  carriedId = id;
  carried = null;
  try {
    return job();
  } finally {
    carriedId = null;
    carried = null;
  }
}

/** The spreadsheet this run works on, or null when there is neither an open one nor a job's. */
export function currentSpreadsheet(): Spreadsheet | null {
  const open = openDocument();
  if (open) return open;
  if (carriedId === null) return null;
  carried ??= SpreadsheetApp.openById(carriedId);
  return carried;
}

/** The spreadsheet this run works on, or a Spanish error when the add-on runs outside one. */
export function hostSpreadsheet(): Spreadsheet {
  const ss = currentSpreadsheet();
  if (!ss) throw new Error('Abra el complemento desde una hoja de cálculo.');
  return ss;
}

/** The id of the spreadsheet this run works on ('' when none). */
export function hostSpreadsheetId(): string {
  const open = openDocument();
  if (open) return perRun('openDocumentId', () => open.getId());
  return carriedId ?? '';
}
