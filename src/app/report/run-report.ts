// The report run: the lease, one execution's stages within its time budget (stages.ts), the answer, and the history recorded.
import type {
  ReportHistoryEntry,
  ReportRunResult,
  ReportTabResult,
} from '../../common/report-api';
import type {ReportPorts} from './ports';
import {
  classifyGoogleError,
  isTransientKind,
  messageOf,
  userMessage,
} from '../google-errors';
import {stagesOf} from './run-state';
import {
  openExecution,
  type Counters,
  type Execution,
  type RunRequest,
} from './execution';
import {fitsInBudget, isReady, readsMaster, runStage} from './stages';

/** The platform's message when an execution passes its 6 minutes (docs/platform.md quotas). */
const TIMEOUT = /Exceeded maximum execution time/i;

/** Another run holds the report's lease; the message (Spanish) says who and since when. */
export class ReportBusyError extends Error {
  constructor(holder: string) {
    super(`${holder} El resultado quedará en «Historial de ejecuciones».`);
    this.name = 'ReportBusyError';
  }
}

/** The result of a run, or 'skipped' when the trigger found another run holding the lock. */
export type RunOutcome = ReportRunResult | 'skipped';

/**
 * Runs (or continues) the report. A manual run that finds the lock taken throws ReportBusyError;
 * the trigger records "skipped". Errors are recorded in the history, then rethrown for a manual
 * run (the sidebar shows them) and swallowed for the trigger (nobody would see them).
 */
export function runReport(ports: ReportPorts, request: RunRequest): RunOutcome {
  const {context: ctx} = ports;
  const t0 = ctx.now();
  // A scheduled run names whoever scheduled it (the trigger runs as them; its active user is blank).
  const who =
    request.origin === 'trigger'
      ? ctx.user
        ? `Programado por ${ctx.user}`
        : 'Programado'
      : ctx.user || 'Usuario';
  const history = (
    entry: Omit<ReportHistoryEntry, 'at' | 'who' | 'origin' | 'seconds'>,
  ) =>
    ports.history.append({
      at: new Date(t0).toISOString(),
      who,
      origin: request.origin,
      seconds: Math.round((ctx.now() - t0) / 100) / 10,
      ...entry,
    });
  const busy = ports.lock.take();
  if (busy !== null) {
    if (request.origin === 'manual') throw new ReportBusyError(busy);
    history({
      rowsRead: 0,
      cellsWritten: 0,
      outcome: 'skipped',
      detail: `Otra ejecución del informe estaba en curso; esta se omitió. ${busy}`,
    });
    return 'skipped';
  }
  const counters: Counters = {rowsRead: 0, cellsWritten: 0};
  try {
    const result = execute(ports, request, t0, counters);
    history({
      ...counters,
      outcome: result.status === 'done' ? 'ok' : 'partial',
      detail: result.message,
    });
    return result;
  } catch (e) {
    // A run killed at the time limit, or stopped by a Google failure that retries did not
    // overcome (a busy minute), keeps its saved progress: the next run continues it.
    const timedOut = TIMEOUT.test(messageOf(e));
    const resumable = timedOut || isTransientKind(classifyGoogleError(e));
    if (!resumable) ports.state.clear();
    history({
      ...counters,
      outcome: 'error',
      detail: timedOut
        ? 'Se agotó el tiempo de la ejecución; el avance quedó guardado y continúa en la próxima ejecución.'
        : userMessage(e),
    });
    if (request.origin === 'manual') throw e;
    return {
      status: 'done',
      message: userMessage(e),
      tabs: [],
      notices: [],
      figures: null,
      seconds: (ctx.now() - t0) / 1000,
    };
  } finally {
    ports.lock.release();
  }
}

/** Runs the stages that are ready, in order, while each fits in the execution's time. */
function runStages(x: Execution): void {
  const {context: ctx} = x.ports;
  let lastStageMs = 0;
  let ranStages = 0;
  for (const stage of stagesOf(x.state.options)) {
    if (!isReady(stage, x.state)) continue;
    if (!fitsInBudget(stage, x, ctx.now() - x.t0, lastStageMs, ranStages))
      break;
    ranStages++;
    const started = ctx.now();
    const readInStage = readsMaster(stage) && !x.masterRead();
    if (!runStage(x, stage)) continue;
    // The Master read is charged once per execution; later stages only compute and write.
    lastStageMs =
      ctx.now() - started - (readInStage ? (x.state.readMs ?? 0) : 0);
    x.save();
  }
}

/** The run's answer: in progress (saved, to continue) or done (the saved progress cleared). */
function runResult(x: Execution): ReportRunResult {
  const s = x.state;
  const pending = stagesOf(s.options).filter(st => !s.done.includes(st));
  const seconds = (x.ports.context.now() - x.t0) / 1000;
  if (pending.length > 0) {
    x.save();
    return {
      status: 'partial',
      message:
        `Informe en curso (${s.done.length} de ${stagesOf(s.options).length} pasos). ` +
        'Se guardó el avance: continúa en la próxima ejecución programada o al generar de nuevo.',
      tabs: s.tabs,
      notices: s.notices,
      figures: s.figures,
      seconds,
    };
  }
  x.ports.state.clear();
  const quote = (tabs: ReportTabResult[]) =>
    tabs.map(t => `«${t.name}»`).join(', ');
  const made = s.tabs.filter(t => !t.unavailable);
  const missing = s.tabs.filter(t => t.unavailable);
  return {
    status: 'done',
    message:
      `${x.resumed ? 'Informe terminado (continuó el iniciado el ' + s.dateLabel + ')' : 'Informe generado'}: ` +
      `${made.length > 0 ? quote(made) : 'ningún informe'}.` +
      (missing.length > 0
        ? ` No disponible: ${quote(missing)} (ver avisos).`
        : ''),
    tabs: s.tabs,
    notices: s.notices,
    figures: s.figures,
    seconds,
  };
}

/** One execution: open (resume or start) the run, run what fits, answer. */
function execute(
  ports: ReportPorts,
  request: RunRequest,
  t0: number,
  counters: Counters,
): ReportRunResult {
  const x = openExecution(ports, request, t0, counters);
  runStages(x);
  return runResult(x);
}
