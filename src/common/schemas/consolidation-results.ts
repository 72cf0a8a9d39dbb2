// Schemas of what the Consolidar calls answer (the review, the append): the sidebar's types are
// derived from them, and the tests check the real answers against them.
import * as v from 'valibot';

const texts = v.array(v.string());
const targetTab = v.picklist(['costosFijos', 'mandato']);

/** One export sheet that was read. */
export const ConsolidationInputSchema = v.strictObject({
  /** Spanish description: "archivo 'Noova sep.xlsx'" or "pestaña 'Noova'". */
  source: v.string(),
  sheet: v.string(),
  system: v.picklist(['noova', 'netsuite']),
  /** Rows of the sheet, header and title rows included. */
  rows: v.number(),
});

/** The counts shown before confirming. Totals per currency are never added together. */
export const ConsolidationStatsSchema = v.strictObject({
  noovaLines: v.number(),
  netsuiteLines: v.number(),
  invoices: v.number(),
  creditNotes: v.number(),
  byTab: v.strictObject({costosFijos: v.number(), mandato: v.number()}),
  withoutValue: v.number(),
  unclassifiedLines: v.number(),
  totals: v.strictObject({COP: v.number(), USD: v.number()}),
  withoutCurrency: v.number(),
  /** Invoice numbers only Noova has (no value). */
  onlyInNoova: texts,
  /** Invoice numbers only NetSuite has (left out: Noova is the base). */
  onlyInNetSuite: texts,
  creditNotesMatched: v.number(),
  creditNotesUnmatched: texts,
});

/** A review tab written for the user to check. */
export const ReviewTabSchema = v.strictObject({
  tab: targetTab,
  /** "Costos Fijos" or "Mandato". */
  label: v.string(),
  sheetName: v.string(),
  rows: v.number(),
});

/** What consolidateExports returns: the review to confirm (or not). */
export const ConsolidationReviewSchema = v.strictObject({
  reviewId: v.string(),
  /** ISO instant. */
  createdAt: v.string(),
  inputs: v.array(ConsolidationInputSchema),
  stats: ConsolidationStatsSchema,
  reviewTabs: v.array(ReviewTabSchema),
  /** Files of the folder left out because they are not exports (the Master, a backup...), each with why. */
  skippedFiles: texts,
  /** Rows skipped or doubtful (Spanish, naming file, sheet and row); at most MAX_PROBLEMS. */
  problems: texts,
  problemCount: v.number(),
  /** The settings tab holding the product-code table, and whether this run created it. */
  classificationTab: v.string(),
  classificationCreated: v.boolean(),
});

/** What appendToMaster did. */
export const AppendResultSchema = v.strictObject({
  reviewId: v.string(),
  masterName: v.string(),
  /** The backup copy made before writing ('' when nothing needed appending, so no backup). */
  backupName: v.string(),
  backupUrl: v.string(),
  appended: v.array(
    v.strictObject({
      masterTab: v.string(),
      rows: v.number(),
      firstRow: v.number(),
    }),
  ),
  /** Invoice numbers already in the Master: not appended again. */
  skipped: texts,
  /** Per Master tab, review columns it has no header for (not copied). */
  unmappedColumns: v.array(
    v.strictObject({masterTab: v.string(), columns: texts}),
  ),
});
