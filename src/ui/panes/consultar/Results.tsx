// The Consultar pane's results: count, source, totals, diagnostics, Exportar, the rows and the pager.
import type {InvoicePage} from '../../../common/master-api';
import {countText} from '../../../common/plural';
import {useShared} from '../../shared-state';
import {CurrencyTotals} from '../../components/CurrencyTotals';
import {Diagnostics} from '../../components/Diagnostics';
import {ErrorBox} from '../../components/ErrorBox';
import {Pager} from '../../components/Pager';
import {ResultRow} from '../../components/ResultRow';
import {Spinner} from '../../components/Spinner';
import {ExportDone} from './ExportDone';
import type {ConsultarState} from './useConsultar';
import {Notices} from '../../components/Notices';

/** One page of results; every text from the sheet is rendered as text. */
export function Results({
  page,
  state,
}: {
  page: InvoicePage;
  state: ConsultarState;
}) {
  const shared = useShared();
  const {exported} = state;
  return (
    <section aria-labelledby="q-results" data-testid="results">
      <h3
        id="q-results"
        tabIndex={-1}
        ref={state.resultsHeading}
        class="summary"
      >
        <span data-testid="result-count">
          {countText(page.total, {one: 'factura', other: 'facturas'})}
        </span>
      </h3>
      <p class="muted small break">
        {page.source.name}
        {page.source.fromCache && ' · desde la copia en caché'}
      </p>
      <Notices texts={page.source.warnings} />
      <CurrencyTotals totals={page.totals} columns={page.amountColumns} />
      <Diagnostics
        diagnostics={page.diagnostics}
        diagnosticCount={page.diagnosticCount}
        skipped={page.skipped}
        skippedCount={page.skippedCount}
      />
      <div class="actions">
        <button
          type="button"
          class="secondary"
          disabled={exported.loading || page.total === 0 || !shared.query}
          onClick={state.exportQuery}
        >
          Exportar
        </button>
        {shared.picked.length > 0 && (
          <span class="muted small">
            {countText(shared.picked.length, {
              one: 'marcada para PDF',
              other: 'marcadas para PDF',
            })}
          </span>
        )}
      </div>
      {exported.loading && (
        <Spinner label="Exportando a una hoja nueva y a .xlsx…" />
      )}
      {exported.error && (
        <ErrorBox message={exported.error} onRetry={exported.retry} />
      )}
      {exported.data && <ExportDone result={exported.data} />}
      <ul class="plain" aria-label="Facturas">
        {page.rows.map(r => (
          <ResultRow
            key={`${r.tab}:${r.row}`}
            row={r}
            canGoToRow={page.source.isActive}
            columns={page.amountColumns}
          />
        ))}
      </ul>
      <Pager
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        onPage={state.goToPage}
        disabled={state.results.loading}
      />
    </section>
  );
}
