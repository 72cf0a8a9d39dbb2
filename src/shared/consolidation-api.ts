// Sidebar contract of the "Consolidar" pane: consolidate the NetSuite and Noova exports, then append to the Master.
import type * as v from 'valibot';
import type {ConsolidationSourcesSchema} from './schemas/consolidation';

/** Where the exports are: any mix of a Drive folder, picked files and tabs of this spreadsheet. */
export type ConsolidationSources = v.InferOutput<
  typeof ConsolidationSourcesSchema
>;

/** One export sheet that was read. */
export interface ConsolidationInput {
  /** Spanish description: "archivo 'Noova sep.xlsx'" or "pestaña 'Noova'". */
  source: string;
  sheet: string;
  system: 'noova' | 'netsuite';
  /** Rows of the sheet, header and title rows included. */
  rows: number;
}

/** The counts shown before confirming. Totals per currency are never added together. */
export interface ConsolidationStatsDto {
  noovaLines: number;
  netsuiteLines: number;
  invoices: number;
  creditNotes: number;
  byTab: {costosFijos: number; mandato: number};
  withoutValue: number;
  unclassifiedLines: number;
  totals: {COP: number; USD: number};
  withoutCurrency: number;
  /** Invoice numbers only Noova has (no value). */
  onlyInNoova: string[];
  /** Invoice numbers only NetSuite has (left out: Noova is the base). */
  onlyInNetSuite: string[];
  creditNotesMatched: number;
  creditNotesUnmatched: string[];
}

/** A review tab written for the user to check. */
export interface ReviewTab {
  tab: 'costosFijos' | 'mandato';
  /** "Costos Fijos" or "Mandato". */
  label: string;
  sheetName: string;
  rows: number;
}

/** What consolidateExports returns: the review to confirm (or not). */
export interface ConsolidationReview {
  reviewId: string;
  /** ISO instant. */
  createdAt: string;
  inputs: ConsolidationInput[];
  stats: ConsolidationStatsDto;
  reviewTabs: ReviewTab[];
  /** Files of the folder left out because they are not exports (the Master, a backup...), each with why. */
  skippedFiles: string[];
  /** Rows skipped or doubtful (Spanish, naming file, sheet and row); at most MAX_PROBLEMS. */
  problems: string[];
  problemCount: number;
  /** The settings tab holding the product-code table, and whether this run created it. */
  classificationTab: string;
  classificationCreated: boolean;
}

/** Problems listed in a review at most (the count says how many there were). */
export const MAX_PROBLEMS = 200;

/** What appendToMaster did. */
export interface AppendResult {
  reviewId: string;
  masterName: string;
  /** The backup copy made before writing ('' when nothing needed appending, so no backup). */
  backupName: string;
  backupUrl: string;
  appended: Array<{masterTab: string; rows: number; firstRow: number}>;
  /** Invoice numbers already in the Master: not appended again. */
  skipped: string[];
  /** Per Master tab, review columns it has no header for (not copied). */
  unmappedColumns: Array<{masterTab: string; columns: string[]}>;
}

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
