// Sidebar contract of the PDF finder: find invoice PDFs in Drive through the index, ZIP them, and
// build/refresh the index as a resumable job. JSON-only DTOs (dates as ISO strings).
import type * as v from 'valibot';
import type {
  PdfMasterRowSchema,
  PdfRequestInputSchema,
  PdfRequestRowSchema,
  RefreshPdfIndexOptionsSchema,
} from './schemas/pdf';
import type {
  FindPdfsResultSchema,
  PdfCountsSchema,
  PdfFileSchema,
  PdfIndexStatusSchema,
  PdfJobStateSchema,
  PdfJobStatusSchema,
  PdfLookupSchema,
  PdfLookupStatusSchema,
  PdfResultsSheetSchema,
  PdfZipSchema,
  ZipJobStatusSchema,
  ZipPdfsResultSchema,
} from './schemas/pdf-results';

/** found: one PDF; duplicate: several; missing: none; suspicious: one, in a folder that disagrees with the Master row. */
export type PdfLookupStatus = v.InferOutput<typeof PdfLookupStatusSchema>;

/** One PDF in Drive (src/common/schemas/pdf-results.ts). Show names with textContent, never as HTML. */
export type PdfFileDto = v.InferOutput<typeof PdfFileSchema>;

/** What was found for one invoice. */
export type PdfLookupDto = v.InferOutput<typeof PdfLookupSchema>;

/** An invoice from a Master query row: the date and tab let the finder flag PDFs in the wrong folder. */
export type PdfRequestRow = v.InferOutput<typeof PdfRequestRowSchema>;

/** A row of the Master query (queryInvoices) passed as is: its tab and dates feed the folder check. */
export type PdfMasterRow = v.InferOutput<typeof PdfMasterRowSchema>;

/** Pasted text (any separators), a list of numbers, request rows, or Master query rows. */
export type PdfRequestInput = v.InferOutput<typeof PdfRequestInputSchema>;

export type PdfJobState = v.InferOutput<typeof PdfJobStateSchema>;

/** Progress of an index build/refresh; the sidebar polls it and calls refreshPdfIndex again while 'paused'. */
export type PdfJobStatusDto = v.InferOutput<typeof PdfJobStatusSchema>;

/** The index as it stands. */
export type PdfIndexStatusDto = v.InferOutput<typeof PdfIndexStatusSchema>;

/** How many invoices ended in each status. */
export type PdfCounts = v.InferOutput<typeof PdfCountsSchema>;

/** What findPdfs answers. */
export type FindPdfsResult = v.InferOutput<typeof FindPdfsResultSchema>;

/** Options of refreshPdfIndex: full rebuild, restart an unfinished one. */
export type RefreshPdfIndexOptions = v.InferOutput<
  typeof RefreshPdfIndexOptionsSchema
>;

/** One ZIP saved in the export folder. */
export type PdfZipDto = v.InferOutput<typeof PdfZipSchema>;

/** Progress of a ZIP job, polled by the sidebar. */
export type ZipJobStatusDto = v.InferOutput<typeof ZipJobStatusSchema>;

/** What zipPdfs answers. */
export type ZipPdfsResult = v.InferOutput<typeof ZipPdfsResultSchema>;

/** The tab writePdfResultsSheet wrote. */
export type PdfResultsSheetDto = v.InferOutput<typeof PdfResultsSheetSchema>;

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
  /**
   * ZIPs the PDFs found into the export folder (parts under 50 MB) and lists the missing ones; a
   * job resumed by calling again with the same invoices while it answers 'paused'.
   */
  zipPdfs(invoiceNumbers: PdfRequestInput): ZipPdfsResult;
  /** The progress of this spreadsheet's ZIP job, null when there is none. */
  getZipStatus(): ZipJobStatusDto | null;
  /** Writes the lookup results to a new tab of the active spreadsheet. */
  writePdfResultsSheet(invoiceNumbers: PdfRequestInput): PdfResultsSheetDto;
}
