// The Consultar pane's form: tab, NITs with client names, codes, a date range and free text.
import {useMemo} from 'preact/hooks';
import {CONSOLIDATED_TAB, type DateFieldKey} from '../../../common/master-api';
import {formatCount, formatDate} from '../../format';
import {compareNatural} from '../../text';
import {ErrorBox} from '../../components/ErrorBox';
import {MultiSelect, type Option} from '../../components/MultiSelect';
import {Spinner} from '../../components/Spinner';
import {TextField} from '../../components/TextField';
import type {ConsultarState} from './useConsultar';

/** The query form; its choices come from the Master (listFilterOptions). */
export function Form({state}: {state: ConsultarState}) {
  const {form, setForm, options} = state;
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

  return (
    <form
      class="stack"
      onSubmit={state.submit}
      aria-label="Consulta del Master"
      data-testid="query-form"
    >
      <div class="field">
        <label for="q-tab">Hoja</label>
        <select
          id="q-tab"
          value={form.tab}
          onChange={e => setForm({tab: (e.target as HTMLSelectElement).value})}
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
        <ErrorBox message={options.error} onRetry={state.loadOptions} />
      )}
      <div class="field">
        <label for="q-datefield">Rango sobre</label>
        <select
          id="q-datefield"
          value={form.dateField}
          onChange={e =>
            setForm({
              dateField: (e.target as HTMLSelectElement).value as DateFieldKey,
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
        <TextField
          id="q-from"
          label="Desde"
          type="date"
          value={form.from}
          onInput={from => setForm({from})}
        />
        <TextField
          id="q-to"
          label="Hasta"
          type="date"
          value={form.to}
          onInput={to => setForm({to})}
        />
      </div>
      {range?.min && range.max && (
        <p class="muted small" id="q-range-hint">
          El Master tiene fechas del {formatDate(range.min)} al{' '}
          {formatDate(range.max)}.
        </p>
      )}
      <TextField
        id="q-text"
        label="Texto libre"
        type="search"
        placeholder="Factura, cliente, estado…"
        value={form.text}
        onInput={text => setForm({text})}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={state.results.loading}>
          Consultar
        </button>
        <button type="button" class="secondary" onClick={state.clear}>
          Limpiar
        </button>
      </div>
    </form>
  );
}
