// What the add-on detected in the Master (per tab: header row, column of each field, what is missing),
// shown under the header mapping in Configuración so users can check it against their settings.
import {Diagnostics} from './Diagnostics';
import type {MasterOverview} from '../../common/master-api';
import {call} from '../call';
import {countText} from '../../common/plural';
import {formatCount} from '../format';
import {useAsync} from '../useAsync';
import {ErrorBox} from './ErrorBox';
import {Spinner} from './Spinner';
import {Notices} from './Notices';

/** A button that reads the Master's overview (on demand: it reads the sheet) and shows it. */
export function MasterDetected() {
  const overview = useAsync<MasterOverview>();
  const load = () => void overview.run(() => call('getOverview'));
  const o = overview.data;
  return (
    <div class="detected" data-testid="master-detected">
      <button
        type="button"
        class="secondary"
        onClick={load}
        disabled={overview.loading}
      >
        {o ? 'Volver a detectar' : 'Ver lo detectado en el Master'}
      </button>
      {overview.loading && (
        <Spinner label="Leyendo los encabezados del Master…" />
      )}
      {overview.error && <ErrorBox message={overview.error} onRetry={load} />}
      {o && (
        <div>
          <p class="small break">
            Master: {o.source.name}
            {o.source.isActive && ' (esta hoja de cálculo)'}
          </p>
          <Notices texts={o.source.warnings} />
          {o.tabs.map(t => (
            <details key={t.name} open={t.missingFields.length > 0}>
              <summary>
                {t.name}: encabezados en la fila {formatCount(t.headerRow)},{' '}
                {countText(t.rows, {one: 'fila', other: 'filas'})}
              </summary>
              <ul class="plain small">
                {t.fields.map(f => (
                  <li key={f.key} class="row-item">
                    <span>{f.label}</span>
                    <span class="muted break">
                      {f.column} «{f.header}»
                    </span>
                  </li>
                ))}
              </ul>
              {t.missingFields.length > 0 && (
                <p class="small warn">
                  Sin columna para: {t.missingFields.join(', ')}
                </p>
              )}
              {t.skipped > 0 && (
                <p class="small muted">
                  {countText(t.skipped, {
                    one: 'fila omitida (vacía o subtotal).',
                    other: 'filas omitidas (vacías o subtotales).',
                  })}
                </p>
              )}
            </details>
          ))}
          <Diagnostics
            diagnostics={o.diagnostics}
            diagnosticCount={o.diagnosticCount}
            skipped={o.skipped}
            skippedCount={o.skippedCount}
          />
        </div>
      )}
    </div>
  );
}
