// The bench scenarios: each main job done the add-on's way and the naive way on the same world.
import type {FindPdfsResult, PdfJobStatusDto} from '../../src/shared/pdf-api';
import {invoiceKeysInFileName} from '../../src/domain/pdf/file-name';
import {measure, scale, type Measure} from './measure';
import type {BenchWorld} from './world';

export interface Outcome {
  scenario: string;
  addon: Measure;
  /** Null when the old way has no equivalent. */
  naive: Measure | null;
  /** How the naive figure was obtained, when not by running it whole. */
  naiveNote?: string;
  /** Wrong answers of each way (e.g. a PDF of another invoice), when it applies. */
  wrong?: {addon: number; naive: number};
}

const FINDS = [20, 200, 1000];

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

/** The old app: one `name contains` search per invoice, batches of 20 per run, first hit taken. */
function naiveFind(b: BenchWorld, numbers: string[]): number {
  const drive = b.world.globals().Drive as GoogleAppsScript.Drive;
  let wrong = 0;
  for (let i = 0; i < numbers.length; i += 20) {
    b.world.emulator.run('FULL', () => {
      for (const number of numbers.slice(i, i + 20)) {
        const first = drive.Files.list({
          q: `name contains '${number}' and trashed = false`,
          fields: 'files(id,name)',
          pageSize: 10,
        }).files?.[0];
        if (first && !invoiceKeysInFileName(first.name ?? '').includes(number))
          wrong++;
      }
    });
  }
  return wrong;
}

function addonFind(b: BenchWorld, numbers: string[]): number {
  const out = b.addon.run<FindPdfsResult>('findPdfs', [numbers.join('\n')]);
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

export function runScenarios(b: BenchWorld): Outcome[] {
  const out: Outcome[] = [];
  const nit = b.master.rows[0].nit;
  const query = {tab: 'Consolidado', nits: [nit]};

  out.push({
    scenario: 'Master: query, cold',
    addon: measure(b.world, () =>
      b.addon.run('queryInvoices', [{...query, refresh: true}]),
    ),
    naive: measure(b.world, () => naiveMasterRead(b)),
  });
  out.push({
    scenario: 'Master: query again, warm',
    addon: measure(b.world, () => b.addon.run('queryInvoices', [query])),
    naive: measure(b.world, () => naiveMasterRead(b)),
    naiveNote: 'no cache across executions: the whole tabs again',
  });

  out.push({
    scenario: 'PDF index: full build',
    addon: measure(b.world, () => buildIndex(b, true)),
    naive: null,
  });
  out.push({
    scenario: 'PDF index: refresh, nothing changed',
    addon: measure(b.world, () => buildIndex(b, false)),
    naive: null,
  });

  const numbers = b.tree.invoices.map(i => i.number);
  for (const n of FINDS) {
    const wanted = numbers
      .filter((_, i) => i % Math.max(1, Math.floor(numbers.length / n)) === 0)
      .slice(0, n);
    let wrongNaive = 0;
    const naive = measure(b.world, () => {
      wrongNaive = naiveFind(b, wanted);
    });
    let wrongWarm = 0;
    out.push({
      scenario: `PDFs: find ${n}, warm index`,
      addon: measure(b.world, () => {
        wrongWarm = addonFind(b, wanted);
      }),
      naive,
      wrong: {addon: wrongWarm, naive: wrongNaive},
    });
    let wrongCold = 0;
    out.push({
      scenario: `PDFs: find ${n}, cold index`,
      addon: measure(b.world, () => {
        buildIndex(b, true);
        wrongCold = addonFind(b, wanted);
      }),
      naive,
      wrong: {addon: wrongCold, naive: wrongNaive},
    });
  }

  const cells = numbers.slice(0, 10000);
  const column = Array.from({length: 10000}, (_, i) => [
    cells[i % cells.length],
  ]);
  const SAMPLE = 100;
  out.push({
    scenario: 'Custom function: =FACTURA_PDF(A2:A10001)',
    addon: measure(b.world, () =>
      b.addon.run('FACTURA_PDF', [column], {mode: 'CUSTOM_FUNCTION'}),
    ),
    naive: scale(
      measure(b.world, () => {
        for (const [value] of column.slice(0, SAMPLE)) {
          b.addon.run('FACTURA_PDF', [value], {mode: 'CUSTOM_FUNCTION'});
        }
      }),
      column.length / SAMPLE,
    ),
    naiveNote: `one execution per cell: ${SAMPLE} run, x${column.length / SAMPLE}`,
  });
  out.push({
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
  return out;
}
