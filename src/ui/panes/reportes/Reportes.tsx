// Reportes pane: generate the report tabs now, schedule them (one time-driven trigger), see past runs.
import {useEffect, useState} from 'preact/hooks';
import type {
  ReportHistoryEntry,
  ReportKind,
  ReportOptions,
  ReportRunResult,
  ScheduleInfo,
  ScheduleSpec,
  WeekdayKey,
} from '../../../shared/report-api';
import {MAX_MONTH_DAY, WEEKDAYS} from '../../../shared/report-api';
import {REPORT_KINDS} from '../../../shared/report-kinds';
import {call} from '../../call';
import {formatCount, formatDateTime, formatMoney} from '../../format';
import {errorMessage, useAsync} from '../../useAsync';
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';

/** Executions chained automatically when a run saves its progress (each is at most 6 minutes). */
const MAX_AUTO_RUNS = 5;

const OUTCOME: Record<ReportHistoryEntry['outcome'], string> = {
  ok: 'Completo',
  partial: 'Parcial',
  skipped: 'Omitido',
  error: 'Error',
};

/** The options form shared by "generate now" and the schedule. */
function OptionsForm({
  value,
  onChange,
  idPrefix,
}: {
  value: ReportOptions;
  onChange: (v: ReportOptions) => void;
  idPrefix: string;
}) {
  const reports: ReportKind[] = value.reports ?? REPORT_KINDS.map(k => k.id);
  const toggle = (key: ReportKind) =>
    onChange({
      ...value,
      reports: reports.includes(key)
        ? reports.filter(r => r !== key)
        : [...reports, key],
    });
  return (
    <fieldset>
      <legend>Contenido</legend>
      {REPORT_KINDS.map(k => (
        <label class="checkbox" key={k.id}>
          <input
            type="checkbox"
            checked={reports.includes(k.id)}
            onChange={() => toggle(k.id)}
          />
          <span>{k.label}</span>
        </label>
      ))}
      <label class="radio">
        <input
          type="radio"
          name={`${idPrefix}-old`}
          checked={(value.oldTabs ?? 'replace') === 'replace'}
          onChange={() => onChange({...value, oldTabs: 'replace'})}
        />
        <span>Reemplazar las hojas del informe anterior</span>
      </label>
      <label class="radio">
        <input
          type="radio"
          name={`${idPrefix}-old`}
          checked={value.oldTabs === 'keep-dated'}
          onChange={() => onChange({...value, oldTabs: 'keep-dated'})}
        />
        <span>Conservar las anteriores con su fecha</span>
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={value.sendEmail === true}
          onChange={e =>
            onChange({
              ...value,
              sendEmail: (e.target as HTMLInputElement).checked,
            })
          }
        />
        <span>
          Enviar el resumen por correo a los destinatarios de Configuración
        </span>
      </label>
      <div class="field">
        <label for={`${idPrefix}-export`}>
          Copia en la carpeta de exportación
        </label>
        <select
          id={`${idPrefix}-export`}
          value={value.exportFormat ?? 'none'}
          onChange={e =>
            onChange({
              ...value,
              exportFormat: (e.target as HTMLSelectElement)
                .value as ReportOptions['exportFormat'],
            })
          }
        >
          <option value="none">Ninguna</option>
          <option value="xlsx">Excel (.xlsx)</option>
          <option value="pdf">PDF</option>
        </select>
      </div>
    </fieldset>
  );
}

