// The PDFs pane's results: counts, the status filter, Crear ZIP / Copiar faltantes / Resultados a una hoja, the list.
import {useMemo, useState} from 'preact/hooks';
import type {FindPdfsResult, PdfLookupStatus} from '../../../common/pdf-api';
import {countText} from '../../../common/plural';
import {formatCount} from '../../format';
import {CopyButton} from '../../components/CopyButton';
import {ErrorBox} from '../../components/ErrorBox';
import {Pager} from '../../components/Pager';
import {PdfLookup, STATUS_LABELS} from '../../components/PdfLookup';
import {ProgressBar} from '../../components/ProgressBar';
import {Spinner} from '../../components/Spinner';
import type {PdfsState} from './usePdfs';
import {ZipDone} from './ZipDone';
import {Notices} from '../../components/Notices';

const SHOWN_PER_PAGE = 20;
const STATUSES = Object.keys(STATUS_LABELS) as PdfLookupStatus[];
/** "1 encontrada · 2 faltantes": the counts line, in the order of STATUS_LABELS. */
const STATUS_COUNTS: Record<PdfLookupStatus, {one: string; other: string}> = {
  found: {one: 'encontrada', other: 'encontradas'},
  duplicate: {one: 'duplicada', other: 'duplicadas'},
  missing: {one: 'faltante', other: 'faltantes'},
  suspicious: {one: 'sospechosa', other: 'sospechosas'},
};

/** One search's results; mounted afresh for each search, so its filter and page start over. */
export function Results({
  result,
  pdfs,
}: {
  result: FindPdfsResult;
  pdfs: PdfsState;
}) {
  const {zip, sheet} = pdfs;
  const [filter, setFilter] = useState<PdfLookupStatus | 'all'>('all');
  const [page, setPage] = useState(0);
  const visible = useMemo(
    () => result.results.filter(r => filter === 'all' || r.status === filter),
    [result, filter],
  );
  const missing = result.results
    .filter(r => r.status === 'missing')
    .map(r => r.invoice);
  const zippable =
    result.counts.found + result.counts.duplicate + result.counts.suspicious;

  return (
    <section aria-labelledby="pdf-results" data-testid="pdf-results">
      <h3 id="pdf-results">Resultado</h3>
      <Notices texts={result.messages} />
      <div class="field">
        <label for="pdf-filter">Mostrar</label>
        <select
          id="pdf-filter"
          value={filter}
          onChange={e => {
            setFilter(
              (e.target as HTMLSelectElement).value as PdfLookupStatus | 'all',
            );
            setPage(0);
          }}
        >
          <option value="all">
            Todas ({formatCount(result.results.length)})
          </option>
          {STATUSES.map(s => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}s ({formatCount(result.counts[s])})
            </option>
          ))}
        </select>
      </div>
      <p class="small" data-testid="pdf-counts">
        {STATUSES.map(s => countText(result.counts[s], STATUS_COUNTS[s])).join(
          ' · ',
        )}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={zip.loading || zippable === 0}
          onClick={pdfs.makeZip}
        >
          Crear ZIP
        </button>
        <CopyButton
          text={missing.join('\n')}
          label={`Copiar faltantes (${formatCount(missing.length)})`}
        />
        <button
          type="button"
          class="secondary"
          disabled={sheet.loading}
          onClick={pdfs.writeSheet}
        >
          Resultados a una hoja
        </button>
      </div>
      {zip.loading && (
        <ProgressBar
          label={pdfs.zipJob?.message ?? 'Creando el ZIP en Drive'}
          done={pdfs.zipJob?.filesDone}
          total={pdfs.zipJob?.filesTotal}
        />
      )}
      {zip.error && <ErrorBox message={zip.error} onRetry={zip.retry} />}
      {zip.data && <ZipDone result={zip.data} />}
      {sheet.loading && <Spinner label="Escribiendo la hoja de resultados…" />}
      {sheet.error && <ErrorBox message={sheet.error} onRetry={sheet.retry} />}
      {sheet.data && (
        <p class="ok" role="status">
          {countText(sheet.data.rows, {one: 'fila', other: 'filas'})} en la hoja
          «{sheet.data.sheetName}».
        </p>
      )}
      <ul class="plain" aria-label="Facturas buscadas">
        {visible
          .slice(page * SHOWN_PER_PAGE, (page + 1) * SHOWN_PER_PAGE)
          .map(r => (
            <li class="card" key={r.invoice}>
              <PdfLookup lookup={r} />
            </li>
          ))}
      </ul>
      <Pager
        page={page}
        pageSize={SHOWN_PER_PAGE}
        total={visible.length}
        onPage={setPage}
      />
    </section>
  );
}
