// Sidebar functions of the PDF finder: thin wrappers over app/pdf-find and app/pdf-index, wired by compose/.
import {lookupPdfs, indexStatus} from '../app/pdf-find/find-pdfs';
import {resultRows} from '../app/pdf-find/results-sheet';
import {runZipJob} from '../app/pdf-find/zip-job';
import {refreshPdfIndexJob} from '../app/pdf-index/refresh-index';
import {sheetBuildStore} from '../adapters/pdf/build-store';
import {sheetPdfIndexStore} from '../adapters/pdf/index-sheet';
import {latestPdfJob, propertiesJobStore} from '../adapters/pdf/job-store';
import {latestZipStatus} from '../adapters/pdf/zip-store';
import {
  fileStamp,
  newJobId,
  selectedLines,
  writeNewTab,
} from '../adapters/pdf/session';
import {currentUserEmail, takeLease} from '../adapters/common/leases';
import type {
  FindPdfsResult,
  PdfApi,
  PdfIndexStatusDto,
  PdfJobStatusDto,
  PdfRequestInput,
  PdfResultsSheetDto,
  RefreshPdfIndexOptions,
  ZipJobStatusDto,
  ZipPdfsResult,
} from '../common/pdf-api';
import {
  pdfBuildPorts,
  pdfFindPorts,
  pdfRootIds,
  pdfZipPorts,
} from './compose/pdf';
import {withEditAccess} from '../adapters/common/edit-access';

function lookup(input: PdfRequestInput): FindPdfsResult {
  return lookupPdfs(pdfFindPorts(), input);
}

/**
 * Looks invoice numbers up in the PDF index (no Drive call), or with no index for the roots by
 * direct searches in Drive: pasted text, numbers or Master rows.
 * @param invoiceNumbers Pasted text, a list of numbers, or rows {invoice, date, tab}.
 */
export function findPdfs(invoiceNumbers: PdfRequestInput): FindPdfsResult {
  return lookup(invoiceNumbers);
}

/** Looks up the invoice numbers in the selected cells of the active sheet. */
export function findPdfsInSelection(): FindPdfsResult {
  const lines = selectedLines();
  if (lines.length === 0) {
    return {
      ...lookup(''),
      messages: [
        'Seleccione en la hoja las celdas con los números de factura.',
      ],
    };
  }
  return lookup(lines.join('\n'));
}

/**
 * Builds, resumes or refreshes the PDF index in this run; call again while the state is 'paused'.
 * @param options {full?: boolean, restart?: boolean}
 */
export function refreshPdfIndex(
  options: RefreshPdfIndexOptions,
): PdfJobStatusDto {
  return withEditAccess(() => {
    const roots = pdfRootIds();
    // The index's own lease: a report may run beside it, a second refresh may not.
    const lease = takeLease('pdf-index', currentUserEmail());
    if ('busy' in lease) {
      const running = latestPdfJob();
      if (running) return {...running, message: lease.busy};
      throw new Error(lease.busy);
    }
    try {
      return refreshPdfIndexJob(pdfBuildPorts(), roots, options, newJobId());
    } finally {
      lease.held.release();
    }
  });
}

/**
 * The status of an index job (null when unknown).
 * @param jobId The id returned by refreshPdfIndex.
 */
export function getJobStatus(jobId: string): PdfJobStatusDto | null {
  return propertiesJobStore.get(jobId);
}

/** What the PDF index is: when built, how big, and whether a build is unfinished. */
export function getIndexStatus(): PdfIndexStatusDto {
  return indexStatus(
    sheetPdfIndexStore.readMeta(),
    sheetBuildStore.cursor()?.jobId ?? null,
    pdfRootIds(),
    Date.now(),
  );
}

/**
 * ZIPs the PDFs found for these invoices into the export folder, in parts under 50 MB; a job that
 * answers 'paused' continues when called again with the same invoices (any editor may run it).
 * @param invoiceNumbers Pasted text, a list of numbers, or rows {invoice, date, tab}.
 */
export function zipPdfs(invoiceNumbers: PdfRequestInput): ZipPdfsResult {
  return withEditAccess(() => {
    const ports = pdfZipPorts(); // settings checked (export folder) before the lease
    // One ZIP job per spreadsheet at a time: its saved plan lives in one hidden sheet.
    const lease = takeLease('pdf-zip', currentUserEmail());
    if ('busy' in lease) throw new Error(lease.busy);
    try {
      return runZipJob(
        ports,
        invoiceNumbers,
        () => lookup(invoiceNumbers),
        newJobId(),
        `PDF_facturas_${fileStamp()}`,
      );
    } finally {
      lease.held.release();
    }
  });
}

/** The progress of this spreadsheet's latest ZIP job (null when none), polled by the sidebar. */
export function getZipStatus(): ZipJobStatusDto | null {
  return latestZipStatus();
}

/**
 * Writes the lookup results to a new tab "PDF facturas <fecha>".
 * @param invoiceNumbers Pasted text, a list of numbers, or rows {invoice, date, tab}.
 */
export function writePdfResultsSheet(
  invoiceNumbers: PdfRequestInput,
): PdfResultsSheetDto {
  return withEditAccess(() => {
    const found = lookup(invoiceNumbers);
    const rows = resultRows(found.results);
    const sheetName = writeNewTab(`PDF facturas ${fileStamp()}`, rows);
    return {sheetName, rows: rows.length - 1};
  });
}

/** The PDF finder part of the sidebar contract. */
export const pdfApi_ = {
  findPdfs,
  findPdfsInSelection,
  refreshPdfIndex,
  getJobStatus,
  getIndexStatus,
  zipPdfs,
  getZipStatus,
  writePdfResultsSheet,
} satisfies PdfApi;
