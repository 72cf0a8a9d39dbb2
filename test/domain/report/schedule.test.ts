import {
  ScheduleError,
  describeSchedule,
  parseSchedule,
  secondTriggerMessage,
  triggerSteps,
} from '../../../src/domain/report/schedule';

const TZ = 'America/Bogota';

describe('parseSchedule', () => {
  it('accepts the three kinds and off', () => {
    expect(parseSchedule({kind: 'daily', hour: 7})).toEqual({
      kind: 'daily',
      hour: 7,
    });
    expect(
      parseSchedule({kind: 'weekly', weekday: 'MONDAY', hour: 0, extra: 1}),
    ).toEqual({
      kind: 'weekly',
      weekday: 'MONDAY',
      hour: 0,
    });
    expect(parseSchedule({kind: 'monthly', day: 28, hour: 23})).toEqual({
      kind: 'monthly',
      day: 28,
      hour: 23,
    });
    expect(parseSchedule({kind: 'off'})).toEqual({kind: 'off'});
  });

  it.each([
    [{kind: 'daily', hour: 24}, 'La hora "24" no es válida'],
    [{kind: 'daily', hour: 7.5}, 'La hora "7.5" no es válida'],
    [
      {kind: 'weekly', weekday: 'LUNES', hour: 7},
      'El día de la semana "LUNES" no es válido',
    ],
    [
      {kind: 'monthly', day: 31, hour: 7},
      'El día del mes "31" no es válido: elija del 1 al 28',
    ],
    [
      {kind: 'hourly', hour: 7},
      'El tipo de programación "hourly" no es válido',
    ],
    [null, 'falta el tipo'],
  ])('refuses %j in Spanish', (input, message) => {
    expect(() => parseSchedule(input)).toThrow(ScheduleError);
    expect(() => parseSchedule(input)).toThrow(message);
  });
});

describe('triggerSteps', () => {
  it('maps each kind to ClockTriggerBuilder calls in the time zone', () => {
    expect(triggerSteps({kind: 'daily', hour: 7}, TZ)).toEqual([
      {method: 'everyDays', arg: 1},
      {method: 'atHour', arg: 7},
      {method: 'inTimezone', arg: TZ},
    ]);
    expect(
      triggerSteps({kind: 'weekly', weekday: 'FRIDAY', hour: 6}, TZ)[0],
    ).toEqual({
      method: 'onWeekDay',
      arg: 'FRIDAY',
    });
    expect(triggerSteps({kind: 'monthly', day: 1, hour: 6}, TZ)[0]).toEqual({
      method: 'onMonthDay',
      arg: 1,
    });
    expect(triggerSteps({kind: 'off'}, TZ)).toEqual([]);
  });
});

describe('describeSchedule', () => {
  it('words each schedule in Spanish', () => {
    expect(
      describeSchedule({kind: 'weekly', weekday: 'MONDAY', hour: 7}, TZ),
    ).toBe(
      'Todos los lunes entre las 7:00 y las 8:00 (hora de Colombia; Google elige el minuto).',
    );
    expect(describeSchedule({kind: 'monthly', day: 5, hour: 23}, TZ)).toContain(
      'El día 5 de cada mes entre las 23:00 y las 0:00',
    );
  });
  it("explains the platform's one-trigger rule", () => {
    expect(secondTriggerMessage('Todos los días')).toContain(
      'un solo activador por tiempo por usuario y por documento',
    );
  });
});
