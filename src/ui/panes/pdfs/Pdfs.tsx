// PDFs pane: look invoices up in the PDF index (pasted list, current query, ticked rows or the sheet's
// selection), show found/duplicate/missing/suspicious with links, ZIP them, copy the missing ones.
import {useMemo, useState} from 'preact/hooks';
import type {InvoiceQuery} from '../../../shared/master-api';
import type {
  FindPdfsResult,
  PdfLookupStatus,
  PdfMasterRow,
  PdfRequestInput,
  PdfResultsSheetDto,
  ZipPdfsResult,
} from '../../../shared/pdf-api';
import {call} from '../../call';
import {countText} from '../../../shared/plural';
import {formatBytes, formatCount} from '../../format';
import {loadState, saveState} from '../../storage';
import {useAsync} from '../../useAsync';
import {useShared} from '../../shared-state';
import {CopyButton} from '../../components/CopyButton';
import {ErrorBox} from '../../components/ErrorBox';
import {Pager} from '../../components/Pager';
import {PdfLookup, STATUS_LABELS} from '../../components/PdfLookup';
import {ProgressBar} from '../../components/ProgressBar';
import {Spinner} from '../../components/Spinner';

type Source = 'paste' | 'query' | 'picked' | 'selection';

/** Rows of the current query fetched at most (each page is one server call of 500 rows). */
const MAX_QUERY_INVOICES = 5000;
const QUERY_PAGE = 500;
const SHOWN_PER_PAGE = 20;

/** Where the request came from, as the ZIP and results-tab calls need it again. */
type Request = {kind: 'input'; input: PdfRequestInput} | {kind: 'selection'};

const INVOICES = {one: 'factura', other: 'facturas'};
/** "1 encontrada · 2 faltantes": the counts line, in the order of STATUS_LABELS. */
const STATUS_COUNTS: Record<PdfLookupStatus, {one: string; other: string}> = {
  found: {one: 'encontrada', other: 'encontradas'},
  duplicate: {one: 'duplicada', other: 'duplicadas'},
  missing: {one: 'faltante', other: 'faltantes'},
  suspicious: {one: 'sospechosa', other: 'sospechosas'},
};

/** What "Buscar" is doing right now. */
interface Progress {
  label: string;
  done?: number;
  total?: number;
}

/** Every invoice of a query (page by page, with progress), as rows whose tab and dates feed the folder check. */
async function queryRows(
  query: InvoiceQuery,
  onProgress: (p: Progress) => void,
): Promise<PdfMasterRow[]> {
  const rows: PdfMasterRow[] = [];
  for (let page = 0; ; page++) {
    const res = await call('queryInvoices', {
      ...query,
      page,
      pageSize: QUERY_PAGE,
    });
    for (const r of res.rows) {
      if (r.invoiceNumber)
        rows.push({
          tab: r.tab,
          invoiceNumber: r.invoiceNumber,
          issueDate: r.issueDate,
          billingMonth: r.billingMonth,
        });
    }
    const total = Math.min(res.total, MAX_QUERY_INVOICES);
    onProgress({
      label: 'Leyendo las facturas de la consulta',
      done: Math.min((page + 1) * QUERY_PAGE, total),
      total,
    });
    if (
      page + 1 >= res.pageCount ||
      (page + 1) * QUERY_PAGE >= MAX_QUERY_INVOICES
    )
      break;
  }
  return rows;
}

