// The report run: lock, resume or start, stages within the time budget, tabs written, history recorded.
import {buildAging} from '../../domain/report/aging';
import {
  agingContent,
  pdfContent,
  qualityContent,
  summaryContent,
  unavailableContent,
  type ReportHeading,
  type TabContent,
} from '../../domain/report/content';
import {dayOfInstant} from '../../domain/kernel/day';
import {formatInstant, zoneLabel} from '../../domain/kernel/format';
import {reportMail} from '../../domain/report/mail';
import {normaliseReportOptions} from '../../domain/report/options';
import {buildPdfReport} from '../../domain/report/pdfs';
import {checkQuality} from '../../domain/report/quality';
import {buildSummary} from '../../domain/report/summary';
import {
  planReportTab,
  reportTitle,
  type TabPlan,
} from '../../domain/report/tabs';
import type {
  ReportFigures,
  ReportHistoryEntry,
  ReportKind,
  ReportRunResult,
  ReportTabResult,
} from '../../shared/report-api';
import type {MasterData, ReportPorts} from './ports';
import {
  classifyGoogleError,
  isTransientKind,
  userMessage,
} from '../google-errors';
import {parseRunState, stagesOf, type RunState} from './run-state';

/**
 * Work time per execution before the run saves its progress and stops: the platform kills an
 * execution at 6 minutes (docs/platform.md quotas); the rest covers the stage in flight.
 */
export const WORK_BUDGET_MS = 4 * 60 * 1000;
/** Assumed cost of a stage never measured (a tab written from rows already read). */
export const DEFAULT_STAGE_MS = 20_000;
/** Assumed cost of reading the Master when no earlier read was measured. */
export const DEFAULT_READ_MS = 60_000;

/** The platform's message when an execution passes its 6 minutes (docs/platform.md quotas). */
const TIMEOUT = /Exceeded maximum execution time/i;

/** Another run holds the report's lease; the message (Spanish) says who and since when. */
export class ReportBusyError extends Error {
  constructor(holder: string) {
    super(`${holder} El resultado quedará en «Historial de ejecuciones».`);
    this.name = 'ReportBusyError';
  }
}

/** Who asked for the run. */
export interface RunRequest {
  origin: 'manual' | 'trigger';
  /** Options from the sidebar, or those stored with the schedule. */
  options: unknown;
}

/** The result of a run, or 'skipped' when the trigger found another run holding the lock. */
export type RunOutcome = ReportRunResult | 'skipped';

/** "01/10/2025 08:00" -> "202510010800": the date in a file name (no slashes, sorts by date). */
function fileStamp(label: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(label);
  return m ? `${m[3]}${m[2]}${m[1]}${m[4]}${m[5]}` : label.replace(/\D/g, '');
}

/** "01/10/2025 08:00" in Bogotá time: the run's date as the report, its mail and archived tabs say it. */
function dateLabelOf(ms: number): string {
  return formatInstant(ms);
}

