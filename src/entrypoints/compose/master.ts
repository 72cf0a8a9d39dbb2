// Composition root of the Master use cases: which adapters each one is given.
import type {MasterDeps} from '../../app/master/service';
import type {BilledMasterPorts} from '../../app/master/billed';
import type {MasterSheetReader} from '../../app/master/ports';
import type {Settings} from '../../common/settings';
import {sheetsService} from '../../adapters/common/advanced-services';
import {loadSettings} from './settings';
import {driveMasterLocator} from '../../adapters/master/locator';
import {sheetsApiReader} from '../../adapters/master/sheets-reader';
import {
  activeSpreadsheetId,
  spreadsheetAppReader,
} from '../../adapters/master/spreadsheet-reader';
import {
  latestSnapshot,
  cacheSnapshots,
} from '../../adapters/master/snapshot-cache';

/** The Sheets advanced service reader when it is enabled, else the SpreadsheetApp one. */
function masterReader(): MasterSheetReader {
  const sheets = sheetsService();
  return sheets ? sheetsApiReader(sheets) : spreadsheetAppReader();
}

/** Everything loadMaster() and the query use cases need, for this document's settings. */
export function masterPorts(settings: Settings = loadSettings()): MasterDeps {
  return {
    settings,
    locator: driveMasterLocator,
    reader: masterReader(),
    snapshots: cacheSnapshots(),
  };
}

/**
 * The ports of =FACTURADO's loadBilledMaster: only services a custom function may call (document
 * properties, SpreadsheetApp reads of this spreadsheet, the user cache); no Drive, no Sheets API.
 */
export function billedMasterPorts(): BilledMasterPorts {
  return {
    settings: loadSettings(),
    activeFileId: activeSpreadsheetId,
    reader: spreadsheetAppReader(),
    latestSnapshot,
  };
}
