// Finding 1,000 invoice PDFs in a 50,000-PDF tree (1,013 folders, with duplicates, misplaced files and
// prefix-trap decoys like FE105550.pdf): the add-on's index against the old way, one
// `name contains` search per invoice taking the first hit (batches of 20, as the old app did).
//
//   npm run build && npx tsx bench/pdf-finder.ts
//
// Figures are service calls and modeled seconds from the emulator's call log (latency constants in
// test/emulator/drive/latency.ts are assumptions, see docs/platform.md "Measured speed").
import {join} from 'node:path';
import {createWorld} from '../test/emulator/world';
import {buildInvoiceTree} from '../test/fixtures/drive-tree';
import {invoiceKeysInFileName} from '../src/domain/pdf/file-name';
import type {Settings} from '../src/common/settings';
import type {FindPdfsResult} from '../src/common/pdf-api';

const INVOICES = 1000;
const world = createWorld();
world.spreadsheets.create('Facturación');
const truth = buildInvoiceTree(world.driveStore, {
  count: 50000,
  years: [2022, 2023, 2024, 2025],
  subfolders: 9,
  seed: 3,
  decoysPer100: 5,
});
const addon = world.loadAddon(join(__dirname, '../build/Code.js'));
const settings = addon.run<Settings>('getSettings');
addon.run('saveSettings', [{...settings, pdfRootFolders: [truth.rootId]}]);
const wanted = truth.invoices
  .filter((_, i) => i % 50 === 0)
  .slice(0, INVOICES)
  .map(i => i.number);

interface Row {
  step: string;
  driveCalls: number;
  allCalls: number;
  modeledS: number;
  runs: number;
  wrong: number | string;
}
const rows: Row[] = [];

function measure(
  step: string,
  fn: () => {runs: number; wrong: number | string},
): void {
  const mark = world.emulator.log.mark();
  const out = fn();
  const s = world.emulator.log.summary(mark);
  const drive = world.emulator.log
    .since(mark)
    .filter(r => r.service === 'Drive' || r.service === 'DriveApp').length;
  rows.push({
    step,
    driveCalls: drive,
    allCalls: s.calls,
    modeledS: Math.round(s.ms / 100) / 10,
    runs: out.runs,
    wrong: out.wrong,
  });
}

measure('index: full build (refreshPdfIndex)', () => {
  let runs = 0;
  for (let state = ''; state !== 'done'; runs++) {
    state = addon.run<{state: string}>('refreshPdfIndex', [{}]).state;
  }
  return {runs, wrong: '-'};
});
measure('index: refresh, nothing changed', () => {
  addon.run('refreshPdfIndex', [{}]);
  return {runs: 1, wrong: '-'};
});
measure(`index: findPdfs(${INVOICES})`, () => {
  const out = addon.run<FindPdfsResult>('findPdfs', [wanted.join('\n')]);
  const wrong = out.results.filter(r =>
    r.files.some(f => !invoiceKeysInFileName(f.name).includes(r.invoice)),
  ).length;
  return {runs: 1, wrong};
});
measure(`naive: name contains x ${INVOICES}, first hit`, () => {
  const drive = world.globals().Drive as GoogleAppsScript.Drive;
  let wrong = 0;
  let runs = 0;
  for (let i = 0; i < wanted.length; i += 20) {
    runs++;
    world.emulator.run('FULL', () => {
      for (const number of wanted.slice(i, i + 20)) {
        const list = drive.Files.list({
          q: `name contains '${number}' and trashed = false`,
          fields: 'files(id,name)',
          pageSize: 10,
        });
        const first = list.files?.[0];
        if (first && !invoiceKeysInFileName(first.name ?? '').includes(number))
          wrong++;
      }
    });
  }
  return {runs, wrong};
});

console.log(
  `Tree: ${truth.folders} folders, ${truth.files} files, ${truth.decoys.length} prefix-trap decoys`,
);
console.table(rows);
