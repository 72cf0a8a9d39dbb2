// Sidebar contract of the "Consolidar" pane: consolidate the NetSuite and Noova exports, then append to the Master.
import type * as v from 'valibot';
import type {ConsolidationSourcesSchema} from './schemas/consolidation';
import type {
  AppendResultSchema,
  ConsolidationReviewSchema,
  ConsolidationStatsSchema,
} from './schemas/consolidation-results';

/** Where the exports are: any mix of a Drive folder, picked files and tabs of this spreadsheet. */
export type ConsolidationSources = v.InferOutput<
  typeof ConsolidationSourcesSchema
>;

/** The counts shown before confirming (src/common/schemas/consolidation-results.ts). Never added across currencies. */
export type ConsolidationStatsDto = v.InferOutput<
  typeof ConsolidationStatsSchema
>;

/** What consolidateExports returns: the review to confirm (or not). */
export type ConsolidationReview = v.InferOutput<
  typeof ConsolidationReviewSchema
>;

/** Problems listed in a review at most (the count says how many there were). */
export const MAX_PROBLEMS = 200;

/** What appendToMaster did. */
export type AppendResult = v.InferOutput<typeof AppendResultSchema>;

/** Sidebar calls of the Consolidar pane. */
export interface ConsolidationApi {
  /**
   * Reads the exports, consolidates them, writes the review tabs and keeps the review for
   * appendToMaster. Never touches the Master.
   */
  consolidateExports(sources: ConsolidationSources): ConsolidationReview;
  /**
   * Appends the reviewed rows to the Master after a backup copy; `confirmed` must be true (the
   * user's explicit confirmation), else nothing happens. Idempotent: numbers already there are skipped.
   */
  appendToMaster(reviewId: string, confirmed: boolean): AppendResult;
}
