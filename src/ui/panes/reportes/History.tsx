// Reportes' "Historial de ejecuciones": the latest runs, since scheduled runs send no failure e-mails.
import {useEffect} from 'preact/hooks';
import type {ReportHistoryEntry} from '../../../common/report-api';
import {call} from '../../call';
import {formatDateTime} from '../../format';
import {useAsync} from '../../useAsync';
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';

const OUTCOME: Record<ReportHistoryEntry['outcome'], string> = {
  ok: 'Completo',
  partial: 'Parcial',
  skipped: 'Omitido',
  error: 'Error',
};

/** "Historial": the latest runs, since scheduled runs send no failure e-mails. */
export function History() {
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
