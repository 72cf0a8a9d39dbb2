// The parameters of every global of index.ts, each with the schema its argument must pass: the one
// table globals.ts checks every call against (sidebar, menu, triggers and custom functions).
import * as v from 'valibot';
import type * as api from './index';
import type {SignatureOf} from './arguments';
import {
  InvoiceQuerySchema,
  SheetRowSchema,
  TabNameSchema,
} from '../common/schemas/master';
import {
  JobIdSchema,
  PdfRequestInputSchema,
  RefreshPdfIndexOptionsSchema,
} from '../common/schemas/pdf';
import {FolderListSchema, SettingsSchema} from '../common/schemas/settings';
import {
  ConfirmedSchema,
  ConsolidationSourcesSchema,
  ReviewIdSchema,
} from '../common/schemas/consolidation';
import {
  ReportOptionsSchema,
  ScheduleSettingsSchema,
} from '../common/schemas/report';
import {
  CellInputSchema,
  OptionalCellInputSchema,
} from '../common/schemas/cells';

type Api = typeof api;

/** An options object the caller may leave out (undefined or null): then every option has its default. */
function optionalOptions<T extends object>(
  schema: v.GenericSchema<unknown, T>,
) {
  return v.nullish(schema, () => ({}) as T);
}

/** A trigger's event object from Apps Script (or nothing, when run by hand): not read field by field. */
function event<T>() {
  return v.custom<T | undefined>(
    e => e === undefined || e === null || typeof e === 'object',
    'el evento de Apps Script (un objeto)',
  );
}

/** Every global's parameters; the compiler checks each schema's output against the parameter's type. */
export const SIGNATURES: {readonly [K in keyof Api]: SignatureOf<Api[K]>} = {
  onOpen: [['e', event<GoogleAppsScript.Events.SheetsOnOpen>()]],
  onInstall: [['e', event<GoogleAppsScript.Events.AddonOnInstall>()]],
  showSidebar: [['e', event<object>()]],
  getAbout: [],
  getSettings: [],
  saveSettings: [['settings', SettingsSchema]],
  describeFolders: [['values', FolderListSchema]],
  getOverview: [],
  listFilterOptions: [['query', optionalOptions(InvoiceQuerySchema)]],
  queryInvoices: [['query', optionalOptions(InvoiceQuerySchema)]],
  exportQuery: [['query', optionalOptions(InvoiceQuerySchema)]],
  goToRow: [
    ['tab', TabNameSchema],
    ['row', SheetRowSchema],
  ],
  consolidateExports: [['sources', ConsolidationSourcesSchema]],
  appendToMaster: [
    ['reviewId', ReviewIdSchema],
    ['confirmed', ConfirmedSchema],
  ],
  findPdfs: [['invoiceNumbers', PdfRequestInputSchema]],
  findPdfsInSelection: [],
  refreshPdfIndex: [['options', optionalOptions(RefreshPdfIndexOptionsSchema)]],
  getJobStatus: [['jobId', JobIdSchema]],
  getIndexStatus: [],
  zipPdfs: [['invoiceNumbers', PdfRequestInputSchema]],
  getZipStatus: [],
  writePdfResultsSheet: [['invoiceNumbers', PdfRequestInputSchema]],
  runScheduledReport: [['e', event<GoogleAppsScript.Events.TimeDriven>()]],
  generateReport: [['options', optionalOptions(ReportOptionsSchema)]],
  getSchedule: [],
  setSchedule: [['schedule', ScheduleSettingsSchema]],
  getReportHistory: [],
  NIT_DV: [['nit', CellInputSchema]],
  NIT_VALIDO: [
    ['nit_con_dv', CellInputSchema],
    ['dv', OptionalCellInputSchema],
  ],
  FACTURA_NORMALIZAR: [['numero', CellInputSchema]],
  FACTURA_PDF: [['numero', CellInputSchema]],
  FACTURADO: [
    ['nit', CellInputSchema],
    ['desde', OptionalCellInputSchema],
    ['hasta', OptionalCellInputSchema],
    ['moneda', OptionalCellInputSchema],
  ],
};

/** The custom functions: a bad argument becomes the cell's "Error: ..." text instead of a thrown error. */
export const SHEET_FUNCTIONS: ReadonlySet<string> = new Set([
  'NIT_DV',
  'NIT_VALIDO',
  'FACTURA_NORMALIZAR',
  'FACTURA_PDF',
  'FACTURADO',
] satisfies Array<keyof Api>);
