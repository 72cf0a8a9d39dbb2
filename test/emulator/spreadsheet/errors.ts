// The texts SpreadsheetApp throws, in one place: the add-on's tests match Google's wording, so each
// says where it comes from (a cited page, a public quote) or that it is an ASSUMPTION.

/**
 * A write into a protected sheet or range by someone who is not among its editors. Google's text
 * (the Sheets API answers it as a 400; quoted in github.com/theoephraim/node-google-spreadsheet
 * pull 20, and what Apps Script throws for the same edit).
 */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** A write by someone with view access only. ASSUMPTION: Google's exact text is not documented. */
export const VIEW_ONLY_MESSAGE =
  'You do not have permission to edit this spreadsheet. Ask the owner for edit access.';
/** openById of a file the user cannot see (the platform's text for a missing or unshared file). */
export const NO_ACCESS_MESSAGE =
  'You do not have permission to access the requested document.';
/**
 * Removing, from a protection's editors, the group through which the current user edits. Google's
 * sample warns that this throws (developers.google.com/apps-script/reference/spreadsheet/protection:
 * "if the user's edit permission comes from a group, the script throws an exception upon removing
 * the group"). ASSUMPTION: the exception's text.
 */
export const REMOVE_OWN_GROUP_MESSAGE =
  'You cannot remove the group that gives you edit access to this protected range; add yourself as an editor first.';
/** The 10,000,000-cell cap of a spreadsheet (docs/platform.md; support.google.com/drive/answer/37603). */
export const CELL_LIMIT_MESSAGE =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
/** insertSheet / setName with a name already in use (the text the Sheets UI and Apps Script show). */
export const DUPLICATE_NAME = (name: string) =>
  `A sheet with the name "${name}" already exists. Please enter another name.`;

/** getSheetByName-backed lookups and deleteSheet of a sheet that is gone. */
export const SHEET_NOT_FOUND = 'Sheet not found';
/** getRange(a1) of an A1 text that names no range of the sheet or spreadsheet. */
export const RANGE_NOT_FOUND = 'Range not found';
/** hideSheet of the last visible sheet. */
export const HIDE_ALL_SHEETS = "You can't hide all the sheets in a document.";
/** deleteSheet of the last visible sheet. */
export const REMOVE_ALL_SHEETS =
  "You can't remove all the sheets in a document.";
/** setFrozenRows / deleteRows leaving no row that is not frozen. */
export const ALL_ROWS_FROZEN =
  'Sorry, it is not possible to delete all non-frozen rows.';
/** setFrozenColumns leaving no column that is not frozen. */
export const ALL_COLUMNS_FROZEN =
  'Sorry, it is not possible to delete all non-frozen columns.';
/** getRange(row, column, ...) bounds, checked in this order. */
export const ROW_TOO_SMALL = 'The starting row of the range is too small.';
export const COLUMN_TOO_SMALL =
  'The starting column of the range is too small.';
export const TOO_FEW_ROWS =
  'The number of rows in the range must be at least 1.';
export const TOO_FEW_COLUMNS =
  'The number of columns in the range must be at least 1.';
export const OUTSIDE_SHEET =
  'The coordinates of the range are outside the dimensions of the sheet.';
/** deleteRows / insertColumnsAfter positions past the grid. */
export const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
export const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';
/** setValues given something that is not a 2-D array (Apps Script's signature check). */
export const SET_VALUES_SIGNATURE =
  "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.";
/** setValues / setNumberFormats with data of another height or width than the range. */
export const ROWS_MISMATCH = (data: number, range: number) =>
  `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
export const COLUMNS_MISMATCH = (data: number, range: number) =>
  `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;
/** "Invalid argument: <name>" for a value of the right type that the method refuses. */
export const INVALID_ARGUMENT = (name: string) => `Invalid argument: ${name}`;