/** Spanish text of any thrown value. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

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
  const counters = {rowsRead: 0, cellsWritten: 0};
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

function startState(request: RunRequest, t0: number, zone: string): RunState {
  return {
    version: 1,
    runId: `${t0}`,
    origin: request.origin,
    startedAt: t0,
    asOf: dayOfInstant(t0, zone),
    dateLabel: dateLabelOf(t0),
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

function execute(
  ports: ReportPorts,
  request: RunRequest,
  t0: number,
  counters: {rowsRead: number; cellsWritten: number},
): ReportRunResult {
  const {context: ctx} = ports;
  let state = parseRunState(ports.state.load());
  const fresh = normaliseReportOptions(request.options);
  if (state && request.origin === 'manual' && fresh.restart) state = null;
  const resumed = state !== null;
  if (!state) state = startState(request, t0, ctx.timeZone);
  state.executions++;
  const s: RunState = state;
  const save = () => ports.state.save(JSON.stringify(s));
  // Saved before any work: a run killed in its first stage still resumes with the same date.
  if (!resumed) save();
  let master: MasterData | null = null;
  const readMaster = (): MasterData => {
    if (master) return master;
    const started = ctx.now();
    master = ports.master.read();
    s.readMs = ctx.now() - started;
    counters.rowsRead += master.rows.length;
    s.figures = figuresOf(master, s.figures);
    for (const w of master.warnings) addNotice(s, w);
    return master;
  };
  const heading = (
    id: ReportKind,
    m: MasterData,
    notices: string[],
  ): ReportHeading => ({
    title: reportTitle(id),
    generated: `Generado el ${s.dateLabel} (${zoneLabel(ctx.timeZone)}) por el complemento Facturación.`,
    source: `Master: ${m.sourceName}; hojas: ${m.columns.tabs.join(', ')}.`,
    notices,
  });
  let pdfIndexReady = s.done.includes('pdf-index');
  let lastStageMs = 0;
  let ranStages = 0;
  for (const stage of stagesOf(s.options)) {
    if (s.done.includes(stage)) continue;
    if (stage === 'pdfs' && !pdfIndexReady) continue;
    // The e-mail and the export go out once every tab is written.
    if (
      stage === 'delivery' &&
      stagesOf(s.options).some(x => x !== 'delivery' && !s.done.includes(x))
    )
      continue;
    const estimate =
      stage === 'pdf-index' || stage === 'delivery'
        ? 0
        : (master ? 0 : (s.readMs ?? DEFAULT_READ_MS)) +
          Math.max(lastStageMs, DEFAULT_STAGE_MS);
    // Always attempt one stage per execution, so that a slow Master still makes progress.
    const elapsed = ctx.now() - t0;
    if (
      elapsed > WORK_BUDGET_MS ||
      (ranStages > 0 && elapsed + estimate > WORK_BUDGET_MS)
    )
      break;
    ranStages++;
    const started = ctx.now();
    const readInStage =
      master === null && stage !== 'pdf-index' && stage !== 'delivery';
    if (stage === 'pdf-index') {
      if (!ports.pdfIndex.configured()) {
        s.done.push('pdf-index');
        pdfIndexReady = true;
      } else {
        const r = ports.pdfIndex.refresh();
        if (!r.done) {
          addNotice(s, r.message);
          save();
          continue;
        }
        if (r.note) addNotice(s, r.note);
        s.done.push('pdf-index');
        pdfIndexReady = true;
      }
    } else if (stage === 'delivery') {
      deliver(ports, s);
      s.done.push('delivery');
    } else {
      const m = readMaster();
      const plan = planTab(ports, s, stage);
      const {content, available} = contentOf(
        stage,
        m,
        s,
        ports,
        heading(stage, m, plan.notices),
      );
      const written = ports.sheets.write(
        stage,
        plan.name,
        plan.reuse,
        content,
        s.dateLabel,
      );
      counters.cellsWritten += written.cells;
      s.tabs = s.tabs
        .filter(t => t.id !== stage)
        .concat([
          available
            ? {id: stage, name: plan.name, url: written.url}
            : {id: stage, name: plan.name, url: written.url, unavailable: true},
        ]);
      s.done.push(stage);
    }
    // The Master read is charged once per execution; later stages only compute and write.
    lastStageMs = ctx.now() - started - (readInStage ? (s.readMs ?? 0) : 0);
    save();
  }
  const pending = stagesOf(s.options).filter(x => !s.done.includes(x));
  const seconds = (ctx.now() - t0) / 1000;
  if (pending.length > 0) {
    save();
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
  ports.state.clear();
  const quote = (tabs: ReportTabResult[]) =>
    tabs.map(t => `«${t.name}»`).join(', ');
  const made = s.tabs.filter(t => !t.unavailable);
  const missing = s.tabs.filter(t => t.unavailable);
  return {
    status: 'done',
    message:
      `${resumed ? 'Informe terminado (continuó el iniciado el ' + s.dateLabel + ')' : 'Informe generado'}: ` +
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

function addNotice(s: RunState, notice: string): void {
  if (!s.notices.includes(notice)) s.notices.push(notice);
}

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

/** A tab's content, and whether the report could be built (false: the tab says why not). */
function contentOf(
  stage: ReportKind,
  m: MasterData,
  s: RunState,
  ports: ReportPorts,
  heading: ReportHeading,
): {content: TabContent; available: boolean} {
  switch (stage) {
    case 'resumen': {
      const summary = buildSummary(m.rows, m.columns);
      const note =
        m.columns.categories.length === 0
          ? 'El Master no tiene columnas por categoría (intereses corriente, mora, costos fijos, seguro + IVA, otros).'
          : null;
      return {
        content: summaryContent(summary, heading, note),
        available: true,
      };
    }
    case 'cartera': {
      const aging = buildAging(m.rows, m.columns, s.asOf);
      if (!aging.available) addNotice(s, aging.reason);
      return {
        content: agingContent(aging, heading),
        available: aging.available,
      };
    }
    case 'calidad': {
      const q = checkQuality(m.rows, m.reading);
      if (s.figures) {
        s.figures.qualityFindings = Object.values(q.counts).reduce(
          (a, b) => a + b,
          0,
        );
      }
      return {content: qualityContent(q, heading), available: true};
    }
    case 'pdfs': {
      if (!ports.pdfIndex.configured()) {
        const reason =
          'No hay carpetas de PDF en Configuración: agregue la carpeta raíz de las facturas para ver este informe.';
        addNotice(s, reason);
        return {content: unavailableContent(reason, heading), available: false};
      }
      const p = buildPdfReport(m.rows, ports.pdfIndex.entries());
      if (s.figures) {
        s.figures.pdfMissing = p.missing;
        s.figures.pdfDuplicate = p.duplicate;
        s.figures.pdfSuspicious = p.suspicious;
      }
      return {content: pdfContent(p, heading), available: true};
    }
  }
}

