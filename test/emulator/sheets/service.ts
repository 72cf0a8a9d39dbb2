// The Sheets advanced service (v4): Spreadsheets.get and Spreadsheets.Values get/batchGet/update/batchUpdate/append.
import type {Emulator} from '../core/emulator';
import type {SpreadsheetStore} from '../spreadsheet/store';

/** The Sheets global (filled in by sheets/values.ts). */
export function createSheetsService(emu: Emulator, store: SpreadsheetStore) {
  void emu;
  void store;
  return {Spreadsheets: {}};
}
