// The PDFs pane's form: where the invoices come from (pasted list, query, ticked rows, selection) and "Buscar PDF".
import {formatCount} from '../../format';
import {useShared} from '../../shared-state';
import type {PdfsState, Source} from './usePdfs';

/** The four sources, in the order shown. */
const SOURCES: {key: Source; label: (picked: number) => string}[] = [
  {key: 'paste', label: () => 'Pegar una lista'},
  {key: 'query', label: () => 'Las de la consulta actual'},
  {
    key: 'picked',
    label: picked => `Las marcadas en Consultar (${formatCount(picked)})`,
  },
  {key: 'selection', label: () => 'Las celdas seleccionadas en la hoja'},
];

/** The source radios, the pasted list and the search button. */
export function Form({pdfs}: {pdfs: PdfsState}) {
  const shared = useShared();
  const {source, setSource, pasted, setPasted} = pdfs;
  return (
    <form
      class="stack"
      onSubmit={pdfs.search}
      aria-label="Buscar PDF de facturas"
    >
      <fieldset>
        <legend>Facturas a buscar</legend>
        {SOURCES.map(s => (
          <label class="radio" key={s.key}>
            <input
              type="radio"
              name="pdf-source"
              checked={source === s.key}
              onChange={() => setSource(s.key)}
            />
            {s.label(shared.picked.length)}
          </label>
        ))}
        {source === 'paste' && (
          <div class="field">
            <label for="pdf-list">
              Números de factura (cualquier separador)
            </label>
            <textarea
              id="pdf-list"
              rows={5}
              placeholder={'FE10555\nfe-010556, ITPA5678'}
              value={pasted}
              onInput={e => setPasted((e.target as HTMLTextAreaElement).value)}
            />
          </div>
        )}
        {source === 'query' && !shared.query && (
          <p class="muted small">
            Aún no hay consulta: use la pestaña Consultar.
          </p>
        )}
        {source === 'picked' && shared.picked.length === 0 && (
          <p class="muted small">
            Marque facturas en los resultados de Consultar.
          </p>
        )}
      </fieldset>
      <div class="actions">
        <button
          type="submit"
          class="primary"
          disabled={pdfs.found.loading || !pdfs.canSearch}
        >
          Buscar PDF
        </button>
      </div>
    </form>
  );
}
