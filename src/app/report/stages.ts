// The stages of a report run, one step each (refresh the PDF index, build and write one report tab, deliver), and when the next one fits in the execution's time.
import {
  planReportTab,
  reportTitle,
  type TabPlan,
} from '../../domain/report/tabs';
import type {ReportKind} from '../../common/report-api';
import {deliver} from './delivery';
import type {Execution} from './execution';
import {addNotice, stagesOf, type RunState, type StageId} from './run-state';
import {contentOf, headingOf} from './tab-content';

/**
 * Work time per execution before the run saves its progress and stops: the platform kills an
 * execution at 6 minutes (docs/platform.md quotas); the rest covers the stage in flight.
 */
export const WORK_BUDGET_MS = 4 * 60 * 1000;
/** Assumed cost of a stage never measured (a tab written from rows already read). */
export const DEFAULT_STAGE_MS = 20_000;
/** Assumed cost of reading the Master when no earlier read was measured. */
export const DEFAULT_READ_MS = 60_000;

/** Whether a stage reads the Master (every report tab; not the index refresh nor the delivery). */
export function readsMaster(stage: StageId): stage is ReportKind {
  return stage !== 'pdf-index' && stage !== 'delivery';
}

/** Whether a stage can run now: not done, the PDF report after the index, the delivery after every tab. */
export function isReady(stage: StageId, s: RunState): boolean {
  if (s.done.includes(stage)) return false;
  if (stage === 'pdfs' && !s.done.includes('pdf-index')) return false;
  if (stage === 'delivery') {
    return stagesOf(s.options).every(
      x => x === 'delivery' || s.done.includes(x),
    );
  }
  return true;
}

/**
 * Whether a stage fits in what is left of the budget: its estimate is the Master read (when this
 * execution has not read it: the last measured read, or DEFAULT_READ_MS) plus the slowest of the
 * last stage and DEFAULT_STAGE_MS; the index refresh and the delivery are counted as free. The
 * first stage of an execution always runs, so that a slow Master still makes progress.
 */
export function fitsInBudget(
  stage: StageId,
  x: Execution,
  elapsedMs: number,
  lastStageMs: number,
  ranStages: number,
): boolean {
  const estimate = readsMaster(stage)
    ? (x.masterRead() ? 0 : (x.state.readMs ?? DEFAULT_READ_MS)) +
      Math.max(lastStageMs, DEFAULT_STAGE_MS)
    : 0;
  if (elapsedMs > WORK_BUDGET_MS) return false;
  return ranStages === 0 || elapsedMs + estimate <= WORK_BUDGET_MS;
}

/** Refreshes the PDF index (done at once when no PDF folders are set); false while it needs more executions. */
export function refreshIndex(x: Execution): boolean {
  const s = x.state;
  if (x.ports.pdfIndex.configured()) {
    const r = x.ports.pdfIndex.refresh();
    if (!r.done) {
      addNotice(s, r.message);
      x.save();
      return false;
    }
    if (r.note) addNotice(s, r.note);
  }
  s.done.push('pdf-index');
  return true;
}

/** Plans the report's tab; keeps the old one dated (once per run) when the options say so. */
function planTab(x: Execution, id: ReportKind): TabPlan {
  const s = x.state;
  const policy = s.archived.includes(id) ? 'replace' : s.options.oldTabs;
  const plan = planReportTab(
    id,
    reportTitle(id),
    x.ports.sheets.list(),
    policy,
    s.dateLabel,
  );
  if (plan.archive) {
    x.ports.sheets.archive(plan.archive.from, plan.archive.to);
    s.archived.push(id);
    x.save();
  }
  for (const n of plan.notices) addNotice(s, n);
  return plan;
}

/** Reads the Master (once per execution), builds one report and writes its tab. */
export function writeReportTab(x: Execution, stage: ReportKind): void {
  const s = x.state;
  const m = x.master();
  const plan = planTab(x, stage);
  const heading = headingOf(
    stage,
    m,
    s,
    x.ports.context.timeZone,
    plan.notices,
  );
  const {content, available} = contentOf(stage, m, s, x.ports, heading);
  const written = x.ports.sheets.write(
    stage,
    plan.name,
    plan.reuse,
    content,
    s.dateLabel,
  );
  x.counters.cellsWritten += written.cells;
  s.tabs = s.tabs
    .filter(t => t.id !== stage)
    .concat([
      available
        ? {id: stage, name: plan.name, url: written.url}
        : {id: stage, name: plan.name, url: written.url, unavailable: true},
    ]);
  s.done.push(stage);
}

/** Runs one stage; false when it is not finished yet (the index refresh continues next time). */
export function runStage(x: Execution, stage: StageId): boolean {
  if (stage === 'pdf-index') return refreshIndex(x);
  if (stage === 'delivery') {
    deliver(x);
    x.state.done.push('delivery');
  } else writeReportTab(x, stage);
  return true;
}
