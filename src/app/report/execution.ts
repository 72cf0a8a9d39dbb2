// One execution of a report run: its saved progress (started or resumed), the counters the history records, and the Master read at most once.
import {dayOfInstant} from '../../domain/kernel/day';
import {formatInstant} from '../../domain/kernel/format';
import {normaliseReportOptions} from '../../domain/report/options';
import {buildSummary} from '../../domain/report/summary';
import type {ReportFigures} from '../../common/report-api';
import type {MasterData, ReportPorts} from './ports';
import {addNotice, parseRunState, type RunState} from './run-state';

/** Who asked for the run. */
export interface RunRequest {
  origin: 'manual' | 'trigger';
  /** Options from the sidebar, or those stored with the schedule. */
  options: unknown;
}

/** What the run history records of an execution. */
export interface Counters {
  rowsRead: number;
  cellsWritten: number;
}

/** An execution in progress: what each stage reads and updates. */
export interface Execution {
  ports: ReportPorts;
  /** The run's progress, saved between stages. */
  state: RunState;
  /** Whether this execution continues a run an earlier one started. */
  resumed: boolean;
  /** When this execution started (ms). */
  t0: number;
  counters: Counters;
  /** Saves the progress (one Properties write). */
  save(): void;
  /** The Master's rows, read on first use in this execution (its cost kept to plan the next). */
  master(): MasterData;
  /** Whether this execution has read the Master yet. */
  masterRead(): boolean;
}

function startState(request: RunRequest, t0: number, zone: string): RunState {
  return {
    version: 1,
    runId: `${t0}`,
    origin: request.origin,
    startedAt: t0,
    asOf: dayOfInstant(t0, zone),
    // "01/10/2025 08:00" in Bogotá time: the run's date as the report, its mail and archived tabs say it.
    dateLabel: formatInstant(t0),
    options: normaliseReportOptions(request.options),
    done: [],
    archived: [],
    tabs: [],
    notices: [],
    figures: null,
    executions: 0,
    readMs: null,
  };
}

/** The run's figures from the Master's rows, keeping those later stages computed. */
function figuresOf(
  m: MasterData,
  previous: ReportFigures | null,
): ReportFigures {
  const summary = buildSummary(m.rows, m.columns);
  return {
    rows: m.rows.length,
    totals: summary.totals.map(t => ({
      ...t,
      amount: Math.round(t.amount * 100) / 100,
    })),
    qualityFindings: previous?.qualityFindings ?? 0,
    pdfMissing: previous?.pdfMissing ?? null,
    pdfDuplicate: previous?.pdfDuplicate ?? null,
    pdfSuspicious: previous?.pdfSuspicious ?? null,
  };
}

/**
 * Resumes the saved run, or starts one (also when a manual run asks to restart), counts the
 * execution, and saves a new run before any work, so a run killed in its first stage still
 * resumes with the same date.
 */
export function openExecution(
  ports: ReportPorts,
  request: RunRequest,
  t0: number,
  counters: Counters,
): Execution {
  let saved = parseRunState(ports.state.load());
  const fresh = normaliseReportOptions(request.options);
  if (saved && request.origin === 'manual' && fresh.restart) saved = null;
  const resumed = saved !== null;
  const state = saved ?? startState(request, t0, ports.context.timeZone);
  state.executions++;
  const save = () => ports.state.save(JSON.stringify(state));
  if (!resumed) save();
  let master: MasterData | null = null;
  return {
    ports,
    state,
    resumed,
    t0,
    counters,
    save,
    masterRead: () => master !== null,
    master() {
      if (master) return master;
      const started = ports.context.now();
      const read = ports.master.read();
      master = read;
      state.readMs = ports.context.now() - started;
      counters.rowsRead += read.rows.length;
      state.figures = figuresOf(read, state.figures);
      for (const w of read.warnings) addNotice(state, w);
      return read;
    },
  };
}
