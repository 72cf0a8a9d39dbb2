// The product-code table's settings tab: read on every run; created and seeded with the defaults
// (tagged with developer metadata) only when absent, never overwritten.
import {outputSpreadsheet} from '../common/outputs';
import type {ClassificationStore} from '../../app/consolidation/ports';
import {
  defaultRules,
  rulesToRows,
} from '../../domain/consolidation/classification';
import {METADATA, findTagged} from './sheets';
import {sheetRows} from '../common/cells';

/** Name given to the table's tab when the add-on creates it. */
export const CLASSIFICATION_TAB = 'Clasificación de productos';

/** A ClassificationStore over the active spreadsheet. */
export const sheetClassificationStore: ClassificationStore = {
  load() {
    const ss = outputSpreadsheet();
    const sheet =
      findTagged(ss, METADATA.classification) ??
      ss.getSheetByName(CLASSIFICATION_TAB);
    if (sheet) {
      return {
        tabName: sheet.getName(),
        rows: sheet.getDataRange().getValues(),
        created: false,
      };
    }
    const created = ss.insertSheet(CLASSIFICATION_TAB);
    const rows = rulesToRows(defaultRules());
    created
      .getRange(1, 1, rows.length, rows[0].length)
      .setValues(sheetRows(rows));
    created.setFrozenRows(1);
    created.addDeveloperMetadata(METADATA.classification, 'v1');
    return {tabName: CLASSIFICATION_TAB, rows, created: true};
  },
};
