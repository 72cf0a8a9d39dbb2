// The ZIP job: reads the planned PDFs in batches (one service call each), saves a ZIP part when it
// reaches 45 MB or the run's time budget, and resumes in the next execution from its saved cursor.
//
// Why parts and not one ZIP assembled across executions: Utilities.zip needs every blob in memory
// at once, blobs do not outlive an execution except as Drive files, and a blob stays under 50 MB
// (docs/platform.md); a ZIP that outgrows one run would have to be read back whole anyway. So each
// run saves what it read as «parte N» and the cursor moves past it only once that part is in Drive.
import {
  classifyGoogleError,
  isTransientKind,
  messageOf,
} from '../google-errors';
import type {RunClock} from '../pdf-index/ports';
import type {
  FindPdfsResult,
  PdfZipDto,
  ZipJobStatusDto,
  ZipPdfsResult,
} from '../../common/pdf-api';
import {countStatuses} from './find-pdfs';
import {MAX_ZIP_INPUT_BYTES, partName, planZip} from './zip-pdfs';
import type {ZipItem, ZipPlan} from './zip-pdfs';
import {
  INCLUDED,
  requestFingerprint,
  zipResult,
  zipStatus,
  type ZipCursor,
} from './zip-status';
import {isoOf} from '../pdf-index/status';

/** Time for reading PDFs in one run before saving the part in hand (the run's limit is 6 minutes). */
export const ZIP_BUDGET_MS = 4 * 60 * 1000;

/** PDFs read per service call (UrlFetchApp.fetchAll runs them in parallel: test/emulator/README.md). */
export const FETCH_BATCH = 50;

/** A PDF read, or why it could not be (Spanish, e.g. "está en la papelera"). */
export type FetchedPdf<B> = {blob: B; bytes: number} | {error: string};

/** A saved job: its cursor, its plan and what happened to each PDF so far. */
export interface SavedZipJob {
  cursor: ZipCursor;
  plan: ZipPlan;
  outcomes: string[];
}

/** Where a ZIP job lives between executions. */
export interface ZipJobStore {
  load(): SavedZipJob | null;
  /** Saves a new job's plan and cursor (replacing any other job). */
  start(cursor: ZipCursor, plan: ZipPlan): void;
  /** Saves the outcomes of the PDFs from `from` on, then the cursor. */
  advance(cursor: ZipCursor, from: number, outcomes: readonly string[]): void;
  /** Only the cursor (a part's intent, before the part is saved). */
  saveCursor(cursor: ZipCursor): void;
  clear(): void;
}

export interface ZipPorts<B> {
  /** Reads these PDFs (one service call; retried). Throws when Google stays busy. */
  readPdfs(items: readonly ZipItem[]): Array<FetchedPdf<B>>;
  /** Zips the files under their paths into the export folder (once per name and content). */
  saveZip(name: string, files: Array<{path: string; blob: B}>): PdfZipDto;
  jobs: ZipJobStore;
  putStatus(status: ZipJobStatusDto): void;
  clock: RunClock;
}

const tooBig = (name: string) =>
  `"${name}" pesa más de 45 MB; descárguelo desde su enlace.`;

/** Starts a job for the lookup (nothing saved when there is no PDF to ZIP). */
function startJob(
  found: FindPdfsResult,
  request: string,
  jobId: string,
  baseName: string,
  now: number,
): SavedZipJob {
  const plan = planZip(found.results, found.messages);
  const cursor: ZipCursor = {
    jobId,
    request,
    baseName,
    total: plan.items.length,
    next: 0,
    zips: [],
    counts: countStatuses(found.results),
    startedAt: isoOf(now),
    runs: 0,
    pending: null,
  };
  return {cursor, plan, outcomes: plan.items.map(() => '')};
}

/**
 * zipPdfs: continues the saved job for this request, or starts one from the lookup (replacing
 * a job of other invoices), and works on it until done or the run's budget is spent.
 */
export function runZipJob<B>(
  ports: ZipPorts<B>,
  request: unknown,
  lookup: () => FindPdfsResult,
  jobId: string,
  baseName: string,
): ZipPdfsResult {
  const runStart = ports.clock.now();
  const fingerprint = requestFingerprint(request);
  const previous = ports.jobs.load();
  let saved = previous;
  if (!saved || saved.cursor.request !== fingerprint) {
    saved = startJob(lookup(), fingerprint, jobId, baseName, runStart);
    if (saved.cursor.total === 0) {
      if (previous) ports.jobs.clear();
      const status = zipStatus(saved.cursor, 'done', 0, ports.clock.now(), '');
      return zipResult(status, saved.cursor, saved.plan, []);
    }
    ports.jobs.start(saved.cursor, saved.plan);
  }
  return continueZip(ports, saved, runStart);
}

