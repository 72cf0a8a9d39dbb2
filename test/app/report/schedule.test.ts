import {getSchedule, setSchedule} from '../../../src/app/report/schedule';
import {fakeTriggers} from './fakes';

function ports() {
  const {triggers, store} = fakeTriggers();
  return {
    triggers,
    store,
    timeZone: 'America/Bogota',
    handler: 'runScheduledReport',
  };
}

describe('schedule use cases', () => {
  it('installs one trigger with the builder steps and shows it', () => {
    const p = ports();
    const info = setSchedule(p, {
      when: {kind: 'weekly', weekday: 'MONDAY', hour: 7},
      options: {sendEmail: true},
    });
    expect(info.installed).toBe(true);
    expect(info.description).toContain(
      'Todos los lunes entre las 7:00 y las 8:00',
    );
    expect(p.triggers.list).toEqual([
      {
        id: 't1',
        handler: 'runScheduledReport',
        steps: [
          {method: 'onWeekDay', arg: 'MONDAY'},
          {method: 'atHour', arg: 7},
          {method: 'inTimezone', arg: 'America/Bogota'},
        ],
      },
    ]);
    expect(getSchedule(p)).toMatchObject({
      installed: true,
      when: {kind: 'weekly'},
      options: {sendEmail: true},
    });
  });

  it('changes the schedule in place: daily 7:00 to 8:00 replaces the one trigger and its settings', () => {
    const p = ports();
    setSchedule(p, {
      when: {kind: 'daily', hour: 7},
      options: {sendEmail: true},
    });
    const info = setSchedule(p, {when: {kind: 'daily', hour: 8}});
    expect(info.description).toContain(
      'Todos los días entre las 8:00 y las 9:00',
    );
    expect(p.triggers.list).toEqual([
      {
        id: 't2',
        handler: 'runScheduledReport',
        steps: [
          {method: 'everyDays', arg: 1},
          {method: 'atHour', arg: 8},
          {method: 'inTimezone', arg: 'America/Bogota'},
        ],
      },
    ]);
    expect([...p.store.map.keys()]).toEqual(['t2']);
    expect(getSchedule(p)).toMatchObject({
      installed: true,
      when: {kind: 'daily', hour: 8},
      options: {sendEmail: false},
    });
  });

  it('keeps the old schedule when the new trigger cannot be created', () => {
    const p = ports();
    setSchedule(p, {when: {kind: 'daily', hour: 7}});
    const create = p.triggers.create;
    let calls = 0;
    p.triggers.create = (handler, steps) => {
      if (++calls === 1) throw new Error('Service unavailable: Triggers');
      return create(handler, steps);
    };
    expect(() => setSchedule(p, {when: {kind: 'daily', hour: 8}})).toThrow(
      'No se pudo crear la programación: Service unavailable: Triggers',
    );
    expect(p.triggers.list).toHaveLength(1);
    expect(getSchedule(p)).toMatchObject({
      installed: true,
      when: {kind: 'daily', hour: 7},
    });
  });

  it("refuses when another handler's time-driven trigger holds the one place, naming it", () => {
    const p = ports();
    p.triggers.list.push({id: 'x', handler: 'otraFuncion', steps: []});
    expect(() => setSchedule(p, {when: {kind: 'daily', hour: 9}})).toThrow(
      /un solo activador por tiempo por usuario y por documento.*la función otraFuncion/,
    );
    expect(p.triggers.list).toHaveLength(1);
  });

  it("translates the platform's own refusal", () => {
    const p = ports();
    p.triggers.clockTriggers = () => [];
    p.triggers.list.push({id: 'x', handler: 'other', steps: []});
    expect(() => setSchedule(p, {when: {kind: 'daily', hour: 9}})).toThrow(
      'un solo activador por tiempo por usuario y por documento',
    );
  });

  it('removes the trigger and its stored schedule', () => {
    const p = ports();
    setSchedule(p, {when: {kind: 'monthly', day: 1, hour: 5}});
    const info = setSchedule(p, {when: {kind: 'off'}});
    expect(info.installed).toBe(false);
    expect(p.triggers.list).toHaveLength(0);
    expect(p.store.map.size).toBe(0);
    expect(getSchedule(p).when).toEqual({kind: 'off'});
  });

  it('validates before touching triggers', () => {
    const p = ports();
    expect(() => setSchedule(p, {when: {kind: 'daily', hour: 25}})).toThrow(
      'La hora "25" no es válida',
    );
    expect(() =>
      setSchedule(p, {
        when: {kind: 'daily', hour: 5},
        options: {reports: ['x']},
      }),
    ).toThrow('"x" no es un informe');
    expect(p.triggers.list).toHaveLength(0);
  });
});
