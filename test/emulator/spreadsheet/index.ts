// The SpreadsheetApp emulator's entry point: the store, the service global bound to an emulator,
// the sharing rules, the .xlsx loader and the texts it throws.
import type {SheetsContext} from './context';
import {FakeSpreadsheetApp} from './spreadsheet';

export type {SheetsContext} from './context';
export * from './errors';
export type {CellValue} from './format';
export {SpreadsheetAccess} from './sharing';
export {SheetData, SpreadsheetData, SpreadsheetStore} from './store';
export {UiLog} from './ui';
export {loadXlsx} from './xlsx';

/** The global the add-on sees. */
export interface SpreadsheetServices {
  SpreadsheetApp: FakeSpreadsheetApp;
}

/** Binds SpreadsheetApp to an emulator, a store, the sharing rules and the UI recorder. */
export function createSpreadsheetServices(
  context: SheetsContext,
): SpreadsheetServices {
  return {SpreadsheetApp: new FakeSpreadsheetApp(context)};
}
