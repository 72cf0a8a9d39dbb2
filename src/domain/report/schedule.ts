// The report schedule: daily, weekly or monthly at an hour, validated in Spanish and turned into trigger-builder steps.
import {
  MAX_MONTH_DAY,
  WEEKDAYS,
  type ScheduleSpec,
  type WeekdayKey,
} from '../../common/report-api';
import {zoneLabel} from '../kernel/format';

export type {ScheduleSpec, WeekdayKey};

/** A schedule the user must fix; the message is Spanish. */
export class ScheduleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hourOf(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 23) {
    throw new ScheduleError(
      `La hora "${String(v)}" no es válida: elija una hora entera de 0 a 23.`,
    );
  }
  return v;
}

/** Checks a schedule coming from the sidebar and returns it normalised; throws ScheduleError. */
export function parseSchedule(value: unknown): ScheduleSpec {
  if (!isRecord(value)) {
    throw new ScheduleError(
      'La programación no es válida: falta el tipo (diaria, semanal o mensual).',
    );
  }
  switch (value.kind) {
    case 'off':
      return {kind: 'off'};
    case 'daily':
      return {kind: 'daily', hour: hourOf(value.hour)};
    case 'weekly': {
      const day = WEEKDAYS.find(d => d.key === value.weekday);
      if (!day) {
        throw new ScheduleError(
          `El día de la semana "${String(value.weekday)}" no es válido: elija de lunes a domingo.`,
        );
      }
      return {kind: 'weekly', weekday: day.key, hour: hourOf(value.hour)};
    }
    case 'monthly': {
      const d = value.day;
      if (
        typeof d !== 'number' ||
        !Number.isInteger(d) ||
        d < 1 ||
        d > MAX_MONTH_DAY
      ) {
        throw new ScheduleError(
          `El día del mes "${String(d)}" no es válido: elija del 1 al ${MAX_MONTH_DAY}, ` +
            'para que el informe se genere también en los meses cortos.',
        );
      }
      return {kind: 'monthly', day: d, hour: hourOf(value.hour)};
    }
    default:
      throw new ScheduleError(
        `El tipo de programación "${String(value.kind)}" no es válido: use diaria, semanal o mensual.`,
      );
  }
}

/** One call on ScriptApp's ClockTriggerBuilder, in order. */
export type TriggerStep =
  | {method: 'everyDays'; arg: number}
  | {method: 'onWeekDay'; arg: WeekdayKey}
  | {method: 'onMonthDay'; arg: number}
  | {method: 'atHour'; arg: number}
  | {method: 'inTimezone'; arg: string};

/**
 * The ClockTriggerBuilder calls for a schedule: each recurs at most daily, so the add-on rule
 * "at least one hour between runs" always holds. Returns [] for 'off'.
 */
export function triggerSteps(
  spec: ScheduleSpec,
  timeZone: string,
): TriggerStep[] {
  switch (spec.kind) {
    case 'off':
      return [];
    case 'daily':
      return [
        {method: 'everyDays', arg: 1},
        {method: 'atHour', arg: spec.hour},
        {method: 'inTimezone', arg: timeZone},
      ];
    case 'weekly':
      return [
        {method: 'onWeekDay', arg: spec.weekday},
        {method: 'atHour', arg: spec.hour},
        {method: 'inTimezone', arg: timeZone},
      ];
    case 'monthly':
      return [
        {method: 'onMonthDay', arg: spec.day},
        {method: 'atHour', arg: spec.hour},
        {method: 'inTimezone', arg: timeZone},
      ];
  }
}

/** Spanish description: "Todos los lunes entre las 7:00 y las 8:00 (hora de Colombia; ...)". */
export function describeSchedule(spec: ScheduleSpec, timeZone: string): string {
  if (spec.kind === 'off')
    return 'Sin programación: el informe se genera solo a pedido.';
  const window = `entre las ${spec.hour}:00 y las ${(spec.hour + 1) % 24}:00 (${zoneLabel(timeZone)}; Google elige el minuto)`;
  switch (spec.kind) {
    case 'daily':
      return `Todos los días ${window}.`;
    case 'weekly': {
      const day =
        WEEKDAYS.find(d => d.key === spec.weekday)?.label ?? spec.weekday;
      return `Todos los ${day === 'sábado' ? 'sábados' : day === 'domingo' ? 'domingos' : day} ${window}.`;
    }
    case 'monthly':
      return `El día ${spec.day} de cada mes ${window}.`;
  }
}

/**
 * The Spanish explanation when a second time-driven trigger is asked for: editor add-ons may have
 * one trigger of each type per user per document.
 */
export function secondTriggerMessage(existing: string): string {
  return (
    'No se puede crear otra programación: Google permite a un complemento de Hojas de cálculo un solo ' +
    'activador por tiempo por usuario y por documento, y usted ya tiene uno en este documento ' +
    `(${existing}). Quite la programación actual y vuelva a crear la nueva.`
  );
}
