// Schemas of what the PDF finder answers (lookups, index and job status, ZIPs, results tab): the
// sidebar's types are derived from them, and the tests check the real answers against them.
import * as v from 'valibot';

/** found: one PDF; duplicate: several; missing: none; suspicious: one, in a folder that disagrees with the Master row. */
export const PdfLookupStatusSchema = v.picklist([
  'found',
  'duplicate',
  'missing',
  'suspicious',
]);

/** One PDF in Drive. Names are plain text from Drive: show them with textContent, never as HTML. */
export const PdfFileSchema = v.strictObject({
  fileId: v.string(),
  name: v.string(),
  /** "Facturacion/Año 2025/09. Septiembre/Facturacion Finkargo" */
  folderPath: v.string(),
  /** ISO 8601 */
  modified: v.string(),
  /** https://drive.google.com/file/d/<id>/view */
  url: v.string(),
  /** Bytes (0 when Drive did not say). */
  size: v.number(),
});

/** What was found for one invoice. */
export const PdfLookupSchema = v.strictObject({
  /** Canonical number asked for ("FE10555"). */
  invoice: v.string(),
  status: PdfLookupStatusSchema,
  files: v.array(PdfFileSchema),
  /** Spanish explanation for duplicate and suspicious; '' otherwise. */
  reason: v.string(),
});

export const PdfJobStateSchema = v.picklist([
  'running',
  'paused',
  'done',
  'failed',
]);

/** Progress of an index build/refresh; the sidebar polls it and calls refreshPdfIndex again while 'paused'. */
export const PdfJobStatusSchema = v.strictObject({
  jobId: v.string(),
  kind: v.literal('pdf-index'),
  state: PdfJobStateSchema,
  /** Spanish one-line summary. */
  message: v.string(),
  foldersListed: v.number(),
  foldersKnown: v.number(),
  pdfsFound: v.number(),
  driveCalls: v.number(),
  startedAt: v.string(),
  updatedAt: v.string(),
  /** Spanish warnings (incomplete Drive search, no PDFs...). */
  warnings: v.array(v.string()),
});

/** The index as it stands. */
export const PdfIndexStatusSchema = v.strictObject({
  exists: v.boolean(),
  /** ISO time of the last build/refresh, null when never built. */
  builtAt: v.nullable(v.string()),
  pdfCount: v.number(),
  /** Index rows (one per invoice number and file). */
  entryCount: v.number(),
  folderCount: v.number(),
  /** True when the configured root folders differ from the ones indexed. */
  rootsChanged: v.boolean(),
  /** A build left unfinished (resume with refreshPdfIndex). */
  unfinishedJobId: v.nullable(v.string()),
  /** Spanish summary. */
  message: v.string(),
});

/** How many invoices ended in each status. */
export const PdfCountsSchema = v.strictObject({
  found: v.number(),
  duplicate: v.number(),
  missing: v.number(),
  suspicious: v.number(),
});

/** What findPdfs answers. */
export const FindPdfsResultSchema = v.strictObject({
  results: v.array(PdfLookupSchema),
  counts: PdfCountsSchema,
  /** Spanish notes on the input (what was ignored and why) and on the index. */
  messages: v.array(v.string()),
  index: PdfIndexStatusSchema,
});

/** One ZIP saved in the export folder. */
export const PdfZipSchema = v.strictObject({
  fileId: v.string(),
  name: v.string(),
  url: v.string(),
  files: v.number(),
  bytes: v.number(),
});

/**
 * Progress of a ZIP job: the sidebar polls it (getZipStatus) while zipPdfs runs, and calls zipPdfs
 * again with the same invoices while the state is 'paused'.
 */
export const ZipJobStatusSchema = v.strictObject({
  jobId: v.string(),
  kind: v.literal('pdf-zip'),
  state: PdfJobStateSchema,
  /** Spanish one-line summary ("Parte 2: 400 de 1.000 PDF leídos..."). */
  message: v.string(),
  /** PDFs read or left out so far, of all the PDFs to ZIP. */
  filesDone: v.number(),
  filesTotal: v.number(),
  /** ZIP parts saved in Drive so far. */
  zipsSaved: v.number(),
  startedAt: v.string(),
  updatedAt: v.string(),
});

/** What zipPdfs answers: the job's state and, so far, the ZIPs saved and the PDFs left out. */
export const ZipPdfsResultSchema = v.strictObject({
  jobId: v.string(),
  /** 'paused': call zipPdfs again with the same invoices to continue; 'done': finished. */
  state: PdfJobStateSchema,
  /** Spanish progress or outcome line. */
  message: v.string(),
  filesDone: v.number(),
  filesTotal: v.number(),
  zips: v.array(PdfZipSchema),
  /** Invoices whose PDF went into a ZIP (duplicates in "duplicados/", suspicious in "revisar/"). */
  included: v.array(v.string()),
  missing: v.array(v.string()),
  /** Found but left out (too big, could not be read), with a Spanish reason. */
  skipped: v.array(v.strictObject({invoice: v.string(), reason: v.string()})),
  messages: v.array(v.string()),
  counts: PdfCountsSchema,
});

/** The tab writePdfResultsSheet wrote. */
export const PdfResultsSheetSchema = v.strictObject({
  sheetName: v.string(),
  rows: v.number(),
});
