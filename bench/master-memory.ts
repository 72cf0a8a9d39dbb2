// Script-side memory and cost of reading a 2 x 100,000-row Master for a query, against the naive
// whole-tab read (getDataRange().getValues() of both invoice tabs, as the old system loaded all).
//
//   npx tsx bench/master-memory.ts            (each scenario in its own node process, --expose-gc)
//
// Heap figures are live heap after a full GC (process.memoryUsage().heapUsed), relative to the
// heap before the read, with the generated Master already in the emulator:
// - phases: the parsed pieces held at each step of a cold read (source modules, same code as the
//   bundle): the Sheets response of the needed columns, + the column table, the table alone, + the
//   snapshot text, + its packed cache pieces (gzip + base64).
//   "warm:+joined+decodedMB" adds what a warm query holds: the joined pieces and the decoded table.
// - bundle-cold / bundle-warm: queryInvoices through build/Code.js; "peakAtCalls" is the largest
//   live heap seen at any service call of the execution (a lower bound of the true peak).
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {createWorld} from '../test/emulator/world';
import {addMaster, generateMaster} from '../test/fixtures/master';

const SCENARIOS = [
  'phases',
  'bundle-cold',
  'bundle-warm',
  'naive-getDataRange',
] as const;
type Scenario = (typeof SCENARIOS)[number];
type Row = Record<string, number | string>;
const MB = 1024 * 1024;

function heap(): number {
  const gc = (globalThis as {gc?: () => void}).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => +(bytes / MB).toFixed(1);

function setup() {
  const world = createWorld();
  const master = generateMaster({rows: 100_000, seed: 11});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: 'application/vnd.google-apps.spreadsheet',
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  return {world, ss};
}

function phases(): Row {
  const {world, ss} = setup();
  const {
    console: _c,
    Logger: _l,
    ...services
  } = world.globals() as Record<string, unknown>;
  void _c;
  void _l;
  Object.assign(globalThis, services);

  const {sheetsApiReader} =
    require('../src/adapters/master/sheets-reader') as typeof import('../src/adapters/master/sheets-reader');
  const {readMaster} =
    require('../src/app/master/read') as typeof import('../src/app/master/read');
  const {encodeTable, decodeTable} =
    require('../src/domain/master/snapshot') as typeof import('../src/domain/master/snapshot');
  const {snapshotItems} =
    require('../src/domain/master/snapshot-pieces') as typeof import('../src/domain/master/snapshot-pieces');
  const U = (
    globalThis as unknown as {Utilities: GoogleAppsScript.Utilities.Utilities}
  ).Utilities;
  const {defaultMasterProfile} =
    require('../src/domain/master/fields') as typeof import('../src/domain/master/fields');

  const reader = sheetsApiReader(
    (globalThis as unknown as {Sheets: GoogleAppsScript.Sheets}).Sheets,
  );
  let response: unknown = null;
  let withResponse = 0;
  const base = heap();
  const readColumns = reader.readColumns;
  reader.readColumns = (id, columns) => {
    const values = readColumns(id, columns);
    response = values;
    return values;
  };
  const table = world.emulator.run(
    'FULL',
    () => readMaster(reader, ss.id, defaultMasterProfile()).table,
  );
  withResponse = heap() - base;
  response = null;
  void response;
  const tableOnly = heap() - base;
  const text = encodeTable(table);
  const withText = heap() - base;
  // The snapshot as stored: gzip, base64, pieces of 100,000 characters behind a manifest.
  const packed = U.base64Encode(U.gzip(U.newBlob(text)).getBytes());
  const items = snapshotItems('k', packed, 100_000);
  const chunks = Object.values(items).slice(1);
  const withChunks = heap() - base;
  // A warm query: the cached pieces joined, unpacked and decoded into a second table.
  const joined = chunks.join('');
  const decoded = decodeTable(
    U.ungzip(U.newBlob(U.base64Decode(joined))).getDataAsString(),
  );
  const warmPeak = heap() - base;
  void decoded;
  return {
    scenario: 'phases',
    'response+tableMB': mb(withResponse),
    tableMB: mb(tableOnly),
    'table+snapshotTextMB': mb(withText),
    'table+text+chunksMB': mb(withChunks),
    'warm:+joined+decodedMB': mb(warmPeak),
    snapshotChars: text.length,
    packedChars: packed.length,
    chunks: chunks.length,
    rows: table.size,
  };
}

function bundle(warm: boolean): Row {
  const {world} = setup();
  const addon = world.loadAddon(join(__dirname, '../build/Code.js'));
  if (warm) addon.run('queryInvoices', [{}]);
  const base = heap();
  let peak = 0;
  const call = world.emulator.call.bind(world.emulator);
  world.emulator.call = (...args: Parameters<typeof call>) => {
    peak = Math.max(peak, heap() - base);
    return call(...args);
  };
  const mark = world.emulator.log.mark();
  const clock0 = world.emulator.clock.now();
  const page = addon.run<{total: number}>('queryInvoices', [{}]);
  const s = world.emulator.log.summary(mark);
  return {
    scenario: warm ? 'bundle-warm' : 'bundle-cold',
    peakAtCallsMB: mb(peak),
    rows: page.total,
    calls: s.calls,
    sheetsCalls: Object.entries(s.byMethod)
      .filter(([k]) => k.startsWith('Sheets.'))
      .reduce((n, [, c]) => n + c, 0),
    cellsMoved: s.cells,
    modeledS: +((world.emulator.clock.now() - clock0) / 1000).toFixed(1),
  };
}

function naive(): Row {
  const {world} = setup();
  const base = heap();
  const mark = world.emulator.log.mark();
  const clock0 = world.emulator.clock.now();
  const grids = world.emulator.run('FULL', () =>
    world.services.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .filter(s => /^Relacion facturas/.test(s.getName()))
      .map(s => s.getDataRange().getValues()),
  );
  const held = heap() - base;
  const s = world.emulator.log.summary(mark);
  return {
    scenario: 'naive-getDataRange',
    valuesHeldMB: mb(held),
    rows: grids.reduce((n, g) => n + g.length, 0),
    calls: s.calls,
    cellsMoved: s.cells,
    modeledS: +((world.emulator.clock.now() - clock0) / 1000).toFixed(1),
  };
}

function run(name: Scenario): Row {
  if (name === 'phases') return phases();
  if (name === 'naive-getDataRange') return naive();
  return bundle(name === 'bundle-warm');
}

const arg = process.argv[2] as Scenario | undefined;
if (arg) {
  process.stdout.write(JSON.stringify(run(arg)) + '\n');
} else {
  for (const s of SCENARIOS) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', __filename, s],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    console.log(JSON.stringify(JSON.parse(out)));
  }
}
