// The ZIP job's cursor, and what it says: the status the sidebar polls and zipPdfs's answer, in Spanish.
import type {
  PdfCounts,
  PdfJobState,
  PdfZipDto,
  ZipJobStatusDto,
  ZipPdfsResult,
} from '../../common/pdf-api';
import {countText} from '../../common/plural';
import {formatCount, isoOf} from '../pdf-index/status';
import {MAX_ZIP_INPUT_BYTES, type ZipPlan} from './zip-pdfs';

/** Where a ZIP job stands (small JSON, saved after each part). */
export interface ZipCursor {
  jobId: string;
  /** Fingerprint of the request (the same invoices asked again continue this job). */
  request: string;
  /** Name of the ZIPs without the part suffix and extension. */
  baseName: string;
  /** PDFs in the plan. */
  total: number;
  /** Index in the plan of the first PDF not yet in a saved part (or left out). */
  next: number;
  zips: PdfZipDto[];
  counts: PdfCounts;
  startedAt: string;
  runs: number;
  /**
   * A part decided but perhaps not saved (its end and name): a run killed while saving it makes
   * the next one rebuild exactly that part, which finds the file if it was made (drive-once.ts).
   */
  pending: {end: number; name: string} | null;
}

/**
 * What happened to each PDF of the plan: '' not yet in a saved part, OK in one, else the Spanish
 * reason it was left out.
 */
export const INCLUDED = 'ok';

const PDFS = {one: 'PDF', other: 'PDF'};
const ZIPS = {one: 'archivo ZIP', other: 'archivos ZIP'};

/** The status line of a job at its cursor (`done` counts PDFs read in this run too). */
export function zipStatus(
  cursor: ZipCursor,
  state: PdfJobState,
  done: number,
  nowMs: number,
  message?: string,
): ZipJobStatusDto {
  const progress = `${formatCount(done)} de ${countText(cursor.total, PDFS)} leídos, ${countText(cursor.zips.length, ZIPS)} guardados`;
  const text =
    message ??
    (state === 'paused'
      ? `Pausa para no pasar el límite de 6 minutos de Apps Script: ${progress}. El ZIP continúa en la siguiente ejecución.`
      : `Creando el ZIP, parte ${cursor.zips.length + 1}: ${progress}.`);
  return {
    jobId: cursor.jobId,
    kind: 'pdf-zip',
    state,
    message: text,
    filesDone: done,
    filesTotal: cursor.total,
    zipsSaved: cursor.zips.length,
    startedAt: cursor.startedAt,
    updatedAt: isoOf(nowMs),
  };
}

/** zipPdfs's answer from the plan and what happened to each PDF so far. */
export function zipResult(
  status: ZipJobStatusDto,
  cursor: ZipCursor,
  plan: ZipPlan,
  outcomes: readonly string[],
): ZipPdfsResult {
  const included: string[] = [];
  const skipped: Array<{invoice: string; reason: string}> = [];
  let bytes = 0;
  plan.items.forEach((item, i) => {
    const o = outcomes[i] ?? '';
    if (o === INCLUDED) {
      if (included[included.length - 1] !== item.invoice)
        included.push(item.invoice);
      bytes += item.size;
    } else if (o !== '') skipped.push({invoice: item.invoice, reason: o});
  });
  const messages = [...plan.notes];
  const done = status.state === 'done';
  if (done && cursor.zips.length === 0)
    messages.push('No se encontró ningún PDF para comprimir.');
  if (cursor.zips.length > 1) {
    const parts = cursor.zips.length;
    messages.push(
      bytes > MAX_ZIP_INPUT_BYTES
        ? `Los PDF pesan más de 45 MB en total: se guardaron en ${parts} archivos ZIP.`
        : `Se guardaron en ${parts} archivos ZIP: una ejecución de Apps Script (6 minutos) no alcanzó para leerlos todos.`,
    );
  }
  if (plan.missing.length > 0) {
    messages.push(
      `Sin PDF en Drive (${plan.missing.length}): ${plan.missing.join(', ')}.`,
    );
  }
  return {
    jobId: cursor.jobId,
    state: status.state,
    message: status.message,
    filesDone: status.filesDone,
    filesTotal: status.filesTotal,
    zips: [...cursor.zips],
    included,
    missing: [...plan.missing],
    skipped,
    messages,
    counts: cursor.counts,
  };
}

/** A short fingerprint (FNV-1a, hex) of a request as JSON: the same invoices give the same one. */
export function requestFingerprint(request: unknown): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(request) ?? '';
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}-${h.toString(16).padStart(8, '0')}`;
}
