// The PDFs pane's state and actions: where the invoices come from, the search, the ZIP and the results tab.
import {useState} from 'preact/hooks';
import type {
  FindPdfsResult,
  PdfRequestInput,
  PdfResultsSheetDto,
  ZipPdfsResult,
} from '../../../shared/pdf-api';
import {call} from '../../call';
import {countText} from '../../../shared/plural';
import {loadState, saveState} from '../../storage';
import {type AsyncState, useAsync} from '../../useAsync';
import {useShared} from '../../shared-state';
import {type Progress, queryRows} from './query-rows';

/** Where the invoices to look up come from. */
export type Source = 'paste' | 'query' | 'picked' | 'selection';

/** Where the request came from, as the ZIP and results-tab calls need it again. */
type Request = {kind: 'input'; input: PdfRequestInput} | {kind: 'selection'};

const INVOICES = {one: 'factura', other: 'facturas'};

/** The PDFs pane's state (source and pasted text kept for the browser session). */
export interface PdfsState {
  source: Source;
  setSource: (s: Source) => void;
  pasted: string;
  setPasted: (t: string) => void;
  canSearch: boolean;
  progress: Progress | null;
  /** Bumped by each search, so the result section (and its "Copiado") starts afresh. */
  searchId: number;
  found: AsyncState<FindPdfsResult>;
  zip: AsyncState<ZipPdfsResult>;
  sheet: AsyncState<PdfResultsSheetDto>;
  search: (e: Event) => Promise<void>;
  makeZip: () => void;
  writeSheet: () => void;
}

/** The state and actions of the PDFs pane. */
export function usePdfs(): PdfsState {
  const shared = useShared();
  const [source, setSourceState] = useState<Source>(() =>
    loadState<Source>('pdfs.source', 'paste'),
  );
  const [pasted, setPastedState] = useState(() => loadState('pdfs.pasted', ''));
  const [progress, setProgress] = useState<Progress | null>(null);
  const [request, setRequest] = useState<Request | null>(null);
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

  /** The request for the chosen source (the current query read in full first). */
  const buildRequest = async (): Promise<Request> => {
    if (source === 'selection') return {kind: 'selection'};
    if (source === 'query') {
      if (!shared.query)
        throw new Error('Primero haga una consulta en la pestaña Consultar.');
      setProgress({label: 'Leyendo las facturas de la consulta'});
      return {kind: 'input', input: await queryRows(shared.query, setProgress)};
    }
    return {kind: 'input', input: source === 'picked' ? shared.picked : pasted};
  };

  const search = async (e: Event) => {
    e.preventDefault();
    zip.reset();
    sheet.reset();
    setSearchId(id => id + 1);
    await found.run(async () => {
      try {
        const req = await buildRequest();
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

  /** The invoices of the last request: a selection is resolved to the numbers it found. */
  const requested = (req: Request): PdfRequestInput =>
    req.kind === 'selection'
      ? (found.data?.results ?? []).map(r => r.invoice)
      : req.input;
  const makeZip = () => {
    if (!request) return;
    sheet.reset(); // one outcome at a time: the ZIP's replaces the results tab's
    void zip.run(() => call('zipPdfs', requested(request)));
  };
  const writeSheet = () => {
    if (!request) return;
    zip.reset();
    void sheet.run(() => call('writePdfResultsSheet', requested(request)));
  };

  const canSearch =
    source === 'paste'
      ? pasted.trim() !== ''
      : source === 'query'
        ? !!shared.query
        : source === 'picked'
          ? shared.picked.length > 0
          : true;

  return {
    source,
    setSource,
    pasted,
    setPasted,
    canSearch,
    progress,
    searchId,
    found,
    zip,
    sheet,
    search,
    makeZip,
    writeSheet,
  };
}
