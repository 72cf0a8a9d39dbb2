// The bench scenarios: each main job done the add-on's way and, where one exists, the naive way,
// on the same world. Ids are read by other tools (bench/results/latest.json): keep them.
import type {
  FindPdfsResult,
  PdfJobStatusDto,
  ZipPdfsResult,
} from '../../src/common/pdf-api';
import type {ConsolidationReview} from '../../src/common/consolidation-api';
import {invoiceKeysInFileName} from '../../src/domain/pdf/file-name';
import {generatedExports} from '../../test/fixtures/exports';
import {measure, scale, type Measure} from './measure';
import type {BenchWorld} from './world';

export const SCENARIO_IDS = [
  'master-query-cold',
  'master-query-warm',
  'facturado-10k',
  'pdf-find-20-cold',
  'pdf-find-1000-cold',
  'pdf-find-1000-warm',
  'index-build',
  'index-refresh-nochange',
  'zip-1000',
  'report-scheduled',
  'consolidation',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface Outcome {
  id: ScenarioId;
  scenario: string;
  addon: Measure;
  /** The competent naive way, measured in the emulator; null when there is none. */
  naive: Measure | null;
  /** How the naive figure was obtained, when not by running it whole. */
  naiveNote?: string;
  /** The old app's own figure (seconds), quoted from its documentation, not emulated. */
  oldAppSeconds?: {low: number; high: number};
  /** Wrong answers of each way (e.g. a PDF of another invoice), when it applies. */
  wrong?: {addon: number; naive: number};
}

/** The old app's documented time to find one invoice's PDF: 5-10 s (see bench/README.md). */
const OLD_APP_S_PER_INVOICE = {low: 5, high: 10};

/** Builds (or rebuilds) the PDF index to completion, resuming across executions as the sidebar does. */
function buildIndex(b: BenchWorld, full: boolean): void {
  let status = b.addon.run<PdfJobStatusDto>('refreshPdfIndex', [
    {full, restart: full},
  ]);
  for (let i = 0; status.state !== 'done' && i < 50; i++) {
    status = b.addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
  }
  if (status.state !== 'done')
    throw new Error(`index build did not finish: ${status.message}`);
}

/**
 * The competent naive search: one exact `name contains` search per invoice, PDFs only, the first
 * hit whose name really is that invoice, 20 invoices per execution.
 */
function naiveFind(b: BenchWorld, numbers: string[]): number {
  const drive = b.world.globals().Drive as GoogleAppsScript.Drive;
  let wrong = 0;
  for (let i = 0; i < numbers.length; i += 20) {
    b.world.emulator.run('FULL', () => {
      for (const number of numbers.slice(i, i + 20)) {
        const files =
          drive.Files.list({
            q: `name contains '${number}' and mimeType = 'application/pdf' and trashed = false`,
            fields: 'files(id,name)',
            pageSize: 10,
          }).files ?? [];
        const exact = files.find(f =>
          invoiceKeysInFileName(f.name ?? '').includes(number),
        );
        if (!exact && files.length > 0) wrong++;
      }
    });
  }
  return wrong;
}

function addonFind(b: BenchWorld, numbers: string[]): number {
  const out = b.addon.run<FindPdfsResult>('findPdfs', [numbers.join('\n')]);
  if (out.results.length !== numbers.length)
    throw new Error(
      `findPdfs answered ${out.results.length} of ${numbers.length}`,
    );
  return out.results.filter(r =>
    r.files.some(f => !invoiceKeysInFileName(f.name).includes(r.invoice)),
  ).length;
}

/** The naive Master read: getDataRange().getValues() of every invoice tab. */
function naiveMasterRead(b: BenchWorld): void {
  const app = b.world.services.SpreadsheetApp;
  b.world.emulator.run('FULL', () => {
    const ss = app.getActiveSpreadsheet();
    for (const tab of b.master.tabs.slice(0, 2)) {
      ss.getSheetByName(tab.name)!.getDataRange().getValues();
    }
  });
}

/** `n` invoice numbers spread over the tree. */
function spread(b: BenchWorld, n: number): string[] {
  const numbers = b.tree.invoices.map(i => i.number);
  const step = Math.max(1, Math.floor(numbers.length / n));
  return numbers.filter((_, i) => i % step === 0).slice(0, n);
}

/** 10,000 FACTURADO cells: every distinct NIT of the Master in turn, a 1-4 month window per row. */
function facturadoArgs(b: BenchWorld): unknown[] {
  const nits = [...new Set(b.master.rows.map(r => r.nit))];
  const base = 45658; // 01/01/2025 as a serial
  const rows = Array.from({length: 10_000}, (_, i) => i);
  return [
    rows.map(i => [nits[i % nits.length]]),
    rows.map(i => [base + (i % 180)]),
    rows.map(i => [base + (i % 180) + 30 * (1 + (i % 4))]),
  ];
}

export function runScenarios(b: BenchWorld): Outcome[] {
  const out: Outcome[] = [];
  const nit = b.master.rows[0].nit;
  const query = {tab: 'Consolidado', nits: [nit]};
  const naiveRead = measure(b.world, () => naiveMasterRead(b));

  out.push({
    id: 'master-query-cold',
    scenario: 'Master: query, cold',
    addon: measure(b.world, () =>
      b.addon.run('queryInvoices', [{...query, refresh: true}]),
    ),
    naive: naiveRead,
  });
  out.push({
    id: 'master-query-warm',
    scenario: 'Master: query again, warm',
    addon: measure(b.world, () => b.addon.run('queryInvoices', [query])),
    naive: naiveRead,
    naiveNote: 'no cache across executions: the whole tabs again',
  });

  const args = facturadoArgs(b);
  const SAMPLE = 5;
  out.push({
    id: 'facturado-10k',
    scenario: '=FACTURADO over 10,000 cells, a date window per row',
    addon: measure(b.world, () =>
      b.addon.run('FACTURADO', args, {mode: 'CUSTOM_FUNCTION'}),
    ),
    naive: scale(
      measure(b.world, () => {
        const [nits, from, to] = args as unknown[][][];
        for (let i = 0; i < SAMPLE; i++)
          b.addon.run('FACTURADO', [nits[i][0], from[i][0], to[i][0]], {
            mode: 'CUSTOM_FUNCTION',
          });
      }),
      10_000 / SAMPLE,
    ),
    naiveNote: `one formula (execution) per cell: ${SAMPLE} run, x${10_000 / SAMPLE} (extrapolated)`,
  });

  const few = spread(b, 20);
  const many = spread(b, 1000);
  let wrongNaive20 = 0;
  const naive20 = measure(b.world, () => {
    wrongNaive20 = naiveFind(b, few);
  });
  const NAIVE_SAMPLE = 40;
  let wrongNaive1000 = 0;
  const naive1000 = scale(
    measure(b.world, () => {
      wrongNaive1000 = naiveFind(b, many.slice(0, NAIVE_SAMPLE));
    }),
    many.length / NAIVE_SAMPLE,
  );
  const naive1000Note = `one exact search per invoice: ${NAIVE_SAMPLE} run, x${many.length / NAIVE_SAMPLE} (extrapolated)`;

  let wrong = 0;
  // No index yet: the add-on searches Drive directly (one name search per 20 invoices).
  out.push({
    id: 'pdf-find-20-cold',
    scenario: 'PDFs: find 20, no index yet',
    addon: measure(b.world, () => {
      wrong = addonFind(b, few);
    }),
    naive: naive20,
    oldAppSeconds: {
      low: OLD_APP_S_PER_INVOICE.low * 20,
      high: OLD_APP_S_PER_INVOICE.high * 20,
    },
    wrong: {addon: wrong, naive: wrongNaive20},
  });
  out.push({
    id: 'pdf-find-1000-cold',
    scenario: 'PDFs: find 1,000, no index yet',
    addon: measure(b.world, () => {
      wrong = addonFind(b, many);
    }),
    naive: naive1000,
    naiveNote: naive1000Note,
    oldAppSeconds: {
      low: OLD_APP_S_PER_INVOICE.low * 1000,
      high: OLD_APP_S_PER_INVOICE.high * 1000,
    },
    wrong: {addon: wrong, naive: wrongNaive1000},
  });

  out.push({
    id: 'index-build',
    scenario: 'PDF index: full build',
    addon: measure(b.world, () => buildIndex(b, true)),
    naive: null,
  });
  // The build itself wrote the spreadsheet, so Drive reports it changed; and a folder with a PDF
  // appears outside the roots. Neither touches the index.
  const elsewhere = b.world.driveStore.addFolder({name: 'Descargas'});
  b.world.driveStore.addFile({
    name: 'FE1.pdf',
    parents: [elsewhere.id],
    mimeType: 'application/pdf',
    size: 1000,
  });
  out.push({
    id: 'index-refresh-nochange',
    scenario: 'PDF index: refresh, nothing relevant changed',
    addon: measure(b.world, () => buildIndex(b, false)),
    naive: null,
  });

  out.push({
    id: 'pdf-find-1000-warm',
    scenario: 'PDFs: find 1,000, index built',
    addon: measure(b.world, () => {
      wrong = addonFind(b, many);
    }),
    naive: naive1000,
    naiveNote: naive1000Note,
    oldAppSeconds: {
      low: OLD_APP_S_PER_INVOICE.low * 1000,
      high: OLD_APP_S_PER_INVOICE.high * 1000,
    },
    wrong: {addon: wrong, naive: wrongNaive1000},
  });

  // ZIP of the 1,000 found (index built, as after a search in the sidebar).
  out.push({
    id: 'zip-1000',
    scenario: 'PDFs: ZIP of 1,000 found',
    addon: measure(b.world, () => {
      // Resumed run after run while it answers 'paused', as the sidebar does.
      let z = b.addon.run<ZipPdfsResult>('zipPdfs', [many.join('\n')]);
      for (let i = 0; z.state === 'paused' && i < 20; i++)
        z = b.addon.run<ZipPdfsResult>('zipPdfs', [many.join('\n')]);
      if (z.state !== 'done' || z.zips.length === 0)
        throw new Error(`zipPdfs did not finish: ${z.message}`);
    }),
    naive: null,
  });

  out.push({
    id: 'report-scheduled',
    scenario: 'Scheduled report (trigger)',
    addon: measure(b.world, () => {
      b.addon.run('setSchedule', [
        {when: {kind: 'daily', hour: 6}, options: {}},
      ]);
      const fired = b.world.fireDueTriggers(
        b.world.emulator.clock.now() + 24 * 3600 * 1000,
      );
      const failed = fired.find(f => !f.ok);
      if (failed) throw new Error(`scheduled report failed: ${failed.error}`);
      b.addon.run('setSchedule', [{when: {kind: 'off'}, options: {}}]);
    }),
    naive: null,
  });

  // A month of exports pasted in tabs (NetSuite and Noova), a tenth of the Master's rows.
  const {workbooks} = generatedExports(Math.round(b.master.rows.length / 20));
  const ss = b.world.services.SpreadsheetApp.getActiveSpreadsheet();
  const store = b.world.spreadsheets.get(ss.getId())!;
  for (const wb of workbooks)
    b.world.spreadsheets.addTab(store, {
      name: wb.fileName,
      rows: wb.sheets[0].values,
    });
  out.push({
    id: 'consolidation',
    scenario: 'Consolidar: a month of exports pasted in tabs',
    addon: measure(b.world, () => {
      const review = b.addon.run<ConsolidationReview>('consolidateExports', [
        {tabs: workbooks.map(w => w.fileName)},
      ]);
      if (review.stats.invoices === 0) throw new Error('nothing consolidated');
    }),
    naive: null,
  });
  return out;
}
