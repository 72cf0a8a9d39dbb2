// Consultar pane: the Master query form (tab, NITs with client names, codes, dates, text) and its results.
import {Diagnostics} from '../../components/Diagnostics';
import {useEffect, useMemo, useRef, useState} from 'preact/hooks';
import {
  CONSOLIDATED_TAB,
  type DateFieldKey,
  type ExportResult,
  type FilterOptions,
  type InvoicePage,
  type InvoiceQuery,
} from '../../../shared/master-api';
import {call} from '../../call';
import {countText} from '../../../shared/plural';
import {formatCount, formatDate} from '../../format';
import {loadState, saveState} from '../../storage';
import {compareNatural} from '../../text';
import {useAsync} from '../../useAsync';
import {useShared} from '../../shared-state';
import {ErrorBox} from '../../components/ErrorBox';
import {MultiSelect, type Option} from '../../components/MultiSelect';
import {Pager} from '../../components/Pager';
import {Spinner} from '../../components/Spinner';
import {CurrencyTotals} from '../../components/CurrencyTotals';
import {ResultRow} from '../../components/ResultRow';

const PAGE_SIZE = 25;
/** Wait after the last change of tab or NITs before asking for the filter choices again. */
const OPTIONS_DELAY_MS = 400;

/** The form as the user fills it (kept for the browser session). */
interface FormState {
  tab: string;
  nits: string[];
  desembolsos: string[];
  dateField: DateFieldKey;
  from: string;
  to: string;
  text: string;
}

const EMPTY_FORM: FormState = {
  tab: CONSOLIDATED_TAB,
  nits: [],
  desembolsos: [],
  dateField: 'issueDate',
  from: '',
  to: '',
  text: '',
};

/** The query a form asks for (empty parts left out). */
function toQuery(f: FormState, page: number): InvoiceQuery {
  const q: InvoiceQuery = {tab: f.tab, page, pageSize: PAGE_SIZE};
  if (f.nits.length) q.nits = f.nits;
  if (f.desembolsos.length) q.desembolsos = f.desembolsos;
  if (f.from || f.to) q.dateField = f.dateField;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.text.trim()) q.text = f.text.trim();
  return q;
}

