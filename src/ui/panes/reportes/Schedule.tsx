// Reportes' "Programación": shows, installs, changes and removes the one time-driven trigger.
import {useEffect, useState} from 'preact/hooks';
import type {
  ReportOptions,
  ScheduleInfo,
  ScheduleSpec,
} from '../../../common/report-api';
import {call} from '../../call';
import {useAsync} from '../../useAsync';
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';
import {OptionsForm} from './OptionsForm';
import {WhenFields} from './WhenFields';

/** The installed schedule's description, the form, and Programar / Guardar cambios / Quitar. */
export function Schedule() {
  const load = useAsync<ScheduleInfo>();
  const save = useAsync<ScheduleInfo>();
  const [when, setWhen] = useState<ScheduleSpec>({
    kind: 'weekly',
    weekday: 'MONDAY',
    hour: 7,
  });
  const [options, setOptions] = useState<ReportOptions>({});

  const fetch = () => void load.run(() => call('getSchedule'));
  useEffect(fetch, []);

  const info = save.data ?? load.data;
  // The form starts from the installed schedule, so a change is one edit and "Guardar cambios".
  useEffect(() => {
    if (!info?.installed || info.when.kind === 'off') return;
    setWhen(info.when);
    setOptions(info.options);
  }, [info]);
  const store = async (w: ScheduleSpec) => {
    const r = await save.run(() => call('setSchedule', {when: w, options}));
    // The answer is the schedule now; after a refusal, what is installed is read again.
    if (r) load.reset();
    else fetch();
  };

  return (
    <section class="stack" aria-label="Programación">
      <h2>Programación</h2>
      {load.loading && !info && <Spinner label="Leyendo la programación…" />}
      {load.error && <ErrorBox message={load.error} onRetry={fetch} />}
      {info && (
        <p
          data-testid="schedule-description"
          class={info.installed ? 'ok' : 'muted'}
        >
          {info.description}
        </p>
      )}
      <WhenFields when={when} setWhen={setWhen} />
      <OptionsForm value={options} onChange={setOptions} idPrefix="sch" />
      <p class="small muted">
        Google permite un solo informe programado por persona en cada documento,
        y como máximo una ejecución por hora.
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={save.loading}
          onClick={() => void store(when)}
        >
          {info?.installed ? 'Guardar cambios' : 'Programar'}
        </button>
        {info?.installed && (
          <button
            type="button"
            class="secondary"
            disabled={save.loading}
            onClick={() => void store({kind: 'off'})}
          >
            Quitar programación
          </button>
        )}
      </div>
      {save.error && <ErrorBox message={save.error} />}
    </section>
  );
}
