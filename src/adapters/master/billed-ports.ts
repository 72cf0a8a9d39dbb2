// Wires =FACTURADO's Master access to the services a custom function may call: document properties
// (settings), SpreadsheetApp reads of this spreadsheet, and the user cache. No Drive, no Sheets API.
import type {BilledMasterPorts} from '../../app/master/billed';
import {spreadsheetAppReader} from './spreadsheet-reader';
import {loadSettings} from '../shared/settings-store';
import {latestSnapshot} from './snapshot-cache';

/** The ports of loadBilledMaster for this document (the settings are read once, here). */
export function billedMasterPorts(): BilledMasterPorts {
  return {
    settings: loadSettings(),
    activeFileId: () => SpreadsheetApp.getActiveSpreadsheet().getId(),
    reader: spreadsheetAppReader(),
    latestSnapshot,
  };
}
