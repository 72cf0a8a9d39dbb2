// Schemas of what the report calls answer (a run, the schedule, the history): the sidebar's types
// are derived from them, and the tests check the real answers against them.
import * as v from 'valibot';
import {REPORT_KINDS} from '../report-kinds';
import {scheduleEntries} from './report';

/** One report tab written by a run. */
export const ReportTabResultSchema = v.strictObject({
  id: v.picklist(REPORT_KINDS.map(k => k.id)),
  /** The tab's name (another name when a user's tab already had the title). */
  name: v.string(),
  /** Link that opens the tab (#gid=...). */
  url: v.string(),
  /** True when the report could not be built and the tab only says why (e.g. no due-date column). */
  unavailable: v.optional(v.boolean()),
});

/** Key figures of a run (also e-mailed). Money per currency, never added across currencies. */
export const ReportFiguresSchema = v.strictObject({
  rows: v.number(),
  totals: v.array(
    v.strictObject({
      currency: v.string(),
      invoices: v.number(),
      amount: v.number(),
    }),
  ),
  qualityFindings: v.number(),
  pdfMissing: v.nullable(v.number()),
  pdfDuplicate: v.nullable(v.number()),
  pdfSuspicious: v.nullable(v.number()),
});

/** The outcome of generateReport. */
export const ReportRunResultSchema = v.strictObject({
  /** 'partial': the run saved its progress and continues at the next call or scheduled run. */
  status: v.picklist(['done', 'partial']),
  /** Spanish summary for the sidebar. */
  message: v.string(),
  tabs: v.array(ReportTabResultSchema),
  /** Spanish notices (a user's tab was in the way, aging not available, mail quota...). */
  notices: v.array(v.string()),
  figures: v.nullable(ReportFiguresSchema),
  /** Modeled/real seconds of this execution. */
  seconds: v.number(),
});

/** What getSchedule shows: the schedule, whether it is installed, in Spanish, in which time zone. */
export const ScheduleInfoSchema = v.strictObject({
  ...scheduleEntries,
  /** True when this user's time-driven trigger exists in this document. */
  installed: v.boolean(),
  /** Spanish description ("Todos los lunes entre las 7:00 y las 8:00 ..."). */
  description: v.string(),
  timeZone: v.string(),
});

/** One line of the run history (tab "Historial de ejecuciones"). */
export const ReportHistoryEntrySchema = v.strictObject({
  /** ISO 8601 start of the execution. */
  at: v.string(),
  /** Who ran it: the user's e-mail, or "Programado" for the trigger. */
  who: v.string(),
  origin: v.picklist(['manual', 'trigger']),
  seconds: v.number(),
  /** Master rows read in this execution. */
  rowsRead: v.number(),
  /** Cells written to report tabs in this execution. */
  cellsWritten: v.number(),
  outcome: v.picklist(['ok', 'partial', 'skipped', 'error']),
  /** Spanish detail or error message. */
  detail: v.string(),
});
