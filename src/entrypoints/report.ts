// Reports: the time-driven trigger's handler and the sidebar functions (generate, schedule, history).
import {runReport} from '../app/report/run-report';
import {
  getSchedule as readSchedule,
  setSchedule as writeSchedule,
} from '../app/report/schedule';
import {loadScheduledJob} from '../adapters/report/trigger';
import {withJobSpreadsheet} from '../adapters/common/spreadsheets';
import type {
  ReportApi,
  ReportHistoryEntry,
  ReportOptions,
  ReportRunResult,
  ScheduleInfo,
  ScheduleSettings,
} from '../common/report-api';
import {reportPorts, schedulePorts} from './compose/report';
import {withEditAccess} from '../adapters/common/edit-access';

/** Most history lines sent to the sidebar. */
const HISTORY_SHOWN = 50;

/**
 * Runs the scheduled report (installed by setSchedule as a time-driven trigger). A clock run has
 * no open document: the schedule saved with the trigger names the spreadsheet, opened by id.
 * Continues an unfinished run first; records every run, skip and error in «Historial de
 * ejecuciones», under the name of whoever scheduled it.
 * @param e The time-driven event (its triggerUid finds the schedule).
 */
export function runScheduledReport(
  e?: GoogleAppsScript.Events.TimeDriven,
): void {
  const uid = e?.triggerUid ?? '';
  const job = uid === '' ? null : loadScheduledJob(uid);
  if (!job) {
    // Nowhere to write: the trigger's owner sees it in the execution log.
    console.error(
      `Programación ${uid} sin hoja de cálculo guardada: quítela y créela de nuevo en Facturación > Reportes.`,
    );
    return;
  }
  withJobSpreadsheet(job.spreadsheetId, () =>
    runReport(reportPorts(job.scheduledBy), {
      origin: 'trigger',
      options: job.settings.options,
    }),
  );
}

/**
 * Builds (or continues) the report tabs now.
 * @param options Which tabs, what to do with old tabs, e-mail and export.
 */
export function generateReport(options: ReportOptions): ReportRunResult {
  return withEditAccess(() => {
    const result = runReport(reportPorts(), {
      origin: 'manual',
      options: options,
    });
    if (result === 'skipped')
      throw new Error('Otra ejecución del informe está en curso.');
    return result;
  });
}

/** This user's report schedule in this document. */
export function getSchedule(): ScheduleInfo {
  return readSchedule(schedulePorts());
}

/**
 * Installs or removes the report schedule (one time-driven trigger per user and document).
 * @param schedule When ({kind: 'off'} removes it) and the options of the scheduled runs.
 */
export function setSchedule(schedule: ScheduleSettings): ScheduleInfo {
  return withEditAccess(() => {
    return writeSchedule(schedulePorts(), schedule);
  });
}

/** The latest report runs, newest first. */
export function getReportHistory(): ReportHistoryEntry[] {
  return reportPorts().history.latest(HISTORY_SHOWN);
}

/** The report functions of the sidebar contract. */
export const reportApi_ = {
  generateReport,
  getSchedule,
  setSchedule,
  getReportHistory,
} satisfies ReportApi;
