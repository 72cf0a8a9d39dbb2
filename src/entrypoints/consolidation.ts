// Sidebar functions of the Consolidar pane: thin wrappers over app/consolidation with the Apps Script adapters.
import {
  appendToMaster as appendUseCase,
  requireConfirmation,
} from '../app/consolidation/append-to-master';
import {consolidateExports as consolidateUseCase} from '../app/consolidation/consolidate-exports';
import type {Clock} from '../app/consolidation/ports';
import {driveExportReader} from '../adapters/consolidation/exports';
import {scriptAppendLock, sheetMaster} from '../adapters/consolidation/master';
import {sheetReviewStore} from '../adapters/consolidation/review-store';
import {sheetClassificationStore} from '../adapters/consolidation/settings';
import {loadSettings} from '../adapters/shared/settings-store';
import {profileNames} from '../domain/consolidation/rows';
import type {
  AppendResult,
  ConsolidationApi,
  ConsolidationReview,
  ConsolidationSources,
} from '../shared/consolidation-api';

const clock: Clock = {
  nowMs: () => Date.now(),
  newId: () =>
    `rev-${Date.now().toString(36)}-${Math.floor(Math.random() * 0x100000000).toString(36)}`,
};

/**
 * Consolidates the NetSuite and Noova exports into review tabs (the Master is not touched).
 * @param sources Drive folder, files by URL and/or tabs of this spreadsheet.
 */
export function consolidateExports(
  sources: ConsolidationSources,
): ConsolidationReview {
  return consolidateUseCase(sources, {
    exports: driveExportReader,
    classification: sheetClassificationStore,
    reviews: sheetReviewStore,
    clock,
  });
}

/**
 * Appends the reviewed rows to the Master (backup first, locked, all or nothing).
 * @param reviewId The id consolidateExports returned.
 * @param confirmed True only after the user confirmed "Agregar al Master".
 */
export function appendToMaster(
  reviewId: string,
  confirmed: boolean,
): AppendResult {
  requireConfirmation(confirmed);
  const settings = loadSettings();
  return appendUseCase(reviewId, confirmed, {
    reviews: sheetReviewStore,
    master: sheetMaster(settings.masterSource, settings.masterProfile),
    lock: scriptAppendLock(),
    clock,
    headerSynonyms: profileNames(settings.masterProfile.synonyms),
  });
}

/** The consolidation part of the sidebar contract. */
export const consolidationApi_ = {
  consolidateExports,
  appendToMaster,
} satisfies ConsolidationApi;
