// Sidebar functions of the Consolidar pane: thin wrappers over app/consolidation, wired by compose/.
import {
  appendToMaster as appendUseCase,
  requireConfirmation,
} from '../app/consolidation/append-to-master';
import {consolidateExports as consolidateUseCase} from '../app/consolidation/consolidate-exports';
import type {
  AppendResult,
  ConsolidationApi,
  ConsolidationReview,
  ConsolidationSources,
} from '../common/consolidation-api';
import {appendPorts, consolidatePorts} from './compose/consolidation';
import {withEditAccess} from '../adapters/common/edit-access';

/**
 * Consolidates the NetSuite and Noova exports into review tabs (the Master is not touched).
 * @param sources Drive folder, files by URL and/or tabs of this spreadsheet.
 */
export function consolidateExports(
  sources: ConsolidationSources,
): ConsolidationReview {
  return withEditAccess(() => {
    return consolidateUseCase(sources, consolidatePorts());
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
  return withEditAccess(() => {
    requireConfirmation(confirmed);
    return appendUseCase(reviewId, confirmed, appendPorts());
  });
}

/** The consolidation part of the sidebar contract. */
export const consolidationApi_ = {
  consolidateExports,
  appendToMaster,
} satisfies ConsolidationApi;