/** The PDFs pane. */
export function Pdfs() {
  const shared = useShared();
  const [source, setSourceState] = useState<Source>(() =>
    loadState<Source>('pdfs.source', 'paste'),
  );
  const [pasted, setPastedState] = useState(() => loadState('pdfs.pasted', ''));
  const [progress, setProgress] = useState<Progress | null>(null);
  const [request, setRequest] = useState<Request | null>(null);
  const [filter, setFilter] = useState<PdfLookupStatus | 'all'>('all');
  const [page, setPage] = useState(0);
  /** Bumped by each search, so the result section (and its "Copiado") starts afresh. */
  const [searchId, setSearchId] = useState(0);
  const found = useAsync<FindPdfsResult>();
  const zip = useAsync<ZipPdfsResult>();
  const sheet = useAsync<PdfResultsSheetDto>();

  const setSource = (s: Source) => {
    setSourceState(s);
    saveState('pdfs.source', s);
  };
  const setPasted = (t: string) => {
    setPastedState(t);
    saveState('pdfs.pasted', t);
  };

  const search = async (e: Event) => {
    e.preventDefault();
    zip.reset();
    sheet.reset();
    setFilter('all');
    setPage(0);
    setSearchId(id => id + 1);
    await found.run(async () => {
      try {
        let req: Request;
        if (source === 'selection') {
          req = {kind: 'selection'};
        } else if (source === 'query') {
          if (!shared.query)
            throw new Error(
              'Primero haga una consulta en la pestaña Consultar.',
            );
          setProgress({label: 'Leyendo las facturas de la consulta'});
          req = {
            kind: 'input',
            input: await queryRows(shared.query, setProgress),
          };
        } else if (source === 'picked') {
          req = {kind: 'input', input: shared.picked};
        } else {
          req = {kind: 'input', input: pasted};
        }
        setRequest(req);
        const count =
          req.kind === 'input' && Array.isArray(req.input)
            ? req.input.length
            : null;
        setProgress({
          label:
            count === null
              ? 'Buscando los PDF en el índice'
              : `Buscando ${countText(count, INVOICES)} en el índice`,
        });
        return req.kind === 'selection'
          ? await call('findPdfsInSelection')
          : await call('findPdfs', req.input);
      } finally {
        setProgress(null);
      }
    });
  };

  const makeZip = () => {
    if (!request) return;
    sheet.reset(); // one outcome at a time: the ZIP's replaces the results tab's
    void zip.run(() =>
      request.kind === 'selection'
        ? call(
            'zipPdfs',
            (found.data?.results ?? []).map(r => r.invoice),
          )
        : call('zipPdfs', request.input),
    );
  };
  const writeSheet = () => {
    if (!request) return;
    zip.reset();
    void sheet.run(() =>
      call(
        'writePdfResultsSheet',
        request.kind === 'selection'
          ? (found.data?.results ?? []).map(r => r.invoice)
          : request.input,
      ),
    );
  };

  const result = found.data;
  const visible = useMemo(
    () =>
      result
        ? result.results.filter(r => filter === 'all' || r.status === filter)
        : [],
    [result, filter],
  );
  const missing = result
    ? result.results.filter(r => r.status === 'missing').map(r => r.invoice)
    : [];
  const canSearch =
    source === 'paste'
      ? pasted.trim() !== ''
      : source === 'query'
        ? !!shared.query
        : source === 'picked'
          ? shared.picked.length > 0
          : true;

  return (
    <div>
      <form class="stack" onSubmit={search} aria-label="Buscar PDF de facturas">
        <fieldset>
          <legend>Facturas a buscar</legend>
          <label class="radio">
            <input
              type="radio"
              name="pdf-source"
              checked={source === 'paste'}
              onChange={() => setSource('paste')}
            />
            Pegar una lista
          </label>
          <label class="radio">
            <input
              type="radio"
              name="pdf-source"
              checked={source === 'query'}
              onChange={() => setSource('query')}
            />
            Las de la consulta actual
          </label>
          <label class="radio">
            <input
              type="radio"
              name="pdf-source"
              checked={source === 'picked'}
              onChange={() => setSource('picked')}
            />
            Las marcadas en Consultar ({formatCount(shared.picked.length)})
          </label>
          <label class="radio">
            <input
              type="radio"
              name="pdf-source"
              checked={source === 'selection'}
              onChange={() => setSource('selection')}
            />
            Las celdas seleccionadas en la hoja
          </label>
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
                onInput={e =>
                  setPasted((e.target as HTMLTextAreaElement).value)
                }
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
            disabled={found.loading || !canSearch}
          >
            Buscar PDF
          </button>
        </div>
      </form>

      {found.loading &&
        (progress ? (
          <ProgressBar
            label={progress.label}
            done={progress.done}
            total={progress.total}
          />
        ) : (
          <Spinner />
        ))}
      {found.error && <ErrorBox message={found.error} onRetry={found.retry} />}

      {result && (
        <section
          key={searchId}
          aria-labelledby="pdf-results"
          data-testid="pdf-results"
        >
          <h3 id="pdf-results">Resultado</h3>
          {result.messages.map(m => (
            <p class="notice small" key={m}>
              {m}
            </p>
          ))}
          <div class="field">
            <label for="pdf-filter">Mostrar</label>
            <select
              id="pdf-filter"
              value={filter}
              onChange={e => {
                setFilter(
                  (e.target as HTMLSelectElement).value as
                    PdfLookupStatus | 'all',
                );
                setPage(0);
              }}
            >
              <option value="all">
                Todas ({formatCount(result.results.length)})
              </option>
              {(Object.keys(STATUS_LABELS) as PdfLookupStatus[]).map(s => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}s ({formatCount(result.counts[s])})
                </option>
              ))}
            </select>
          </div>
          <p class="small" data-testid="pdf-counts">
            {(Object.keys(STATUS_LABELS) as PdfLookupStatus[])
              .map(s => countText(result.counts[s], STATUS_COUNTS[s]))
              .join(' · ')}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={
                zip.loading ||
                result.counts.found +
                  result.counts.duplicate +
                  result.counts.suspicious ===
                  0
              }
              onClick={makeZip}
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
              onClick={writeSheet}
            >
              Resultados a una hoja
            </button>
          </div>
          {zip.loading && <ProgressBar label="Creando el ZIP en Drive" />}
          {zip.error && <ErrorBox message={zip.error} onRetry={zip.retry} />}
          {zip.data && <ZipDone result={zip.data} />}
          {sheet.loading && (
            <Spinner label="Escribiendo la hoja de resultados…" />
          )}
          {sheet.error && (
            <ErrorBox message={sheet.error} onRetry={sheet.retry} />
          )}
          {sheet.data && (
            <p class="ok" role="status">
              {countText(sheet.data.rows, {one: 'fila', other: 'filas'})} en la
              hoja «{sheet.data.sheetName}».
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
      )}
    </div>
  );
}

/** The ZIP(s) saved in Drive, with their links, and what was left out. */
function ZipDone({result}: {result: ZipPdfsResult}) {
  return (
    <div class="ok-box" role="status" data-testid="zip-done">
      {result.zips.length === 0 && (
        <p>No se creó ningún ZIP: no hay PDF encontrados.</p>
      )}
      {result.zips.map(z => (
        <p key={z.fileId}>
          <a
            class="button"
            href={z.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="zip-link"
          >
            Descargar ZIP
          </a>{' '}
          <span class="small break">
            {z.name} · {formatCount(z.files)} PDF · {formatBytes(z.bytes)}
          </span>
        </p>
      ))}
      {result.skipped.map(s => (
        <p class="small warn" key={s.invoice}>
          {s.invoice}: {s.reason}
        </p>
      ))}
      {result.messages.map(m => (
        <p class="small" key={m}>
          {m}
        </p>
      ))}
    </div>
  );
}
