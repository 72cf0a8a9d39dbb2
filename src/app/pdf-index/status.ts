// Job status of the PDF index build, in the shape the sidebar polls, with Spanish messages.
import type {BuildCursor, JobState, JobStatus} from './ports';
import {countText} from '../../common/plural';

const COUNT = new Intl.NumberFormat('es-CO');

/** 50000 -> "50.000" (es-CO). */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/** The status of a build at its cursor; message defaults to a progress line for the state. */
export function buildStatus(
  cursor: BuildCursor,
  foldersKnown: number,
  state: JobState,
  message: string | undefined,
  warnings: string[],
  nowMs: number,
): JobStatus {
  const listed = Math.min(cursor.nextFolder, foldersKnown);
  const progress = `${formatCount(listed)} de ${countText(foldersKnown, {one: 'carpeta revisada', other: 'carpetas revisadas'})}, ${formatCount(cursor.pdfCount)} PDF encontrados`;
  const text =
    message ??
    (state === 'paused'
      ? `Pausa para no pasar el límite de 6 minutos de Apps Script: ${progress}. Vuelva a actualizar el índice para continuar.`
      : `Construyendo el índice de PDF: ${progress}.`);
  return {
    jobId: cursor.jobId,
    kind: 'pdf-index',
    state,
    message: text,
    foldersListed: listed,
    foldersKnown,
    pdfsFound: cursor.pdfCount,
    driveCalls: cursor.driveCalls,
    startedAt: cursor.startedAt,
    updatedAt: isoOf(nowMs),
    warnings: [...warnings],
  };
}
