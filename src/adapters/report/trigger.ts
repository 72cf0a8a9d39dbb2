// The scheduled report's time-driven trigger through ScriptApp, and where its schedule is remembered.
import type {ScheduleStore, TriggerPort} from '../../app/report/ports';
import type {TriggerStep} from '../../domain/report/schedule';
import type {ScheduleSettings} from '../../shared/report-api';
import {reportSpreadsheet} from './sheets';

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
  return ScriptApp.getUserTriggers(reportSpreadsheet());
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

/** Schedules kept in the document's properties, one per trigger id. */
export const documentScheduleStore: ScheduleStore = {
  load(triggerId) {
    const json = PropertiesService.getDocumentProperties().getProperty(
      PREFIX + triggerId,
    );
    if (json === null) return null;
    try {
      return JSON.parse(json) as ScheduleSettings;
    } catch {
      return null;
    }
  },
  save(triggerId, settings) {
    PropertiesService.getDocumentProperties().setProperty(
      PREFIX + triggerId,
      JSON.stringify(settings),
    );
  },
  remove(triggerId) {
    PropertiesService.getDocumentProperties().deleteProperty(
      PREFIX + triggerId,
    );
  },
};