/** Plans the report's tab; keeps the old one dated (once per run) when the options say so. */
function planTab(ports: ReportPorts, s: RunState, id: ReportKind): TabPlan {
  const policy = s.archived.includes(id) ? 'replace' : s.options.oldTabs;
  const plan = planReportTab(
    id,
    reportTitle(id),
    ports.sheets.list(),
    policy,
    s.dateLabel,
  );
  if (plan.archive) {
    ports.sheets.archive(plan.archive.from, plan.archive.to);
    s.archived.push(id);
    ports.state.save(JSON.stringify(s));
  }
  for (const n of plan.notices) addNotice(s, n);
  return plan;
}

function deliver(ports: ReportPorts, s: RunState): void {
  const settings = ports.settings();
  const {context: ctx} = ports;
  if (s.options.exportFormat !== 'none') {
    if (settings.exportFolder === '') {
      addNotice(
        s,
        'No se exportó: elija la carpeta de exportación en Configuración.',
      );
    } else {
      try {
        const url = ports.exporter.save(
          s.options.exportFormat,
          settings.exportFolder,
          `Informe_facturacion_${fileStamp(s.dateLabel)}.${s.options.exportFormat}`,
          s.tabs.map(t => t.name),
        );
        addNotice(s, `Copia guardada en Drive: ${url}`);
      } catch (e) {
        addNotice(s, `No se pudo exportar: ${userMessage(e)}`);
      }
    }
  }
  if (s.options.sendEmail) {
    const to = settings.recipients;
    if (to.length === 0) {
      addNotice(
        s,
        'No se envió el correo: no hay destinatarios en Configuración.',
      );
    } else if (ports.mail.remainingDailyQuota() < to.length) {
      addNotice(
        s,
        `No se envió el correo: la cuota diaria de correos de Google no alcanza para ${to.length} destinatarios.`,
      );
    } else if (s.figures) {
      const mail = reportMail(
        ctx.spreadsheetName,
        ctx.spreadsheetUrl,
        s.dateLabel,
        s.figures,
        s.tabs,
      );
      ports.mail.send(to, mail.subject, mail.body);
      addNotice(s, `Resumen enviado por correo a ${to.join(', ')}.`);
    }
  }
}
