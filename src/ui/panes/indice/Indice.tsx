// Índice pane: how many PDFs the index holds, when it was refreshed, and "Actualizar" with progress,
// continuing a build across runs (each Apps Script run stops before the 6-minute limit).
import {useEffect, useRef, useState} from 'preact/hooks';
import type {
  PdfIndexStatusDto,
  PdfJobStatusDto,
  RefreshPdfIndexOptions,
} from '../../../common/pdf-api';
import {call} from '../../call';
import {formatCount, formatDateTime} from '../../format';
import {errorMessage, useAsync} from '../../useAsync';
import {ErrorBox} from '../../components/ErrorBox';
import {ProgressBar} from '../../components/ProgressBar';
import {Spinner} from '../../components/Spinner';
import {Notices} from '../../components/Notices';

/** Runs chained automatically before asking the user (each run is at most 6 minutes). */
const MAX_AUTO_RUNS = 20;
const POLL_MS = 2000;

/** The index status and its refresh job. */
export function Indice() {
  const status = useAsync<PdfIndexStatusDto>();
  const [job, setJob] = useState<PdfJobStatusDto | null>(null);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [confirmRebuild, setConfirmRebuild] = useState(false);
  const stopRequested = useRef(false);
  const lastOptions = useRef<RefreshPdfIndexOptions>({});

  const loadStatus = () => void status.run(() => call('getIndexStatus'));
  useEffect(loadStatus, []);

  // While a run is in flight, poll the job's progress (saved by the server as it goes).
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      const id = job?.jobId ?? status.data?.unfinishedJobId;
      if (!id) return;
      call('getJobStatus', id)
        .then(s => {
          if (s)
            setJob(current =>
              current &&
              current.state !== 'running' &&
              s.updatedAt < current.updatedAt
                ? current
                : s,
            );
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running, job?.jobId, status.data?.unfinishedJobId]);

  /** Refreshes, then keeps resuming while the server pauses the build between runs. */
  const refresh = async (options: RefreshPdfIndexOptions) => {
    lastOptions.current = options;
    stopRequested.current = false;
    setConfirmRebuild(false);
    setRunError(null);
    setJob(null); // this run's outcome replaces the last one's
    setRunning(true);
    try {
      let next: RefreshPdfIndexOptions = options;
      for (let run = 0; run < MAX_AUTO_RUNS; run++) {
        const s = await call('refreshPdfIndex', next);
        setJob(s);
        if (s.state !== 'paused' || stopRequested.current) break;
        next = {}; // resume the same build
      }
    } catch (e) {
      setRunError(errorMessage(e));
    } finally {
      setRunning(false);
      loadStatus();
    }
  };

  const idx = status.data;
  const unfinished = !!idx?.unfinishedJobId || job?.state === 'paused';
  const bar =
    job && job.foldersKnown > 0
      ? {done: job.foldersListed, total: job.foldersKnown}
      : {};

  return (
    <div class="stack">
      {status.loading && !idx && (
        <Spinner label="Leyendo el estado del índice…" />
      )}
      {status.error && <ErrorBox message={status.error} onRetry={loadStatus} />}
      {idx && (
        <dl
          class="totals"
          aria-label="Estado del índice"
          data-testid="index-status"
        >
          <div class="total">
            <dt>PDF en el índice</dt>
            <dd data-testid="index-count">{formatCount(idx.pdfCount)}</dd>
          </div>
          <div class="total">
            <dt>Carpetas</dt>
            <dd>{formatCount(idx.folderCount)}</dd>
          </div>
          <div class="total">
            <dt>Actualizado</dt>
            <dd data-testid="index-built">
              {idx.builtAt ? formatDateTime(idx.builtAt) : 'Nunca'}
            </dd>
          </div>
        </dl>
      )}
      {idx && <p class="small">{idx.message}</p>}
      {idx?.rootsChanged && (
        <p class="notice small">
          Las carpetas de la configuración cambiaron: reconstruya el índice.
        </p>
      )}

      {running && (
        <>
          <ProgressBar
            label={job?.message ?? 'Actualizando el índice de PDF…'}
            {...bar}
          />
          <button
            type="button"
            class="secondary"
            onClick={() => (stopRequested.current = true)}
          >
            Pausar al terminar esta parte
          </button>
        </>
      )}
      {!running && job && (
        <div
          role="status"
          data-testid="job-result"
          data-state={job.state}
          class={job.state === 'failed' ? 'error-box' : ''}
        >
          <p
            class={
              job.state === 'failed'
                ? 'error-text'
                : job.state === 'done'
                  ? 'ok'
                  : ''
            }
          >
            {job.message}
          </p>
          <Notices texts={job.warnings} />
        </div>
      )}
      {runError && (
        <ErrorBox
          message={runError}
          onRetry={() => void refresh(lastOptions.current)}
        >
          {unfinished && (
            <p class="small">
              Lo ya recorrido se conserva: al reintentar, el índice continúa
              donde quedó.
            </p>
          )}
        </ErrorBox>
      )}

      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={running}
          onClick={() => void refresh({})}
        >
          {unfinished ? 'Continuar actualización' : 'Actualizar índice'}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={running || confirmRebuild}
          onClick={() => setConfirmRebuild(true)}
        >
          Reconstruir desde cero
        </button>
      </div>
      {confirmRebuild && (
        <div
          class="card stack"
          role="alertdialog"
          aria-label="Confirmar la reconstrucción"
          data-testid="confirm-rebuild"
        >
          <p>
            ¿Reconstruir el índice desde cero? Se vuelven a recorrer todas las
            carpetas de PDF; con muchas carpetas puede tardar varios minutos.
            {unfinished && ' La actualización que quedó a medias se descarta.'}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => void refresh({full: true, restart: unfinished})}
            >
              Sí, reconstruir
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => setConfirmRebuild(false)}
            >
              Cancelar
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
