// Schemas of the reports' arguments: what a run builds and delivers, and when the schedule runs.
import * as v from 'valibot';
import {REPORT_KINDS} from '../report-kinds';
import {MAX_MONTH_DAY, WEEKDAYS} from '../weekdays';
import {oneOf, option, record, wholeNumber, yesNo} from './common';

const kinds = REPORT_KINDS.map(k => k.id);

/** What a report run builds and delivers. Every field is optional: defaults in brackets. */
export const ReportOptionsSchema = record({
  /** Tabs to build [all four]. */
  reports: v.optional(
    v.pipe(
      v.array(
        v.picklist(kinds, `uno de ${kinds.join(', ')}`),
        'una lista de informes',
      ),
      v.maxLength(
        kinds.length,
        `una lista de a lo sumo ${kinds.length} informes`,
      ),
    ),
  ),
  /** The add-on's previous report tab: rewritten, or renamed with its date and kept ['replace']. */
  oldTabs: v.optional(
    v.picklist(['replace', 'keep-dated'], 'uno de replace, keep-dated'),
  ),
  /** E-mail the key figures to the recipients in settings [false]. */
  sendEmail: v.optional(yesNo),
  /** Save a copy of the report tabs in the export folder of settings ['none']. */
  exportFormat: v.optional(
    v.picklist(['none', 'xlsx', 'pdf'], 'uno de none, xlsx, pdf'),
  ),
  /** Drop an unfinished run and start over instead of continuing it [false]. */
  restart: v.optional(yesNo),
});

const hour = wholeNumber(0, 23);
const weekdays = WEEKDAYS.map(d => d.key);

/** When the scheduled report runs (hour 0-23 in the spreadsheet's time zone; day of month 1-28). */
export const ScheduleSpecSchema = oneOf(
  'kind',
  [
    option({kind: v.literal('off')}),
    option({kind: v.literal('daily'), hour}),
    option({
      kind: v.literal('weekly'),
      weekday: v.picklist(weekdays, `uno de ${weekdays.join(', ')}`),
      hour,
    }),
    option({
      kind: v.literal('monthly'),
      day: wholeNumber(1, MAX_MONTH_DAY),
      hour,
    }),
  ],
  'un objeto {kind: "off" | "daily" | "weekly" | "monthly", ...}',
);

/** The fields of a schedule: when, and the options the scheduled runs use. */
export const scheduleEntries = {
  when: ScheduleSpecSchema,
  options: ReportOptionsSchema,
};

/** The schedule and the options the scheduled runs use. */
export const ScheduleSettingsSchema = record(scheduleEntries);
