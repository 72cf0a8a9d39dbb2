// Every transient Google failure injected at every call of a Master query, an index build and a
// report, through build/Code.js: each run ends as the clean run did (the retries absorbed it; a
// must for the Sheets and Drive advanced services) or with a Spanish message saying what to do,
// and a rerun then leaves exactly the clean run's state (nothing half-written, no file twice). Faults use Google's texts (test/emulator/sheets/faults.ts,
// test/emulator/drive: developers.google.com/sheets/api/limits, .../drive/api/guides/handle-errors).
import {join} from 'node:path';
import type {Fault} from '../emulator/core/faults';
import type {CallRecord} from '../emulator/core/call-log';
import {driveFault} from '../emulator/drive';
import {sheetsFault, spreadsheetFault} from '../emulator/sheets';
import {createWorld, type World} from '../emulator/world';
import {addMaster, generateMaster} from '../fixtures/master';
import {buildInvoiceTree, invoicesFromMaster} from '../fixtures/drive-tree';
import type {Settings} from '../../src/common/settings';
import type {PdfJobStatusDto} from '../../src/common/pdf-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** Google's English texts that must never reach the user. */
const ENGLISH =
  /API call to|Service Spreadsheets|Quota exceeded|Backend Error|Rate Limit|The service is currently|server error occurred|Internal error encountered/;
/** What the Spanish messages for transient failures say to do. */
const SAYS_WHAT_TO_DO = /intente de nuevo|límite diario/;

interface Scenario {
  /** Builds a fresh world with the add-on loaded and configured; returns the operation. */
  setup(): {world: World; ssId: string; op: () => unknown};
  /** What the clean run leaves (normalised so that clock times do not count). */
  state(world: World): unknown;
}

/** A cell as compared: times of day and dates written as text by the run are masked. */
function norm(v: unknown): unknown {
  if (v instanceof Date || (v && typeof v === 'object' && 'getTime' in v))
    return 'DATE';
  if (typeof v !== 'string') return v;
  return v
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'ISO')
    .replace(/\d{1,2}:\d{2}(:\d{2})?(\s?[ap]\.?\s?m\.?)?/gi, 'HH:MM')
    .replace(/\d{8}_\d{4,6}/g, 'STAMP')
    .replace(/\(\d+([.,]\d+)? s\)/g, '(N s)');
}

