// Use cases of the schedule: show it, install or change the one time-driven trigger, remove it.
import {normaliseReportOptions} from '../../domain/report/options';
import {
  ScheduleError,
  describeSchedule,
  parseSchedule,
  secondTriggerMessage,
  triggerSteps,
} from '../../domain/report/schedule';
import type {
  ReportOptions,
  ScheduleInfo,
  ScheduleSettings,
} from '../../common/report-api';
import type {ScheduleStore, TriggerPort} from './ports';

export interface SchedulePorts {
  triggers: TriggerPort;
  store: ScheduleStore;
  timeZone: string;
  /** Name of the global the trigger runs (src/common/names.ts). */
  handler: string;
}

/** The platform's refusal of a second time-driven trigger (docs/platform.md, editor add-on triggers). */
const TOO_MANY = /too many time-based triggers/i;
/** The platform's refusal of a recurrence under an hour. */
const TOO_OFTEN = /recurrence interval .* at least one hour/i;

function info(
  ports: SchedulePorts,
  settings: ScheduleSettings,
  installed: boolean,
): ScheduleInfo {
  return {
    ...settings,
    installed,
    description: installed
      ? describeSchedule(settings.when, ports.timeZone)
      : describeSchedule({kind: 'off'}, ports.timeZone),
    timeZone: ports.timeZone,
  };
}

/** Options stored with a schedule: everything but `restart`, which only a manual run uses. */
function scheduledOptions(value: unknown): ReportOptions {
  const full = normaliseReportOptions(value);
  return {
    reports: full.reports,
    oldTabs: full.oldTabs,
    sendEmail: full.sendEmail,
    exportFormat: full.exportFormat,
  };
}

function defaults(): ScheduleSettings {
  return {when: {kind: 'off'}, options: scheduledOptions({})};
}

/** This user's schedule in this document (from the trigger that exists, not from memory). */
export function getSchedule(ports: SchedulePorts): ScheduleInfo {
  const mine = ports.triggers
    .clockTriggers()
    .find(t => t.handler === ports.handler);
  if (!mine) return info(ports, defaults(), false);
  const stored = ports.store.load(mine.id);
  return stored
    ? info(ports, stored, true)
    : {
        ...defaults(),
        installed: true,
        description:
          'Hay una programación instalada, pero no se encontró su horario. Quítela y créela de nuevo.',
        timeZone: ports.timeZone,
      };
}

/**
 * Installs or changes the schedule, or removes it for {kind: 'off'}. A change replaces this
 * user's trigger; a time-driven trigger of another handler is refused with the platform's rule in
 * Spanish (one per user per document).
 */
export function setSchedule(
  ports: SchedulePorts,
  value: unknown,
): ScheduleInfo {
  const v =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : {};
  const when = parseSchedule(v.when);
  const settings: ScheduleSettings = {
    when,
    options: scheduledOptions(v.options),
  };
  const existing = ports.triggers.clockTriggers();
  if (when.kind === 'off') {
    for (const t of existing.filter(x => x.handler === ports.handler)) {
      ports.triggers.remove(t.id);
      ports.store.remove(t.id);
    }
    return info(ports, defaults(), false);
  }
  const mine = existing.filter(t => t.handler === ports.handler);
  const foreign = existing.find(t => t.handler !== ports.handler);
  if (foreign) {
    throw new ScheduleError(
      secondTriggerMessage(`la función ${foreign.handler}`),
    );
  }
  // A change replaces the schedule: the platform allows one time-driven trigger, so the old one
  // goes first, and comes back if the new one cannot be created (never left with none).
  const previous = mine.map(t => ({
    id: t.id,
    settings: ports.store.load(t.id),
  }));
  for (const t of previous) ports.triggers.remove(t.id);
  let id: string;
  try {
    id = ports.triggers.create(
      ports.handler,
      triggerSteps(when, ports.timeZone),
    );
  } catch (e) {
    restore(ports, previous);
    throw creationError(e);
  }
  for (const t of previous) ports.store.remove(t.id);
  ports.store.save(id, settings);
  return info(ports, settings, true);
}

/** Puts the replaced schedule back after a failed change (its trigger anew, its settings under the new id). */
function restore(
  ports: SchedulePorts,
  previous: Array<{id: string; settings: ScheduleSettings | null}>,
): void {
  for (const t of previous) {
    if (!t.settings || t.settings.when.kind === 'off') continue;
    const id = ports.triggers.create(
      ports.handler,
      triggerSteps(t.settings.when, ports.timeZone),
    );
    ports.store.remove(t.id);
    ports.store.save(id, t.settings);
  }
}

/** The platform's refusal of a trigger, in Spanish. */
function creationError(e: unknown): ScheduleError {
  const message = e instanceof Error ? e.message : String(e);
  if (TOO_MANY.test(message)) {
    return new ScheduleError(
      secondTriggerMessage(
        'creado desde otra ventana o por otra versión del complemento',
      ),
    );
  }
  if (TOO_OFTEN.test(message)) {
    return new ScheduleError(
      'Google no permite que un complemento se ejecute por tiempo más de una vez por hora. Elija una programación diaria, semanal o mensual.',
    );
  }
  return new ScheduleError(`No se pudo crear la programación: ${message}`);
}