/** Reads and zips from the cursor on, within this run's budget; see the file's header. */
function continueZip<B>(
  ports: ZipPorts<B>,
  saved: SavedZipJob,
  runStart: number,
): ZipPdfsResult {
  const {plan} = saved;
  const items = plan.items;
  const cursor: ZipCursor = {...saved.cursor, runs: saved.cursor.runs + 1};
  const outcomes = [...saved.outcomes];
  let part: Array<{path: string; blob: B}> = [];
  let partBytes = 0;
  let i = cursor.next;

  const report = (state: ZipJobStatusDto['state'], message?: string) => {
    const status = zipStatus(cursor, state, i, ports.clock.now(), message);
    ports.putStatus(status);
    return status;
  };
  /** Saves the part in hand as the PDFs [cursor.next, end), then moves the cursor past them. */
  const savePart = (end: number) => {
    // A decided part is saved whole or not at all (the next run redoes it).
    if (cursor.pending && end !== cursor.pending.end) return;
    if (part.length > 0) {
      const name =
        cursor.pending?.name ??
        partName(cursor.baseName, cursor.zips.length + 1, end >= items.length);
      cursor.pending = {end, name};
      ports.jobs.saveCursor(cursor);
      cursor.zips = [...cursor.zips, ports.saveZip(name, part)];
    }
    const from = cursor.next;
    if (part.length === 0 && from === end) return;
    cursor.next = end;
    cursor.pending = null;
    ports.jobs.advance(cursor, from, outcomes.slice(from, end));
    part = [];
    partBytes = 0;
  };
  const finish = (): ZipPdfsResult => {
    const n = cursor.zips.length;
    const status = report(
      'done',
      n === 0
        ? 'No se creó ningún ZIP: no se pudo leer ninguno de los PDF.'
        : `ZIP listo: ${n === 1 ? 'un archivo' : `${n} archivos (partes 1 a ${n})`} en la carpeta de exportación.`,
    );
    ports.jobs.clear();
    return zipResult(status, cursor, plan, outcomes);
  };

  /** Reads PDFs up to `stopAt` into parts; false when the budget ran out or Google stayed busy. */
  let busy: string | null = null;
  const readUntil = (stopAt: number): boolean => {
    while (i < stopAt) {
      if (ports.clock.now() - runStart > ZIP_BUDGET_MS) return false;
      const batch: number[] = [];
      let batchBytes = 0;
      for (let j = i; j < stopAt && batch.length < FETCH_BATCH; j++) {
        const size = items[j].size;
        if (size > MAX_ZIP_INPUT_BYTES) {
          // Known too big: left out without reading it.
          if (batch.length > 0) break;
          outcomes[j] = tooBig(items[j].name);
          i = j + 1;
          continue;
        }
        if (batch.length > 0 && batchBytes + size > MAX_ZIP_INPUT_BYTES) break;
        batch.push(j);
        batchBytes += size;
      }
      if (batch.length === 0) continue;
      let read: Array<FetchedPdf<B>>;
      try {
        read = ports.readPdfs(batch.map(j => items[j]));
      } catch (e) {
        if (!isTransientKind(classifyGoogleError(e))) {
          savePart(i);
          throw e;
        }
        busy = messageOf(e);
        return false;
      }
      batch.forEach((j, k) => {
        const got = read[k];
        if ('error' in got) {
          outcomes[j] = `No se pudo leer "${items[j].name}" (${got.error}).`;
        } else if (got.bytes > MAX_ZIP_INPUT_BYTES) {
          outcomes[j] = tooBig(items[j].name);
        } else {
          if (part.length > 0 && partBytes + got.bytes > MAX_ZIP_INPUT_BYTES)
            savePart(j);
          part.push({path: items[j].path, blob: got.blob});
          partBytes += got.bytes;
          outcomes[j] = INCLUDED;
        }
      });
      i = batch[batch.length - 1] + 1;
      report('running');
    }
    return true;
  };

  report('running');
  // A part decided by a run that was killed while saving it ends where that run said.
  const pendingEnd = cursor.pending?.end;
  let more = true;
  if (pendingEnd !== undefined) {
    more = readUntil(pendingEnd);
    if (more) savePart(i);
  }
  if (more) readUntil(items.length);
  savePart(i);
  if (i >= items.length) return finish();
  const status = busy
    ? report(
        'paused',
        `Google no respondió al leer los PDF (${busy}). Lo ya comprimido quedó guardado; vuelva a crear el ZIP para continuar.`,
      )
    : report('paused');
  return zipResult(status, cursor, plan, outcomes);
}