/** The result of the last run: message, links to the tabs, notices and key figures. */
function RunResult({result}: {result: ReportRunResult}) {
  return (
    <div role="status" data-testid="report-result" data-state={result.status}>
      <p class={result.status === 'done' ? 'ok' : ''}>{result.message}</p>
      <ul class="plain">
        {result.tabs.map(t => (
          <li key={t.id}>
            <a href={t.url} target="_top">
              {t.name}
            </a>
          </li>
        ))}
      </ul>
      {result.notices.map(n => (
        <p class="notice small" key={n}>
          {n}
        </p>
      ))}
      {result.figures && (
        <dl class="totals" aria-label="Cifras del informe">
          <div class="total">
            <dt>Filas del Master</dt>
            <dd>{formatCount(result.figures.rows)}</dd>
          </div>
          {result.figures.totals.map(t => (
            <div class="total" key={t.currency}>
              <dt>Facturado {t.currency}</dt>
              <dd>{formatMoney(t.amount, t.currency)}</dd>
            </div>
          ))}
          <div class="total">
            <dt>Hallazgos de calidad</dt>
            <dd>{formatCount(result.figures.qualityFindings)}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}

/** "Generar ahora": runs the report, continuing automatically while the server saves progress. */
function GenerateNow() {
  const [options, setOptions] = useState<ReportOptions>({});
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ReportRunResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const generate = async () => {
    setRunning(true);
    setError(null);
    setResult(null); // this run's outcome replaces the last one's
    try {
      let next: ReportOptions = {...options, restart: true};
      for (let run = 0; run < MAX_AUTO_RUNS; run++) {
        const r = await call('generateReport', next);
        setResult(r);
        if (r.status === 'done') break;
        next = {...options, restart: false};
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="stack" aria-label="Generar ahora">
      <h2>Generar ahora</h2>
      <OptionsForm value={options} onChange={setOptions} idPrefix="now" />
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={running || (options.reports?.length ?? 1) === 0}
          onClick={() => void generate()}
        >
          Generar informe
        </button>
      </div>
      {running && <Spinner label="Generando el informe…" />}
      {error && <ErrorBox message={error} onRetry={() => void generate()} />}
      {!running && result && <RunResult result={result} />}
    </section>
  );
}

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

/** "Programación": shows, installs, changes and removes the one time-driven trigger. */
function Schedule() {
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
  const hour = when.kind === 'off' ? 7 : when.hour;
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
                    (e.target as HTMLSelectElement)
                      .value as ScheduleSpec['kind'],
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
          <div class="field">
            <label for="sch-day">Día del mes (1 a {MAX_MONTH_DAY})</label>
            <input
              id="sch-day"
              type="number"
              min={1}
              max={MAX_MONTH_DAY}
              value={when.day}
              onInput={e =>
                setWhen({
                  ...when,
                  day: Number((e.target as HTMLInputElement).value),
                })
              }
            />
          </div>
        )}
        <OptionsForm value={options} onChange={setOptions} idPrefix="sch" />
        <p class="small muted">
          Google permite un solo informe programado por persona en cada
          documento, y como máximo una ejecución por hora.
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
      </>
      {save.error && <ErrorBox message={save.error} />}
    </section>
  );
}

/** "Historial": the latest runs, since scheduled runs send no failure e-mails. */
function History() {
  const history = useAsync<ReportHistoryEntry[]>();
  const fetch = () => void history.run(() => call('getReportHistory'));
  useEffect(fetch, []);
  const rows = history.data ?? [];
  return (
    <section class="stack" aria-label="Historial de ejecuciones">
      <h2>Historial de ejecuciones</h2>
      {history.loading && <Spinner label="Leyendo el historial…" />}
      {history.error && <ErrorBox message={history.error} onRetry={fetch} />}
      {!history.loading && rows.length === 0 && (
        <p class="muted small">Todavía no hay ejecuciones.</p>
      )}
      <ul class="plain" data-testid="report-history">
        {rows.slice(0, 10).map(h => (
          <li key={`${h.at}-${h.origin}`} class="small">
            <strong>{OUTCOME[h.outcome]}</strong> · {formatDateTime(h.at)} ·{' '}
            {h.origin === 'trigger' ? 'Programado' : h.who} ·{' '}
            {h.seconds.toLocaleString('es-CO')} s
            {h.detail && (
              <div class={h.outcome === 'error' ? 'error-text' : 'muted'}>
                {h.detail}
              </div>
            )}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="secondary" onClick={fetch}>
          Actualizar historial
        </button>
      </div>
    </section>
  );
}

/** The Reportes pane. */
export function Reportes() {
  return (
    <div class="stack">
      <GenerateNow />
      <Schedule />
      <History />
    </div>
  );
}