/** Every spreadsheet's tabs and values, and every Drive file not trashed (name and folder). */
function snapshot(world: World, skipTabs: RegExp = /^$/): unknown {
  const sheets = world.spreadsheets
    .all()
    .map(ss => ({
      name: ss.name,
      tabs: ss.sheets
        .filter(s => !skipTabs.test(s.name))
        .map(s => {
          const {rows, columns} = s.extent();
          const values: unknown[][] = [];
          for (let r = 1; r <= rows; r++) {
            const row: unknown[] = [];
            for (let c = 1; c <= columns; c++)
              row.push(norm(s.get(r, c) ?? ''));
            values.push(row);
          }
          return {name: s.name, hidden: s.hidden, values};
        }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const files = [...world.driveStore.items.values()]
    .filter(
      i => !i.trashed && i.mimeType !== 'application/vnd.google-apps.folder',
    )
    .map(i => `${i.parents.join(',')}/${norm(i.name)}`)
    .sort();
  return {sheets, files};
}

/** The faults of Google's kinds for one logged call (the nth of its key in the operation). */
function faultsFor(r: CallRecord, nth: number, ssId: string): Fault[] {
  const key = `${r.service}.${r.method}`;
  switch (r.service) {
    case 'Sheets':
      return [sheetsFault(r.method, 429, nth), sheetsFault(r.method, 503, nth)];
    case 'Drive': {
      const faults = [driveFault(key, 403, nth), driveFault(key, 500, nth)];
      if (/Files\.(create|copy)$/.test(r.method))
        faults.push({...driveFault(key, 503, nth), afterEffect: true});
      return faults;
    }
    case 'SpreadsheetApp':
      // Both are retried alike (timeout / transient server error): one per call, alternating, so
      // the sweep stays inside the suite's time.
      return [
        spreadsheetFault(r.method, nth % 2 ? 'timeout' : 'failed', ssId, nth),
      ];
    case 'DriveApp':
      return [
        {
          key,
          nth,
          message:
            "We're sorry, a server error occurred. Please wait a bit and try again.",
        },
      ];
    default:
      return [];
  }
}

/** UI and bookkeeping calls that cannot meet a service failure in any useful sense. */
const SKIPPED = /^SpreadsheetApp\.(getUi|Menu\.|flush$)/;

interface Case {
  index: number;
  fault: Fault;
}

/** One case per (call of the clean run, fault kind). */
function cases(scenario: Scenario): {cases: Case[]; clean: unknown} {
  const {world, ssId, op} = scenario.setup();
  const mark = world.emulator.log.mark();
  op();
  const clean = scenario.state(world);
  const seen = new Map<string, number>();
  const out: Case[] = [];
  world.emulator.log.since(mark).forEach((r, index) => {
    const key = `${r.service}.${r.method}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    if (SKIPPED.test(key)) return;
    for (const fault of faultsFor(r, nth, ssId)) out.push({index, fault});
  });
  return {cases: out, clean};
}

/** Runs the operation with the fault; a failure must be Spanish, and a rerun must restore the clean state. */
function check(scenario: Scenario, clean: unknown, c: Case): string | null {
  const {world, op} = scenario.setup();
  world.emulator.faults.add(c.fault);
  let failure: string | null = null;
  try {
    op();
  } catch (e) {
    failure = (e as Error).message;
  }
  if (failure !== null) {
    // The advanced services' calls are all retried: one failure there must be absorbed.
    if (/^(Sheets|Drive)\./.test(c.fault.key))
      return `call ${c.index} ${c.fault.key}: not absorbed by the retries ("${failure}")`;
    if (ENGLISH.test(failure) || !SAYS_WHAT_TO_DO.test(failure))
      return `call ${c.index} ${c.fault.key}: "${failure}"`;
    op();
  }
  const state = scenario.state(world);
  if (JSON.stringify(state) !== JSON.stringify(clean))
    return `call ${c.index} ${c.fault.key} (${c.fault.message.slice(0, 40)}${c.fault.afterEffect ? ', after effect' : ''}): state differs from the clean run`;
  return null;
}

/** A small Master (2 tabs x `rows` rows) as the active spreadsheet, registered in Drive. */
function masterWorld(rows = 30) {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const master = generateMaster({rows, seed: 5, dueDates: true});
  const ss = addMaster(world.spreadsheets, master);
  const folder = world.driveStore.addFolder({name: 'Finanzas'});
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    parents: [folder.id],
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  return {world, ss, master};
}

const query: Scenario = {
  setup() {
    const {world, ss} = masterWorld();
    const addon = world.loadAddon(BUNDLE);
    const op = () => addon.run('queryInvoices', [{}]);
    return {world, ssId: ss.id, op: () => (lastQuery = op())};
  },
  state: () => JSON.stringify(lastQuery),
};
let lastQuery: unknown = null;

const indexBuild: Scenario = {
  setup() {
    const {world, ss, master} = masterWorld();
    const tree = buildInvoiceTree(world.driveStore, {
      invoices: invoicesFromMaster(master.rows).slice(0, 40),
      seed: 3,
    });
    const addon = world.loadAddon(BUNDLE);
    const settings = addon.run<Settings>('getSettings');
    addon.run('saveSettings', [{...settings, pdfRootFolders: [tree.rootId]}]);
    const op = () => {
      for (let i = 0; i < 10; i++) {
        const s = addon.run<PdfJobStatusDto>('refreshPdfIndex', [{}]);
        if (s.state === 'done') return s;
        if (s.state === 'failed') throw new Error(s.message);
      }
      throw new Error('index not done');
    };
    return {world, ssId: ss.id, op};
  },
  state: world => snapshot(world),
};

const report: Scenario = {
  setup() {
    const {world, ss} = masterWorld(10);
    const exportFolder = world.driveStore.addFolder({name: 'Exportes'});
    const addon = world.loadAddon(BUNDLE);
    const settings = addon.run<Settings>('getSettings');
    addon.run('saveSettings', [{...settings, exportFolder: exportFolder.id}]);
    const op = () => {
      for (let i = 0; i < 5; i++) {
        const r = addon.run<{status: string}>('generateReport', [
          {exportFormat: 'xlsx'},
        ]);
        if (r.status === 'done') return r;
      }
      throw new Error('report not done');
    };
    return {world, ssId: ss.id, op};
  },
  // The run history records the failed attempt too: that is its job, not a half-written output.
  state: world => snapshot(world, /Historial de ejecuciones/),
};

describe.each([
  ['a Master query', query],
  ['an index build', indexBuild],
  ['a report with its .xlsx export', report],
])('one transient failure at each call of %s', (_name, scenario) => {
  const {cases: all, clean} = cases(scenario);

  it(`covers every call of the clean run (${all.length} cases)`, () => {
    expect(all.length).toBeGreaterThan(3);
  });

  it('ends as the clean run, or in Spanish and then as the clean run on a rerun', () => {
    const problems = all.map(c => check(scenario, clean, c)).filter(Boolean);
    expect(problems).toEqual([]);
  });
});
