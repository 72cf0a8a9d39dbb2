// The saved progress of a report run: what is done, the day it reports on, figures so far. Small JSON.
import type {FullReportOptions} from '../../domain/report/options';
import type {
  ReportFigures,
  ReportKind,
  ReportTabResult,
} from '../../common/report-api';

/** Steps of a run, in order. The index is refreshed first so that the PDF tab sees today's Drive. */
export type StageId = 'pdf-index' | ReportKind | 'delivery';

/** Progress kept between executions (document properties, well under 9 KB). */
export interface RunState {
  version: 1;
  runId: string;
  origin: 'manual' | 'trigger';
  /** ms since epoch of the first execution. */
  startedAt: number;
  /** Calendar day (days since 1970-01-01, Bogotá) the reports are computed for. */
  asOf: number;
  /** "2025-10-01 08:00" in the spreadsheet's time zone. */
  dateLabel: string;
  options: FullReportOptions;
  done: StageId[];
  /** Reports whose previous tab was already kept dated in this run (never twice). */
  archived: ReportKind[];
  tabs: ReportTabResult[];
  notices: string[];
  figures: ReportFigures | null;
  executions: number;
  /** Modeled ms the last Master read took, to plan the next execution. */
  readMs: number | null;
}

/** The stages a run with these options goes through. */
export function stagesOf(options: FullReportOptions): StageId[] {
  const stages: StageId[] = [];
  if (options.reports.includes('pdfs')) stages.push('pdf-index');
  for (const r of options.reports) stages.push(r);
  if (options.sendEmail || options.exportFormat !== 'none')
    stages.push('delivery');
  return stages;
}

/** Parses a stored state; null when absent or from another version (the run starts over). */
export function parseRunState(json: string | null): RunState | null {
  if (json === null) return null;
  try {
    const s = JSON.parse(json) as RunState;
    return s && s.version === 1 && Array.isArray(s.done) ? s : null;
  } catch {
    return null;
  }
}

/** Adds a notice once (a resumed run does not repeat what an earlier execution said). */
export function addNotice(s: RunState, notice: string): void {
  if (!s.notices.includes(notice)) s.notices.push(notice);
}
