// Keeps a consolidation's review: visible review tabs for the user, a hidden state tab with the exact
// rows reviewed, and a document property with the review id, counts and fingerprint.
import {outputSpreadsheet} from '../common/outputs';
import type {
  ReviewStore,
  ReviewTabContent,
} from '../../app/consolidation/ports';
import type {ReviewState} from '../../domain/consolidation/review';
import {
  METADATA,
  findTagged,
  isTagged,
  ownedTab,
  toCells,
  writeGrid,
} from './sheets';
import {sheetRows} from '../common/cells';

/** Document-properties key of the current review's state. */
export const REVIEW_PROPERTY = 'facturacion.consolidacion.revision.v1';
/** Name of the hidden tab holding the reviewed rows. */
export const STATE_TAB = '_facturacion_consolidacion';

/** The property's JSON: the review state and where its rows are (the hidden tab's sheet id). */
interface KeptState extends ReviewState {
  sheetId: number;
}

/** A ReviewStore over the active spreadsheet and its document properties. */
export const sheetReviewStore: ReviewStore = {
  save(
    state: ReviewState,
    encodedRows: string[][],
    tabs: ReviewTabContent[],
  ): void {
    const ss = outputSpreadsheet();
    for (const stale of ['costosFijos', 'mandato']) {
      if (tabs.some(t => t.tab === stale)) continue;
      const old = findTagged(ss, METADATA.review, stale);
      if (old) ss.deleteSheet(old);
    }
    const zone = ss.getSpreadsheetTimeZone();
    let first: GoogleAppsScript.Spreadsheet.Sheet | null = null;
    for (const tab of tabs) {
      const sheet = ownedTab(ss, METADATA.review, tab.tab, tab.sheetName);
      first ??= sheet;
      writeGrid(sheet, toCells(tab.grid, tab.dateColumns, zone, 1));
      sheet.setFrozenRows(1);
    }
    const stateSheet = ownedTab(ss, METADATA.state, 'v1', STATE_TAB);
    writeGrid(stateSheet, sheetRows(encodedRows));
    // A new tab becomes the active one: show the first review tab, not the state tab.
    if (first) first.activate();
    if (!stateSheet.isSheetHidden()) stateSheet.hideSheet();
    const kept: KeptState = {...state, sheetId: stateSheet.getSheetId()};
    PropertiesService.getDocumentProperties().setProperty(
      REVIEW_PROPERTY,
      JSON.stringify(kept),
    );
  },

  load() {
    const json =
      PropertiesService.getDocumentProperties().getProperty(REVIEW_PROPERTY);
    if (!json) return null;
    const {sheetId, ...state} = JSON.parse(json) as KeptState;
    const ss = outputSpreadsheet();
    const byId = ss.getSheetById(sheetId);
    const sheet =
      byId && isTagged(byId, METADATA.state)
        ? byId
        : findTagged(ss, METADATA.state, 'v1');
    if (!sheet) {
      throw new Error(
        `Falta la pestaña oculta '${STATE_TAB}' con la revisión; vuelva a consolidar los exports.`,
      );
    }
    const last = sheet.getLastRow();
    const cells = last ? sheet.getRange(1, 1, last, 3).getValues() : [];
    return {state, cells};
  },
};
