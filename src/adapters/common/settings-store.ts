// Settings kept in the spreadsheet's state (shared by everyone who uses the add-on in this file, and
// reachable from a clock run, which has no document properties).
import type {SettingsStore} from '../../app/settings';
import {readDocumentState, writeDocumentState} from './document-state';
import {VIEW_ONLY_MESSAGE, canEditActiveSpreadsheet} from './edit-access';

/** Key of the settings JSON (also its document-properties key in earlier versions). */
export const SETTINGS_KEY = 'facturacion.settings.v1';

/** The settings store of this run's spreadsheet; only its editors may write it. */
export const documentSettingsStore: SettingsStore = {
  read() {
    return readDocumentState(SETTINGS_KEY);
  },
  write(json) {
    // Script properties do not know the document's sharing: a viewer is refused here.
    if (!canEditActiveSpreadsheet()) throw new Error(VIEW_ONLY_MESSAGE);
    writeDocumentState(SETTINGS_KEY, json);
  },
};
