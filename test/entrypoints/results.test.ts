// Every global's answer through the shipped bundle checked against its result schema
// (src/common/schemas/*-results.ts): the DTO the sidebar is typed with and the real object agree,
// field for field (strict objects: no field more, none missing, none of another type).
import {join} from 'node:path';
import * as v from 'valibot';
import {createWorld} from '../emulator/world';
import {addMaster, generateMaster} from '../fixtures/master';
import {buildInvoiceTree, invoicesFromMaster} from '../fixtures/drive-tree';
import {knownExports} from '../fixtures/exports';
import {SHEET_MIME} from '../../src/domain/kernel/drive-id';
import type * as api from '../../src/entrypoints/index';
import {SettingsSchema} from '../../src/common/schemas/settings';
import {
  AboutInfoSchema,
  FolderDescriptionSchema,
} from '../../src/common/schemas/settings-results';
import {
  ExportResultSchema,
  FilterOptionsSchema,
  InvoicePageSchema,
  MasterOverviewSchema,
} from '../../src/common/schemas/master-results';
import {
  FindPdfsResultSchema,
  PdfIndexStatusSchema,
  PdfJobStatusSchema,
  PdfResultsSheetSchema,
  ZipJobStatusSchema,
  ZipPdfsResultSchema,
} from '../../src/common/schemas/pdf-results';
import {
  ReportHistoryEntrySchema,
  ReportRunResultSchema,
  ScheduleInfoSchema,
} from '../../src/common/schemas/report-results';
import {
  AppendResultSchema,
  ConsolidationReviewSchema,
} from '../../src/common/schemas/consolidation-results';
import {CellSchema} from '../../src/common/schemas/cells';

const BUNDLE = join(__dirname, '../../build/Code.js');

const nothing = v.undefined();
const cells = v.union([CellSchema, v.array(v.array(CellSchema))]);

/** The schema of every global's answer; the compiler checks that no global is left out. */
const RESULTS = {
  onOpen: nothing,
  onInstall: nothing,
  showSidebar: nothing,
  getAbout: AboutInfoSchema,
  getSettings: SettingsSchema,
  saveSettings: SettingsSchema,
  describeFolders: v.array(FolderDescriptionSchema),
  getOverview: MasterOverviewSchema,
  listFilterOptions: FilterOptionsSchema,
  queryInvoices: InvoicePageSchema,
  exportQuery: ExportResultSchema,
  goToRow: nothing,
  consolidateExports: ConsolidationReviewSchema,
  appendToMaster: AppendResultSchema,
  findPdfs: FindPdfsResultSchema,
  findPdfsInSelection: FindPdfsResultSchema,
  refreshPdfIndex: PdfJobStatusSchema,
  getJobStatus: v.nullable(PdfJobStatusSchema),
  getIndexStatus: PdfIndexStatusSchema,
  zipPdfs: ZipPdfsResultSchema,
  getZipStatus: v.nullable(ZipJobStatusSchema),
  writePdfResultsSheet: PdfResultsSheetSchema,
  runScheduledReport: nothing,
  generateReport: ReportRunResultSchema,
  getSchedule: ScheduleInfoSchema,
  setSchedule: ScheduleInfoSchema,
  getReportHistory: v.array(ReportHistoryEntrySchema),
  NIT_DV: cells,
  NIT_VALIDO: cells,
  FACTURA_NORMALIZAR: cells,
  FACTURA_PDF: cells,
  FACTURADO: cells,
} satisfies Record<keyof typeof api, v.GenericSchema>;

type Name = keyof typeof RESULTS;

