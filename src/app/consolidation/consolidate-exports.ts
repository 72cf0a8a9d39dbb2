// Use case: read the exports, consolidate them with the editable table, write the review and keep its state.
import {parseClassificationRows} from '../../domain/consolidation/classification';
import {consolidate} from '../../domain/consolidation/join';
import {TARGET_ORDER, TARGET_TABS} from '../../domain/consolidation/rows';
import {
  encodeReviewRows,
  fingerprintOf,
  reviewGrid,
  reviewRowsOf,
} from '../../domain/consolidation/review';
import {
  MAX_PROBLEMS,
  type ConsolidationReview,
  type ConsolidationSources,
} from '../../common/consolidation-api';
import type {
  ClassificationStore,
  Clock,
  ExportReader,
  ReviewStore,
  ReviewTabContent,
} from './ports';

export interface ConsolidateDeps {
  exports: ExportReader;
  classification: ClassificationStore;
  reviews: ReviewStore;
  clock: Clock;
}

/** Names of the review tabs the add-on writes (its own tabs, tagged; never a user's). */
export const REVIEW_TAB_NAMES = {
  costosFijos: 'Revisión consolidado - Costos Fijos',
  mandato: 'Revisión consolidado - Mandato',
} as const;

/** True when the sources name at least one folder, file or tab. */
function hasSources(s: ConsolidationSources): boolean {
  return Boolean(
    (s.folder && s.folder.trim()) ||
    (s.files ?? []).some(f => f.trim()) ||
    (s.tabs ?? []).some(t => t.trim()),
  );
}

/**
 * Consolidates the exports into a review: nothing is written to the Master. The classification
 * table is read from its settings tab on every run (created with the defaults the first time).
 */
export function consolidateExports(
  sources: ConsolidationSources,
  deps: ConsolidateDeps,
): ConsolidationReview {
  if (!sources || !hasSources(sources)) {
    throw new Error(
      'Indique dónde están los exports: una carpeta de Drive, archivos por URL o pestañas de esta hoja.',
    );
  }
  const settings = deps.classification.load();
  const parsed = parseClassificationRows(settings.rows, settings.tabName);
  if (!parsed.ok) {
    throw new Error(
      `La tabla de clasificación tiene errores; corríjalos y vuelva a intentar:\n${parsed.problems.join('\n')}`,
    );
  }
  const {sheets, skipped} = deps.exports.read(sources);
  const result = consolidate(sheets, parsed.table);

  const rows = reviewRowsOf(result.invoices);
  const reviewId = deps.clock.newId();
  const encoded = encodeReviewRows(reviewId, rows);
  const createdAt = new Date(deps.clock.nowMs()).toISOString();
  const tabs: ReviewTabContent[] = TARGET_ORDER.filter(t => rows[t]).map(
    tab => ({
      tab,
      sheetName: REVIEW_TAB_NAMES[tab],
      ...reviewGrid(tab, result.invoices),
    }),
  );
  const counts: Partial<Record<'costosFijos' | 'mandato', number>> = {};
  for (const tab of TARGET_ORDER) if (rows[tab]) counts[tab] = rows[tab].length;
  deps.reviews.save(
    {reviewId, createdAt, counts, fingerprint: fingerprintOf(encoded)},
    encoded,
    tabs,
  );

  return {
    reviewId,
    createdAt,
    inputs: sheets.map(s => ({
      source: s.source,
      sheet: s.sheet,
      system: s.system,
      rows: s.values.length,
    })),
    stats: result.stats,
    reviewTabs: tabs.map(t => ({
      tab: t.tab,
      label: TARGET_TABS[t.tab].label,
      sheetName: t.sheetName,
      rows: t.grid.length - 1,
    })),
    skippedFiles: skipped,
    problems: result.problems.slice(0, MAX_PROBLEMS),
    problemCount: result.problems.length,
    classificationTab: settings.tabName,
    classificationCreated: settings.created,
  };
}
