// Reportes' schedule fields: frequency, hour, and the weekday or day of the month it needs.
import type {ScheduleSpec, WeekdayKey} from '../../../common/report-api';
import {MAX_MONTH_DAY, WEEKDAYS} from '../../../common/report-api';
import {TextField} from '../../components/TextField';

/** The schedule of a kind, keeping the hour chosen. */
function defaultWhen(kind: ScheduleSpec['kind'], hour: number): ScheduleSpec {
  switch (kind) {
    case 'off':
      return {kind: 'off'};
    case 'daily':
      return {kind: 'daily', hour};
    case 'weekly':
      return {kind: 'weekly', weekday: 'MONDAY', hour};
    case 'monthly':
      return {kind: 'monthly', day: 1, hour};
  }
}

/** The fields of "when" the report runs. */
export function WhenFields({
  when,
  setWhen,
}: {
  when: ScheduleSpec;
  setWhen: (w: ScheduleSpec) => void;
}) {
  const hour = when.kind === 'off' ? 7 : when.hour;
  return (
    <>
      <div class="row2">
        <div class="field">
          <label for="sch-kind">Frecuencia</label>
          <select
            id="sch-kind"
            value={when.kind}
            onChange={e =>
              setWhen(
                defaultWhen(
                  (e.target as HTMLSelectElement).value as ScheduleSpec['kind'],
                  hour,
                ),
              )
            }
          >
            <option value="daily">Diaria</option>
            <option value="weekly">Semanal</option>
            <option value="monthly">Mensual</option>
          </select>
        </div>
        <div class="field">
          <label for="sch-hour">Hora</label>
          <select
            id="sch-hour"
            value={String(hour)}
            onChange={e => {
              const h = Number((e.target as HTMLSelectElement).value);
              if (when.kind !== 'off') setWhen({...when, hour: h});
            }}
          >
            {Array.from({length: 24}, (_, h) => (
              <option value={String(h)} key={h}>
                {`${h}:00`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {when.kind === 'weekly' && (
        <div class="field">
          <label for="sch-weekday">Día de la semana</label>
          <select
            id="sch-weekday"
            value={when.weekday}
            onChange={e =>
              setWhen({
                ...when,
                weekday: (e.target as HTMLSelectElement).value as WeekdayKey,
              })
            }
          >
            {WEEKDAYS.map(d => (
              <option value={d.key} key={d.key}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {when.kind === 'monthly' && (
        <TextField
          id="sch-day"
          label={`Día del mes (1 a ${MAX_MONTH_DAY})`}
          type="number"
          min={1}
          max={MAX_MONTH_DAY}
          value={when.day}
          onInput={day => setWhen({...when, day: Number(day)})}
        />
      )}
    </>
  );
}
