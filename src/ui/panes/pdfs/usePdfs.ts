// The PDFs pane's state and actions: where the invoices come from, the search, the ZIP and the results tab.
import {useState} from 'preact/hooks';
import type {
  FindPdfsResult,
  PdfRequestInput,
  PdfResultsSheetDto,
  ZipJobStatusDto,
  ZipPdfsResult,
} from '../../../common/pdf-api';
import {call} from '../../call';
import {countText} from '../../../common/plural';
import {loadState, saveState} from '../../storage';
import {type AsyncState, useAsync} from '../../useAsync';
import {useShared} from '../../shared-state';
import {type Progress, queryRows} from './query-rows';

/** Where the invoices to look up come from. */
export type Source = 'paste' | 'query' | 'picked' | 'selection';

/** Where the request came from, as the ZIP and results-tab calls need it again. */
type Request = {kind: 'input'; input: PdfRequestInput} | {kind: 'selection'};

const INVOICES = {one: 'factura', other: 'facturas'};
/** ZIP runs chained before asking the user (each Apps Script run lasts at most 6 minutes). */
const MAX_ZIP_RUNS = 20;
const ZIP_POLL_MS = 2000;

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
  /** The ZIP job's progress while it runs (polled; the server saves it as it reads). */
  zipJob: ZipJobStatusDto | null;
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
  const [zipJob, setZipJob] = useState<ZipJobStatusDto | null>(null);
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
    const input = requested(request);
    // The server pauses a long job between runs: call again while it says 'paused'.
    void zip.run(async () => {
      setZipJob(null);
      const timer = setInterval(() => {
        call('getZipStatus')
          .then(s => {
            if (s && s.state !== 'done') setZipJob(s);
          })
          .catch(() => undefined);
      }, ZIP_POLL_MS);
      try {
        let out = await call('zipPdfs', input);
        for (let run = 1; out.state === 'paused' && run < MAX_ZIP_RUNS; run++)
          out = await call('zipPdfs', input);
        return out;
      } finally {
        clearInterval(timer);
        setZipJob(null);
      }
    });
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
    zipJob,
    sheet,
    search,
    makeZip,
    writeSheet,
  };
}
