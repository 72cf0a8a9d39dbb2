// The outcome of the last report run: its message, links to the tabs, notices and key figures.
import type {ReportRunResult} from '../../../common/report-api';
import {formatCount, formatMoney} from '../../format';
import {Notices} from '../../components/Notices';

/** The result of the last run: message, links to the tabs, notices and key figures. */
export function RunResult({result}: {result: ReportRunResult}) {
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
      <Notices texts={result.notices} />
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
