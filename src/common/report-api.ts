// Sidebar contract of the reports: generate on demand, schedule the time-driven trigger, read the run history.
import type * as v from 'valibot';
import type {ReportKind} from './report-kinds';
import type {
  ReportOptionsSchema,
  ScheduleSettingsSchema,
  ScheduleSpecSchema,
} from './schemas/report';
import type {
  ReportFiguresSchema,
  ReportHistoryEntrySchema,
  ReportRunResultSchema,
  ReportTabResultSchema,
  ScheduleInfoSchema,
} from './schemas/report-results';

/** The id of a report tab (the registry: src/common/report-kinds.ts). */
export type {ReportKind};

export {MAX_MONTH_DAY, WEEKDAYS, type WeekdayKey} from './weekdays';

/** When the scheduled report runs (hour 0-23 in the spreadsheet's time zone; day of month 1-28). */
export type ScheduleSpec = v.InferOutput<typeof ScheduleSpecSchema>;

/** What a report run builds and delivers (src/common/schemas/report.ts). Every field is optional. */
export type ReportOptions = v.InferOutput<typeof ReportOptionsSchema>;

/** One report tab written by a run (src/common/schemas/report-results.ts). */
export type ReportTabResult = v.InferOutput<typeof ReportTabResultSchema>;

/** Key figures of a run (also e-mailed). Money per currency, never added across currencies. */
export type ReportFigures = v.InferOutput<typeof ReportFiguresSchema>;

/** The outcome of generateReport. */
export type ReportRunResult = v.InferOutput<typeof ReportRunResultSchema>;

/** The schedule and the options the scheduled runs use. */
export type ScheduleSettings = v.InferOutput<typeof ScheduleSettingsSchema>;

/** What getSchedule shows. */
export type ScheduleInfo = v.InferOutput<typeof ScheduleInfoSchema>;

/** One line of the run history (tab "Historial de ejecuciones"). */
export type ReportHistoryEntry = v.InferOutput<typeof ReportHistoryEntrySchema>;

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
