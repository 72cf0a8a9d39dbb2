// The scheduled report's time-driven trigger through ScriptApp, and where its schedule is remembered
// (with its spreadsheet's id and who scheduled it, for a clock run that has no open document).
import type {ScheduleStore, TriggerPort} from '../../app/report/ports';
import type {TriggerStep} from '../../domain/report/schedule';
import type {ScheduleSettings} from '../../common/report-api';
import {hostSpreadsheet, hostSpreadsheetId} from '../common/spreadsheets';

type ClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;

function apply(builder: ClockBuilder, step: TriggerStep): ClockBuilder {
  switch (step.method) {
    case 'everyDays':
      return builder.everyDays(step.arg);
    case 'onWeekDay':
      return builder.onWeekDay(ScriptApp.WeekDay[step.arg]);
    case 'onMonthDay':
      return builder.onMonthDay(step.arg);
    case 'atHour':
      return builder.atHour(step.arg);
    case 'inTimezone':
      return builder.inTimezone(step.arg);
  }
}

function userTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(hostSpreadsheet());
}

/** This user's triggers in the active spreadsheet (editor add-on triggers are per user and document). */
export const scriptAppTriggers: TriggerPort = {
  clockTriggers() {
    return userTriggers()
      .filter(t => t.getEventType() === ScriptApp.EventType.CLOCK)
      .map(t => ({id: t.getUniqueId(), handler: t.getHandlerFunction()}));
  },
  create(handler, steps) {
    let builder = ScriptApp.newTrigger(handler).timeBased();
    for (const step of steps) builder = apply(builder, step);
    return builder.create().getUniqueId();
  },
  remove(id) {
    const t = userTriggers().find(x => x.getUniqueId() === id);
    if (t) ScriptApp.deleteTrigger(t);
  },
};

const PREFIX = 'facturacion.schedule.';

/** What a clock run needs to find its work: the schedule, its spreadsheet and who scheduled it. */
export interface ScheduledJob {
  settings: ScheduleSettings;
  /** The spreadsheet the schedule was set in (a clock run has no open document: it opens this). */
  spreadsheetId: string;
  /** Who scheduled it ('' when Google did not tell), for the run history. */
  scheduledBy: string;
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** The job stored for a trigger (null when none). */
export function loadScheduledJob(triggerId: string): ScheduledJob | null {
  const job = parse(
    PropertiesService.getUserProperties().getProperty(PREFIX + triggerId),
  ) as ScheduledJob | null;
  return job && typeof job.spreadsheetId === 'string' ? job : null;
}

function jobOf(settings: ScheduleSettings): ScheduledJob {
  return {
    settings,
    spreadsheetId: hostSpreadsheetId(),
    scheduledBy:
      Session.getActiveUser().getEmail() ||
      Session.getEffectiveUser().getEmail(),
  };
}

/**
 * Schedules kept in the scheduling user's properties, one per trigger id (the trigger runs as that
 * user: guides/triggers/installable), with the spreadsheet's id and who scheduled it.
 */
export const userScheduleStore: ScheduleStore = {
  load: triggerId => loadScheduledJob(triggerId)?.settings ?? null,
  save(triggerId, settings) {
    PropertiesService.getUserProperties().setProperty(
      PREFIX + triggerId,
      JSON.stringify(jobOf(settings)),
    );
  },
  remove(triggerId) {
    PropertiesService.getUserProperties().deleteProperty(PREFIX + triggerId);
  },
};
