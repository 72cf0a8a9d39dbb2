// ZIPs of the PDFs found: duplicates and suspicious ones in their own folders, split under the
// 50 MB blob limit, saved to the export folder, with the missing invoices listed.
import {rethrowIfNotPermanent} from '../google-errors';
import type {
  PdfLookupDto,
  PdfZipDto,
  ZipPdfsResult,
} from '../../shared/pdf-api';
import {countStatuses} from './find-pdfs';

/**
 * Bytes of PDFs per ZIP: a blob just under 50 MB is the platform's limit (docs/platform.md, measured by
 * tanaikech); PDFs barely compress, so 45 MB of input leaves room for the ZIP's own headers.
 */
export const MAX_ZIP_INPUT_BYTES = 45 * 1024 * 1024;

/** Time for reading PDFs in one run before stopping (the run's limit is 6 minutes). */
export const ZIP_BUDGET_MS = 4 * 60 * 1000;

/** A PDF read from Drive (B is the platform's Blob; the use case only needs its size). */
export interface ReadPdf<B> {
  blob: B;
  bytes: number;
}

export interface ZipPorts<B> {
  /**
   * Reads a file's content; throws when it cannot. `knownBytes` is the size the index holds
   * (0 when unknown): given, the adapter need not ask Drive for it.
   */
  readPdf(fileId: string, knownBytes: number): ReadPdf<B>;
  /** Zips the files under their paths and saves the ZIP in the export folder. */
  saveZip(name: string, files: Array<{path: string; blob: B}>): PdfZipDto;
  now(): number;
}

/** A file name safe in any ZIP tool: no path separators or reserved characters. */
export function safeZipName(name: string): string {
  const cleaned = Array.from(name, ch => (ch.charCodeAt(0) < 32 ? '_' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim();
  return cleaned === '' ? 'sin_nombre.pdf' : cleaned;
}

/** Where each file goes inside the ZIP: found at the top, duplicates and suspicious apart. */
export function zipPath(lookup: PdfLookupDto, index: number): string {
  const file = lookup.files[index];
  const name = safeZipName(file.name);
  if (lookup.status === 'duplicate') {
    return `duplicados/${lookup.invoice}/${index + 1}_${safeZipName(file.folderPath.replace(/\//g, ' - '))}_${name}`;
  }
  if (lookup.status === 'suspicious') return `revisar/${name}`;
  return name;
}

function uniquePath(path: string, used: Set<string>): string {
  if (!used.has(path)) {
    used.add(path);
    return path;
  }
  const dot = path.toLowerCase().endsWith('.pdf')
    ? path.length - 4
    : path.length;
  for (let n = 2; ; n++) {
    const candidate = `${path.slice(0, dot)} (${n})${path.slice(dot)}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

/**
 * Reads every PDF of the lookups (found, suspicious, and each copy of a duplicate) and saves
 * ZIPs named `<baseName>.zip` (or `_parte2`...) of at most MAX_ZIP_INPUT_BYTES each.
 */
export function zipLookups<B>(
  ports: ZipPorts<B>,
  lookups: readonly PdfLookupDto[],
  baseName: string,
  messages: string[],
): ZipPdfsResult {
  const start = ports.now();
  const parts: Array<Array<{path: string; blob: B}>> = [];
  let current: Array<{path: string; blob: B}> = [];
  let currentBytes = 0;
  const used = new Set<string>();
  const included: string[] = [];
  const skipped: Array<{invoice: string; reason: string}> = [];
  let outOfTime = false;
  for (const lookup of lookups) {
    if (lookup.files.length === 0) continue;
    if (outOfTime || ports.now() - start > ZIP_BUDGET_MS) {
      outOfTime = true;
      skipped.push({
        invoice: lookup.invoice,
        reason:
          'No alcanzó el tiempo de esta ejecución; pida de nuevo estas facturas.',
      });
      continue;
    }
    let added = 0;
    lookup.files.forEach((file, i) => {
      if (file.size > MAX_ZIP_INPUT_BYTES) {
        skipped.push({
          invoice: lookup.invoice,
          reason: `"${file.name}" pesa más de 45 MB; descárguelo desde su enlace.`,
        });
        return;
      }
      let pdf: ReadPdf<B>;
      try {
        pdf = ports.readPdf(file.fileId, file.size);
      } catch (e) {
        // Google busy after the retries: stop with the reason rather than ZIP without this PDF.
        rethrowIfNotPermanent(e);
        const why = e instanceof Error ? e.message : String(e);
        skipped.push({
          invoice: lookup.invoice,
          reason: `No se pudo leer "${file.name}" (${why}).`,
        });
        return;
      }
      if (pdf.bytes > MAX_ZIP_INPUT_BYTES) {
        skipped.push({
          invoice: lookup.invoice,
          reason: `"${file.name}" pesa más de 45 MB; descárguelo desde su enlace.`,
        });
        return;
      }
      if (
        current.length > 0 &&
        currentBytes + pdf.bytes > MAX_ZIP_INPUT_BYTES
      ) {
        parts.push(current);
        current = [];
        currentBytes = 0;
      }
      current.push({
        path: uniquePath(zipPath(lookup, i), used),
        blob: pdf.blob,
      });
      currentBytes += pdf.bytes;
      added++;
    });
    if (added > 0) included.push(lookup.invoice);
  }
  if (current.length > 0) parts.push(current);
  const zips = parts.map((files, i) =>
    ports.saveZip(
      parts.length === 1 ? `${baseName}.zip` : `${baseName}_parte${i + 1}.zip`,
      files,
    ),
  );
  const missing = lookups
    .filter(l => l.status === 'missing')
    .map(l => l.invoice);
  if (zips.length === 0)
    messages.push('No se encontró ningún PDF para comprimir.');
  if (parts.length > 1) {
    messages.push(
      `Los PDF pesan más de 45 MB en total: se guardaron en ${parts.length} archivos ZIP.`,
    );
  }
  if (missing.length > 0) {
    messages.push(
      `Sin PDF en Drive (${missing.length}): ${missing.join(', ')}.`,
    );
  }
  return {
    zips,
    included,
    missing,
    skipped,
    messages,
    counts: countStatuses(lookups),
  };
}
