// Sidebar contract of the PDF finder: find invoice PDFs in Drive through the index, ZIP them, and
// build/refresh the index as a resumable job. JSON-only DTOs (dates as ISO strings).
import type * as v from 'valibot';
import type {
  PdfMasterRowSchema,
  PdfRequestInputSchema,
  PdfRequestRowSchema,
  RefreshPdfIndexOptionsSchema,
} from './schemas/pdf';

/** found: one PDF; duplicate: several; missing: none; suspicious: one, in a folder that disagrees with the Master row. */
export type PdfLookupStatus = 'found' | 'duplicate' | 'missing' | 'suspicious';

/** One PDF in Drive. Names are plain text from Drive: show them with textContent, never as HTML. */
export interface PdfFileDto {
  fileId: string;
  name: string;
  /** "Facturacion/Año 2025/09. Septiembre/Facturacion Finkargo" */
  folderPath: string;
  /** ISO 8601 */
  modified: string;
  /** https://drive.google.com/file/d/<id>/view */
  url: string;
  /** Bytes (0 when Drive did not say). */
  size: number;
}

export interface PdfLookupDto {
  /** Canonical number asked for ("FE10555"). */
  invoice: string;
  status: PdfLookupStatus;
  files: PdfFileDto[];
  /** Spanish explanation for duplicate and suspicious; '' otherwise. */
  reason: string;
}

/** An invoice from a Master query row: the date and tab let the finder flag PDFs in the wrong folder. */
export type PdfRequestRow = v.InferOutput<typeof PdfRequestRowSchema>;

/** A row of the Master query (queryInvoices) passed as is: its tab and dates feed the folder check. */
export type PdfMasterRow = v.InferOutput<typeof PdfMasterRowSchema>;

/** Pasted text (any separators), a list of numbers, request rows, or Master query rows. */
export type PdfRequestInput = v.InferOutput<typeof PdfRequestInputSchema>;

export type PdfJobState = 'running' | 'paused' | 'done' | 'failed';

/** Progress of an index build/refresh; the sidebar polls it and calls refreshPdfIndex again while 'paused'. */
export interface PdfJobStatusDto {
  jobId: string;
  kind: 'pdf-index';
  state: PdfJobState;
  /** Spanish one-line summary. */
  message: string;
  foldersListed: number;
  foldersKnown: number;
  pdfsFound: number;
  driveCalls: number;
  startedAt: string;
  updatedAt: string;
  /** Spanish warnings (incomplete Drive search, no PDFs...). */
  warnings: string[];
}

/** The index as it stands. */
export interface PdfIndexStatusDto {
  exists: boolean;
  /** ISO time of the last build/refresh, null when never built. */
  builtAt: string | null;
  pdfCount: number;
  /** Index rows (one per invoice number and file). */
  entryCount: number;
  folderCount: number;
  /** True when the configured root folders differ from the ones indexed. */
  rootsChanged: boolean;
  /** A build left unfinished (resume with refreshPdfIndex). */
  unfinishedJobId: string | null;
  /** Spanish summary. */
  message: string;
}

export interface PdfCounts {
  found: number;
  duplicate: number;
  missing: number;
  suspicious: number;
}

export interface FindPdfsResult {
  results: PdfLookupDto[];
  counts: PdfCounts;
  /** Spanish notes on the input (what was ignored and why) and on the index. */
  messages: string[];
  index: PdfIndexStatusDto;
}

/** Options of refreshPdfIndex: full rebuild, restart an unfinished one. */
export type RefreshPdfIndexOptions = v.InferOutput<
  typeof RefreshPdfIndexOptionsSchema
>;

/** One ZIP saved in the export folder. */
export interface PdfZipDto {
  fileId: string;
  name: string;
  url: string;
  files: number;
  bytes: number;
}

export interface ZipPdfsResult {
  zips: PdfZipDto[];
  /** Invoices whose PDF went into a ZIP (duplicates in "duplicados/", suspicious in "revisar/"). */
  included: string[];
  missing: string[];
  /** Found but left out (too big, could not be read), with a Spanish reason. */
  skipped: Array<{invoice: string; reason: string}>;
  messages: string[];
  counts: PdfCounts;
}

export interface PdfResultsSheetDto {
  sheetName: string;
  rows: number;
}

/** Sidebar calls of the PDF finder. */
export interface PdfApi {
  /** Looks the invoices up in the index (no Drive call), or searches Drive directly when there is none. */
  findPdfs(invoiceNumbers: PdfRequestInput): FindPdfsResult;
  /** Looks up the invoice numbers in the selected cells of the active sheet. */
  findPdfsInSelection(): FindPdfsResult;
  /** Builds, resumes or refreshes the index within one run; returns its job status. */
  refreshPdfIndex(options: RefreshPdfIndexOptions): PdfJobStatusDto;
  /** The status of an index job, null when unknown. */
  getJobStatus(jobId: string): PdfJobStatusDto | null;
  getIndexStatus(): PdfIndexStatusDto;
  /** ZIPs the PDFs found into the export folder (split under 50 MB) and lists the missing ones. */
  zipPdfs(invoiceNumbers: PdfRequestInput): ZipPdfsResult;
  /** Writes the lookup results to a new tab of the active spreadsheet. */
  writePdfResultsSheet(invoiceNumbers: PdfRequestInput): PdfResultsSheetDto;
}
