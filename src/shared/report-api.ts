// Sidebar contract of the reports: generate on demand, schedule the time-driven trigger, read the run history.
import type * as v from 'valibot';
import type {ReportKind} from './report-kinds';
import type {
  ReportOptionsSchema,
  ScheduleSettingsSchema,
  ScheduleSpecSchema,
} from './schemas/report';

/** The id of a report tab (the registry: src/shared/report-kinds.ts). */
export type {ReportKind};

export {MAX_MONTH_DAY, WEEKDAYS, type WeekdayKey} from './weekdays';

/** When the scheduled report runs (hour 0-23 in the spreadsheet's time zone; day of month 1-28). */
export type ScheduleSpec = v.InferOutput<typeof ScheduleSpecSchema>;

/** What a report run builds and delivers (src/shared/schemas/report.ts). Every field is optional. */
export type ReportOptions = v.InferOutput<typeof ReportOptionsSchema>;

/** One report tab written by a run. */
export interface ReportTabResult {
  id: ReportKind;
  /** The tab's name (another name when a user's tab already had the title). */
  name: string;
  /** Link that opens the tab (#gid=...). */
  url: string;
  /** True when the report could not be built and the tab only says why (e.g. no due-date column). */
  unavailable?: boolean;
}

/** Key figures of a run (also e-mailed). Money per currency, never added across currencies. */
export interface ReportFigures {
  rows: number;
  totals: Array<{currency: string; invoices: number; amount: number}>;
  qualityFindings: number;
  pdfMissing: number | null;
  pdfDuplicate: number | null;
  pdfSuspicious: number | null;
}

/** The outcome of generateReport. */
export interface ReportRunResult {
  /** 'partial': the run saved its progress and continues at the next call or scheduled run. */
  status: 'done' | 'partial';
  /** Spanish summary for the sidebar. */
  message: string;
  tabs: ReportTabResult[];
  /** Spanish notices (a user's tab was in the way, aging not available, mail quota...). */
  notices: string[];
  figures: ReportFigures | null;
  /** Modeled/real seconds of this execution. */
  seconds: number;
}

/** The schedule and the options the scheduled runs use. */
export type ScheduleSettings = v.InferOutput<typeof ScheduleSettingsSchema>;

/** What getSchedule shows. */
export type ScheduleInfo = ScheduleSettings & {
  /** True when this user's time-driven trigger exists in this document. */
  installed: boolean;
  /** Spanish description ("Todos los lunes entre las 7:00 y las 8:00 ..."). */
  description: string;
  timeZone: string;
};

/** One line of the run history (tab "Historial de ejecuciones"). */
export interface ReportHistoryEntry {
  /** ISO 8601 start of the execution. */
  at: string;
  /** Who ran it: the user's e-mail, or "Programado" for the trigger. */
  who: string;
  origin: 'manual' | 'trigger';
  seconds: number;
  /** Master rows read in this execution. */
  rowsRead: number;
  /** Cells written to report tabs in this execution. */
  cellsWritten: number;
  outcome: 'ok' | 'partial' | 'skipped' | 'error';
  /** Spanish detail or error message. */
  detail: string;
}

/** Sidebar calls of the reports feature. */
export interface ReportApi {
  /** Builds (or continues building) the report tabs now. Throws a Spanish message when busy. */
  generateReport(options: ReportOptions): ReportRunResult;
  /** This user's schedule in this document. */
  getSchedule(): ScheduleInfo;
  /**
   * Installs ({when.kind != 'off'}) or removes ({kind: 'off'}) the time-driven trigger. A second
   * install while one exists is refused with the platform's rule explained in Spanish.
   */
  setSchedule(schedule: ScheduleSettings): ScheduleInfo;
  /** The latest runs, newest first (at most 50). */
  getReportHistory(): ReportHistoryEntry[];
}