/** "rows[3].amounts.valorNeto: Invalid type..." for each way the answer differs from its schema. */
function differences(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  return result.issues.map(i => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
}

describe('every answer has the shape its schema declares', () => {
  const master = generateMaster({rows: 30, clients: 6, seed: 5});
  const world = createWorld();
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
  });
  const tree = buildInvoiceTree(world.driveStore, {
    invoices: invoicesFromMaster(master.rows),
    seed: 5,
  });
  const exportFolder = world.driveStore.addFolder({name: 'Exportaciones'});
  const [noova, , netsuite] = knownExports();
  world.spreadsheets.addTab(ss, {
    name: 'Noova pegado',
    rows: noova.sheets[0].values,
  });
  world.spreadsheets.addTab(ss, {
    name: 'NetSuite pegado',
    rows: netsuite.sheets[0].values,
  });
  world.spreadsheets.addTab(ss, {
    name: 'Pendientes',
    rows: master.rows.slice(0, 3).map(r => [r.factura]),
  });
  const addon = world.loadAddon(BUNDLE);
  const called = new Set<Name>();
  const call = <T>(
    name: Name,
    args: unknown[] = [],
    mode?: 'CUSTOM_FUNCTION' | 'NONE',
  ): T => {
    const value = addon.run<T>(name, args, mode ? {mode} : {});
    expect({name, differences: differences(RESULTS[name], value)}).toEqual({
      name,
      differences: [],
    });
    called.add(name);
    return value;
  };
  const numbers = master.rows.slice(0, 5).map(r => r.factura);
  const tab = master.tabs[0].name;

  it('menu, triggers and header', () => {
    call('onOpen', [{authMode: 'NONE'}], 'NONE');
    call('onInstall', [{authMode: 'FULL'}]);
    call('showSidebar');
    call('getAbout');
  });

  it('settings', () => {
    const settings = call<v.InferOutput<typeof SettingsSchema>>('getSettings');
    call('saveSettings', [
      {
        ...settings,
        pdfRootFolders: [tree.rootId],
        exportFolder: exportFolder.id,
      },
    ]);
    call('describeFolders', [[tree.rootId, exportFolder.id, 'no es un id']]);
  });

  it('the Master', () => {
    call('getOverview');
    call('listFilterOptions', [{}]);
    call('queryInvoices', [{pageSize: 10}]);
    call('exportQuery', [{}]);
    call('goToRow', [tab, 5]);
  });

  it('the PDF finder', () => {
    call('getIndexStatus');
    let job = call<{state: string; jobId: string}>('refreshPdfIndex', [{}]);
    for (let i = 0; i < 20 && job.state === 'paused'; i++)
      job = call('refreshPdfIndex', [{}]);
    expect(job.state).toBe('done');
    call('getJobStatus', [job.jobId]);
    call('findPdfs', [numbers.join('\n')]);
    world.spreadsheets.select("'Pendientes'!A1:A3");
    call('findPdfsInSelection');
    call('zipPdfs', [numbers]);
    call('getZipStatus');
    call('writePdfResultsSheet', [numbers]);
  });

  it('the reports', () => {
    call('generateReport', [{reports: ['resumen', 'calidad']}]);
    call('setSchedule', [{when: {kind: 'daily', hour: 7}, options: {}}]);
    call('getSchedule');
    call('runScheduledReport', [{triggerUid: 'none'}]);
    call('getReportHistory');
  });

  it('Consolidar', () => {
    const review = call<{reviewId: string}>('consolidateExports', [
      {tabs: ['Noova pegado', 'NetSuite pegado']},
    ]);
    call('appendToMaster', [review.reviewId, true]);
  });

  it('the sheet functions', () => {
    const mode = 'CUSTOM_FUNCTION';
    call('NIT_DV', [[['900206480'], ['x']]], mode);
    call('NIT_VALIDO', ['900.206.480-2'], mode);
    call('FACTURA_NORMALIZAR', ['fe-010555'], mode);
    call('FACTURA_PDF', [numbers[0]], mode);
    call('FACTURADO', [master.rows[0].nitCell], mode);
  });

  it('called every global', () => {
    expect([...called].sort()).toEqual(Object.keys(RESULTS).sort());
  });
});