/** The query form and its paged results; the last query is re-run when the sidebar reopens. */
export function Consultar() {
  const shared = useShared();
  const [form, setFormState] = useState<FormState>(() => ({
    ...EMPTY_FORM,
    ...loadState<Partial<FormState>>('consultar.form', {}),
  }));
  const options = useAsync<FilterOptions>();
  const results = useAsync<InvoicePage>();
  const exported = useAsync<ExportResult>();
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const setForm = (patch: Partial<FormState>) => {
    const next = {...form, ...patch};
    setFormState(next);
    saveState('consultar.form', next);
  };

  // Choices depend on the tab and the NITs picked (codes are narrowed to those NITs).
  const nitKey = form.nits.join('|');
  const loadOptions = () =>
    void options.run(() =>
      call('listFilterOptions', {tab: form.tab, nits: form.nits}),
    );
  useEffect(() => {
    // Picking several NITs in a row asks once, after the last pick.
    const timer = setTimeout(loadOptions, OPTIONS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form.tab, nitKey]);

  const runQuery = async (query: InvoiceQuery, focusResults: boolean) => {
    shared.setQuery({...query, page: 0});
    const page = await results.run(() => call('queryInvoices', query));
    if (page && focusResults) resultsHeading.current?.focus();
  };
  // Reopened sidebar: show the last results again (the server answers from its snapshot).
  useEffect(() => {
    if (shared.query)
      void runQuery(
        {...shared.query, page: loadState('consultar.page', 0)},
        false,
      );
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    saveState('consultar.page', 0);
    exported.reset();
    void runQuery(toQuery(form, 0), true);
  };
  const goToPage = (page: number) => {
    if (!shared.query) return;
    saveState('consultar.page', page);
    void runQuery({...shared.query, page}, true);
  };
  const clear = () => {
    setForm(EMPTY_FORM);
    results.reset();
    exported.reset();
    shared.setQuery(null);
    shared.setPicked([]);
  };

  const opts = options.data;
  const nitOptions = useMemo<Option[]>(
    () =>
      (opts?.nits ?? [])
        .map(n => ({
          value: n.nit,
          label: n.client ? `${n.client} · ${n.nitWithDv}` : n.nitWithDv,
          hint: `(${formatCount(n.count)})`,
        }))
        .sort((a, b) => compareNatural(a.label, b.label)),
    [opts],
  );
  const codeOptions = useMemo<Option[]>(
    () =>
      (opts?.desembolsos ?? [])
        .map(d => ({
          value: d.code,
          label: d.code,
          hint: `(${formatCount(d.count)})`,
        }))
        .sort((a, b) => compareNatural(a.label, b.label)),
    [opts],
  );
  const dateFields = opts?.dateFields ?? [];
  const range = dateFields.find(d => d.key === form.dateField);
  const page = results.data;

  return (
    <div>
      <form
        class="stack"
        onSubmit={submit}
        aria-label="Consulta del Master"
        data-testid="query-form"
      >
        <div class="field">
          <label for="q-tab">Hoja</label>
          <select
            id="q-tab"
            value={form.tab}
            onChange={e =>
              setForm({tab: (e.target as HTMLSelectElement).value})
            }
          >
            <option value={CONSOLIDATED_TAB}>
              Consolidado (todas las hojas)
            </option>
            {(opts?.tabs ?? [])
              .filter(t => t.name !== CONSOLIDATED_TAB)
              .map(t => (
                <option key={t.name} value={t.name}>
                  {t.name} ({formatCount(t.rows)})
                </option>
              ))}
          </select>
        </div>
        <MultiSelect
          id="q-nits"
          label="NIT / cliente"
          placeholder="Escriba nombre o NIT…"
          options={nitOptions}
          selected={form.nits}
          onChange={nits => setForm({nits, desembolsos: []})}
        />
        <MultiSelect
          id="q-codes"
          label="Código del desembolso"
          placeholder={
            form.nits.length
              ? 'Códigos de los NIT elegidos…'
              : 'Escriba parte del código…'
          }
          options={codeOptions}
          selected={form.desembolsos}
          onChange={desembolsos => setForm({desembolsos})}
        />
        {options.loading && <Spinner label="Cargando opciones…" />}
        {options.error && (
          <ErrorBox message={options.error} onRetry={loadOptions} />
        )}
        <div class="field">
          <label for="q-datefield">Rango sobre</label>
          <select
            id="q-datefield"
            value={form.dateField}
            onChange={e =>
              setForm({
                dateField: (e.target as HTMLSelectElement)
                  .value as DateFieldKey,
              })
            }
          >
            {(dateFields.length
              ? dateFields
              : [{key: 'issueDate', label: 'Fecha factura'}]
            ).map(d => (
              <option key={d.key} value={d.key}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div class="row2">
          <div class="field">
            <label for="q-from">Desde</label>
            <input
              id="q-from"
              type="date"
              value={form.from}
              onInput={e =>
                setForm({from: (e.target as HTMLInputElement).value})
              }
            />
          </div>
          <div class="field">
            <label for="q-to">Hasta</label>
            <input
              id="q-to"
              type="date"
              value={form.to}
              onInput={e => setForm({to: (e.target as HTMLInputElement).value})}
            />
          </div>
        </div>
        {range?.min && range.max && (
          <p class="muted small" id="q-range-hint">
            El Master tiene fechas del {formatDate(range.min)} al{' '}
            {formatDate(range.max)}.
          </p>
        )}
        <div class="field">
          <label for="q-text">Texto libre</label>
          <input
            id="q-text"
            type="search"
            placeholder="Factura, cliente, estado…"
            value={form.text}
            onInput={e => setForm({text: (e.target as HTMLInputElement).value})}
          />
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={results.loading}>
            Consultar
          </button>
          <button type="button" class="secondary" onClick={clear}>
            Limpiar
          </button>
        </div>
      </form>

      {results.loading && <Spinner label="Consultando el Master…" />}
      {results.error && (
        <ErrorBox message={results.error} onRetry={results.retry} />
      )}
      {page && (
        <section aria-labelledby="q-results" data-testid="results">
          <h3 id="q-results" tabIndex={-1} ref={resultsHeading} class="summary">
            <span data-testid="result-count">
              {countText(page.total, {one: 'factura', other: 'facturas'})}
            </span>
          </h3>
          <p class="muted small break">
            {page.source.name}
            {page.source.fromCache && ' · desde la copia en caché'}
          </p>
          {page.source.warnings.map(w => (
            <p class="notice small" key={w}>
              {w}
            </p>
          ))}
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
              onClick={() =>
                shared.query &&
                void exported.run(() =>
                  call('exportQuery', {...shared.query!, page: 0}),
                )
              }
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
            onPage={goToPage}
            disabled={results.loading}
          />
        </section>
      )}
    </div>
  );
}

/** Where the export went: the new tab and the .xlsx link. */
function ExportDone({result}: {result: ExportResult}) {
  return (
    <div class="ok-box" role="status" data-testid="export-done">
      <p>
        {countText(result.rows, {
          one: 'fila exportada',
          other: 'filas exportadas',
        })}{' '}
        a la hoja «{result.sheetName}».
      </p>
      {result.fileUrl && (
        <p>
          <a href={result.fileUrl} target="_blank" rel="noopener noreferrer">
            Abrir {result.fileName}
          </a>
        </p>
      )}
      {result.warnings.map(w => (
        <p class="notice small" key={w}>
          {w}
        </p>
      ))}
    </div>
  );
}
