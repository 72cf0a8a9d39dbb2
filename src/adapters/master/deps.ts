// Wires the Master use cases to Apps Script: settings, Drive locator, Sheets (or SpreadsheetApp)
// reader and the user-cache snapshot. Other features load the Master through masterDeps().
import type {MasterDeps} from '../../app/master/service';
import type {MasterSheetReader} from '../../app/master/ports';
import type {Settings} from '../../shared/settings';
import {sheetsService} from '../shared/advanced-services';
import {driveMasterLocator} from './locator';
import {sheetsApiReader} from './sheets-reader';
import {spreadsheetAppReader} from './spreadsheet-reader';
import {loadSettings} from '../shared/settings-store';
import {userCacheSnapshots} from './snapshot-cache';

/** The Sheets advanced service reader when it is enabled, else the SpreadsheetApp one. */
export function masterReader(): MasterSheetReader {
  const sheets = sheetsService();
  return sheets ? sheetsApiReader(sheets) : spreadsheetAppReader();
}

/** Everything loadMaster() and the query use cases need, for this document's settings. */
export function masterDeps(settings: Settings = loadSettings()): MasterDeps {
  return {
    settings,
    locator: driveMasterLocator,
    reader: masterReader(),
    snapshots: userCacheSnapshots(),
  };
}
