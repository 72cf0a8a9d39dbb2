// =FACTURADO through build/Code.js in CUSTOM_FUNCTION mode on generated Masters: totals per NIT,
// date window and currency checked against the generator's own rows; the read budget (4 columns
// per invoice tab, one execution) and the modeled time pinned; no Drive or Sheets API call; the
// snapshot path when the Master is another file; Spanish error texts.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {TEAM} from '../emulator/accounts';
import {createWorld, type World} from '../emulator/world';
import {
  addMaster,
  generateMaster,
  type Master,
  type MasterRow,
} from '../fixtures/master';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const DAY = 86_400_000;
const NO_SNAPSHOT =
  'Error: el Master no es esta hoja y no está en caché. Abra Extensiones > Facturación > Abrir panel > Consultar una vez para cargarlo (la copia dura hasta 6 horas).';

type Out = string | number | boolean | null;

/** The UTC calendar day of a generated row (its cell holds that day's serial). */
function dayOf(r: MasterRow): number {
  return Math.floor((r.fechaMs - 5 * 3_600_000) / DAY);
}

/** Independent total: invoice tabs only (Cesion is not configured), one currency, inclusive days. */
function expectedTotal(
  master: Master,
  nit: string,
  currency = 'COP',
  from = -Infinity,
  to = Infinity,
): number {
  let sum = 0;
  for (const r of master.rows) {
    if (r.tab === 'cesion' || r.nit !== nit || r.moneda !== currency) continue;
    const d = dayOf(r);
    if (d < from || d > to) continue;
    sum += r.neto ?? 0;
  }
  return Math.round(sum * 100) / 100;
}

function setUp(master: Master) {
  const world = createWorld();
  const ss = addMaster(world.spreadsheets, master);
  const addon = world.loadAddon(BUNDLE);
  const custom = (...args: unknown[]) =>
    addon.run<Out | Out[][]>('FACTURADO', args, {mode: 'CUSTOM_FUNCTION'});
  return {world, addon, custom, masterId: ss.id};
}

/** Calls made by fn and the modeled milliseconds it took. */
function measure(world: World, fn: () => void) {
  const mark = world.emulator.log.mark();
  const startedAt = world.emulator.clock.now();
  fn();
  return {
    calls: world.emulator.log.since(mark),
    modeledMs: world.emulator.clock.now() - startedAt,
  };
}

function byMethod(calls: ReadonlyArray<{service: string; method: string}>) {
  const out: Record<string, number> = {};
  for (const c of calls) {
    const k = `${c.service}.${c.method}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

function clientNits(master: Master): string[] {
  return [...new Set(master.rows.map(r => r.nit))].sort();
}

/** The NIT as people type it: number, dotted with DV, plain text. */
function typed(master: Master, nit: string, i: number): string | number {
  const dv = master.rows.find(r => r.nit === nit)!.dv;
  if (i % 3 === 0) return Number(nit);
  if (i % 3 === 1) return `${nit.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${dv}`;
  return nit;
}

describe('FACTURADO stub in build/Code.js', () => {
  it('carries the Spanish JSDoc with an example for each of its 4 arguments', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    const m =
      /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nfunction FACTURADO\(nit, desde, hasta, moneda\) \{/.exec(
        code,
      );
    expect(m).not.toBeNull();
    const doc = m![1];
    expect(doc).toMatch(/^\s*\* Total neto facturado a un NIT/);
    expect(
      [...doc.matchAll(/@param \{([^}]+)\} (\w+)/g)].map(x => x.slice(1)),
    ).toEqual([
      ['"900.206.480-2"', 'nit'],
      ['"01/01/2025"', 'desde'],
      ['"30/09/2025"', 'hasta'],
      ['"USD"', 'moneda'],
    ]);
    expect(doc).toContain('@return El total neto facturado');
    expect(doc).toContain('@customfunction');
  });
});

describe('FACTURADO on this spreadsheet as the Master (2 x 100,000 rows)', () => {
  const master = generateMaster({rows: 100_000, seed: 31});
  const s = setUp(master);
  const nits = clientNits(master);
  // Every client NIT three times in three shapes, an unknown NIT, a blank and a bad text.
  const column: Out[][] = [];
  for (let i = 0; i < nits.length * 3; i++)
    column.push([typed(master, nits[i % nits.length], i)]);
  column.push([800000001], [''], ['ACME']);

  it('totals a range of NITs in COP with one read of 4 columns per tab, no Drive or Sheets API, well under 30 s', () => {
    let out!: Out[][];
    const {calls, modeledMs} = measure(s.world, () => {
      out = s.custom(column) as Out[][];
    });
    expect(out).toHaveLength(column.length);
    expect(out.every(row => row.length === 1)).toBe(true);
    nits.forEach((nit, i) => {
      const want = expectedTotal(master, nit);
      expect(want).toBeGreaterThan(0);
      for (const k of [i, i + nits.length, i + 2 * nits.length])
        expect({nit, got: out[k][0]}).toEqual({nit, got: want});
    });
    const n = nits.length * 3;
    expect(out[n][0]).toBe(0);
    expect(out[n + 1][0]).toBe('');
    expect(out[n + 2][0]).toBe('Error: "ACME" no es un NIT');

    expect(
      calls.filter(c => /^(Drive|DriveApp|Sheets)/.test(c.service)),
    ).toEqual([]);
    // Budget, whatever the number of cells: settings (2, in the script properties under the
    // spreadsheet's id, which costs the active spreadsheet and its id once more), the cache asked
    // for a recent snapshot (2: none yet), the active spreadsheet once per execution
    // (adapters/common/run-memo.ts) and its id for the file id and again in the reader (1 + 2), listSheets (getSheets + name, lastRow and
    // lastColumn per tab of the file), then getSheetByName + getValues for one header block per
    // invoice tab and for each needed column (NIT, Moneda, fecha, neto) of each invoice tab; the
    // spreadsheet's zone once (its Date cells are days of that zone, issue 17.4).
    const tabs = master.tabs.length; // 3 tabs in the file, 2 invoice tabs read
    expect(byMethod(calls)).toEqual({
      'PropertiesService.getScriptProperties': 1,
      'PropertiesService.ScriptProperties.getProperty': 1,
      'CacheService.getDocumentCache': 1,
      'CacheService.DocumentCache.getAll': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.Spreadsheet.getId': 2,
      'SpreadsheetApp.Spreadsheet.getSheets': 1,
      'SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone': 1,
      'SpreadsheetApp.Sheet.getName': tabs,
      'SpreadsheetApp.Sheet.getLastRow': tabs,
      'SpreadsheetApp.Sheet.getLastColumn': tabs,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 2 + 2 * 4,
      'SpreadsheetApp.Range.getValues': 2 + 2 * 4,
    });
    const invoiceRows = master.tabs
      .filter(t => t.name !== 'Cesion')
      .reduce((n, t) => n + (t.rowCount - 3), 0);
    const read = calls
      .filter(c => c.method === 'Range.getValues')
      .map(c => c.cells ?? 0)
      .sort((a, b) => b - a);
    // The 8 column reads hold exactly the data rows of the 2 invoice tabs, 4 columns each.
    expect(read.slice(0, 8).reduce((a, b) => a + b, 0)).toBe(4 * invoiceRows);
    expect(invoiceRows).toBe(200_000);
    expect(modeledMs).toBeLessThan(30_000 / 2);
  });

  it('answers 10,000 cells with a date window per row in one execution, same reads as one cell', () => {
    const n = 10_000;
    const base = Date.UTC(2025, 0, 1) / DAY;
    const cells = Array.from({length: n}, (_, i) => ({
      nit: nits[i % nits.length],
      from: base + (i % 200),
      to: base + (i % 200) + 30 + (i % 90),
    }));
    let out!: Out[][];
    const {calls} = measure(s.world, () => {
      out = s.custom(
        cells.map(c => [c.nit]),
        cells.map(c => [c.from + 25569]),
        cells.map(c => [c.to + 25569]),
      ) as Out[][];
    });
    expect(new Set(calls.map(c => c.execution)).size).toBe(1);
    // The same service calls as the single-window run above: the cells add CPU, never calls.
    expect(calls.length).toBe(
      2 + 1 + 1 + 1 + 2 + 1 + 1 + 3 * master.tabs.length + 2 * (2 + 2 * 4),
    );
    for (let i = 0; i < n; i += 997) {
      const c = cells[i];
      expect(out[i][0]).toBe(expectedTotal(master, c.nit, 'COP', c.from, c.to));
    }
  });

  it('takes the snapshot the sidebar wrote less than 10 minutes ago: 3 cache calls, no cell read; older, reads again', () => {
    s.addon.run('queryInvoices', [{refresh: true}]);
    const args = [nits.map(n => [n]), '', '', 'USD'];
    let out!: Out[][];
    const {calls} = measure(s.world, () => {
      out = s.custom(...args) as Out[][];
    });
    expect(out).toEqual(nits.map(n => [expectedTotal(master, n, 'USD')]));
    expect(byMethod(calls)).toEqual({
      // Settings: in the script properties under this spreadsheet's id.
      'PropertiesService.getScriptProperties': 1,
      'PropertiesService.ScriptProperties.getProperty': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.Spreadsheet.getId': 1,
      'CacheService.getDocumentCache': 1,
      'CacheService.DocumentCache.get': 1,
      'CacheService.DocumentCache.getAll': 2,
      'Utilities.base64Decode': 1,
      'Utilities.newBlob': 1,
      'Utilities.ungzip': 1,
    });
    s.world.emulator.clock.advance(10 * 60 * 1000 + 1);
    const later = measure(s.world, () => {
      out = s.custom(...args) as Out[][];
    });
    expect(out).toEqual(nits.map(n => [expectedTotal(master, n, 'USD')]));
    expect(later.calls.filter(c => c.method === 'Range.getValues').length).toBe(
      2 + 2 * 4,
    );
  });
});

describe('FACTURADO date window and currency (2 x 3,000 rows)', () => {
  const master = generateMaster({rows: 3000, seed: 31});
  const s = setUp(master);
  const nits = clientNits(master);

  it('sums only the invoices of the date window (Date cells, serials, dd/mm/aaaa text), inclusive', () => {
    const from = Date.UTC(2025, 2, 10) / DAY; // 10/03/2025
    const to = Date.UTC(2025, 5, 20) / DAY; // 20/06/2025
    const some = nits.slice(0, 8);
    const range = some.map(n => [n]);
    const want = some.map(n => [expectedTotal(master, n, 'COP', from, to)]);
    // The window matters for these NITs (the test would catch it being ignored).
    expect(want).not.toEqual(some.map(n => [expectedTotal(master, n)]));
    expect(s.custom(range, '10/03/2025', '20/06/2025')).toEqual(want);
    expect(s.custom(range, from + 25569, to + 25569)).toEqual(want);
    const dates = s.world.emulator;
    expect(
      s.custom(
        range,
        dates.date(Date.UTC(2025, 2, 10, 5)),
        dates.date(Date.UTC(2025, 5, 20, 5)),
      ),
    ).toEqual(want);
    // Inclusive: a one-day window equals the invoices of that very day.
    const r = master.rows.find(
      x => x.tab === 'costosFijos' && x.moneda === 'COP',
    )!;
    const d = dayOf(r);
    expect(s.custom(r.nit, d + 25569, d + 25569)).toBe(
      expectedTotal(master, r.nit, 'COP', d, d),
    );
    expect(s.custom(r.nit, d + 25569)).toBe(
      expectedTotal(master, r.nit, 'COP', d),
    );
  });

  it('takes one window per row when desde and hasta are ranges of the size of nit', () => {
    const rows = nits.slice(0, 12).map((nit, i) => {
      const from = Date.UTC(2025, i % 6, 1) / DAY;
      const to = from + 20 + 9 * i;
      return {nit, from, to};
    });
    const want = rows.map(r => [
      expectedTotal(master, r.nit, 'COP', r.from, r.to),
    ]);
    expect(new Set(want.map(w => w[0])).size).toBeGreaterThan(3);
    const got = s.custom(
      rows.map(r => [r.nit]),
      rows.map(r => [r.from + 25569]),
      rows.map(r => [r.to + 25569]),
    );
    expect(got).toEqual(want);
    // A blank bound in one row leaves that row open on that side; a bad one errs in its row only.
    const mixed = s.custom(
      [[rows[0].nit], [rows[1].nit]],
      [[''], ['ayer']],
      '31/12/2025',
    );
    expect(mixed).toEqual([
      [
        expectedTotal(
          master,
          rows[0].nit,
          'COP',
          -Infinity,
          Date.UTC(2025, 11, 31) / DAY,
        ),
      ],
      ['Error: desde: "ayer" no es una fecha (se espera dd/mm/aaaa)'],
    ]);
  });

  it('never mixes currencies: "USD" gives the USD total, COP is the default', () => {
    const nit = nits[3];
    const cop = expectedTotal(master, nit, 'COP');
    const usd = expectedTotal(master, nit, 'USD');
    expect(usd).toBeGreaterThan(0);
    expect(s.custom(nit)).toBe(cop);
    expect(s.custom(nit, '', '', 'COP')).toBe(cop);
    expect(s.custom(nit, null, null, 'USD')).toBe(usd);
    expect(s.custom(nit, '', '', 'dólares')).toBe(usd);
  });
});

describe('FACTURADO input errors (in-cell Spanish texts)', () => {
  const master = generateMaster({rows: 300, seed: 5, messy: true});
  const s = setUp(master);
  const nit = master.rows[0].nit;

  it('totals a messy Master (text dates, "$ 1.234,56" amounts) like the generator', () => {
    expect(s.custom(nit)).toBe(expectedTotal(master, nit));
    expect(s.custom(nit, '', '', 'USD')).toBe(
      expectedTotal(master, nit, 'USD'),
    );
  });

  it.each([
    [
      [nit, 'ayer'],
      'Error: desde: "ayer" no es una fecha (se espera dd/mm/aaaa)',
    ],
    [
      [nit, '', '31/02/2025'],
      'Error: hasta: "31/02/2025" no es una fecha válida (dd/mm/aaaa)',
    ],
    [
      [nit, '01/10/2025', '01/09/2025'],
      'Error: la fecha desde es posterior a la fecha hasta',
    ],
    [
      [nit, '', '', 'EUR'],
      'Error: la moneda "EUR" no aparece en el Master (monedas: COP, USD)',
    ],
    [
      [nit, '', '', 'pesos mexicanos'],
      'Error: moneda: "pesos mexicanos" no es una moneda conocida',
    ],
    [
      [nit, [['01/01/2025'], ['02/01/2025']]],
      'Error: desde debe ser una sola celda o un rango del mismo tamaño que nit',
    ],
    [
      [nit, '', '', [['COP'], ['USD']]],
      'Error: moneda debe ser una sola celda, no un rango',
    ],
    ['12345678901234567', 'Error: el NIT tiene más de 15 dígitos'],
    ['900-ABC', 'Error: "900-ABC" no es un NIT'],
  ])('FACTURADO(%j) says %s', (args, message) => {
    const list = Array.isArray(args) ? args : [args];
    expect(s.custom(...list)).toBe(message);
  });

  it('repeats an argument error in every cell of a range', () => {
    expect(s.custom([[nit], [nit]], '', '', 'EUR')).toEqual([
      ['Error: la moneda "EUR" no aparece en el Master (monedas: COP, USD)'],
      ['Error: la moneda "EUR" no aparece en el Master (monedas: COP, USD)'],
    ]);
  });

  it('says what is wrong when this spreadsheet has no invoice tabs', () => {
    const world = createWorld();
    world.spreadsheets.create('Trabajo');
    const addon = world.loadAddon(BUNDLE);
    expect(
      addon.run('FACTURADO', ['900206480'], {mode: 'CUSTOM_FUNCTION'}),
    ).toMatch(
      /^Error: El Master no tiene ninguna de las hojas de facturas configuradas \('Relacion facturas Costos Fijos', 'Relacion facturas mandato'\)/,
    );
  });
});

describe('FACTURADO when the Master is another file', () => {
  // A custom function's user cache is never the sidebar user's (emulator: a fresh one per run),
  // so the snapshot lives in the document cache: every editor's =FACTURADO reads it.
  it('gives a colleague and a group editor the totals from the snapshot the owner cached', () => {
    const {world, addon, master} = otherFile();
    const ss = world.spreadsheets.active!;
    world.accounts.shareWithTeam(ss.id);
    addon.run('queryInvoices', [{}]);
    const nit = clientNits(master)[0];
    for (const user of [TEAM.editor, TEAM.groupEditor, TEAM.owner])
      expect({
        user,
        got: addon.run('FACTURADO', [nit], {mode: 'CUSTOM_FUNCTION', user}),
      }).toEqual({user, got: expectedTotal(master, nit)});
  });

  function otherFile() {
    const world = createWorld();
    world.spreadsheets.create('Trabajo facturación');
    const master = generateMaster({rows: 2000, seed: 9});
    const ss = addMaster(world.spreadsheets, master);
    world.driveStore.addFile({
      id: ss.id,
      name: master.name,
      mimeType: SHEET_MIME,
      modifiedTime: Date.UTC(2025, 9, 1),
    });
    const addon = world.loadAddon(BUNDLE);
    const settings = addon.run<Settings>('getSettings');
    addon.run('saveSettings', [
      {...settings, masterSource: {kind: 'file', fileIdOrUrl: ss.id}},
    ]);
    const custom = (...args: unknown[]) =>
      addon.run<Out | Out[][]>('FACTURADO', args, {mode: 'CUSTOM_FUNCTION'});
    return {world, addon, master, custom};
  }

  it('asks to open Consultar once when the sidebar never cached the Master', () => {
    const {custom} = otherFile();
    expect(custom('900206480')).toBe(NO_SNAPSHOT);
    expect(custom([['900206480'], ['1']])).toEqual([
      [NO_SNAPSHOT],
      [NO_SNAPSHOT],
    ]);
  });

  it('reads the snapshot the sidebar cached: settings and 3 cache calls, nothing else', () => {
    const {world, addon, master, custom} = otherFile();
    addon.run('queryInvoices', [{}]);
    const nits = clientNits(master);
    let out!: Out[][];
    const {calls} = measure(world, () => {
      out = custom(
        nits.map(n => [n]),
        '',
        '',
        'USD',
      ) as Out[][];
    });
    expect(out).toEqual(nits.map(n => [expectedTotal(master, n, 'USD')]));
    expect(byMethod(calls)).toEqual({
      // Settings: in the script properties under this spreadsheet's id.
      'PropertiesService.getScriptProperties': 1,
      'PropertiesService.ScriptProperties.getProperty': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.Spreadsheet.getId': 1,
      'CacheService.getDocumentCache': 1,
      'CacheService.DocumentCache.get': 1,
      'CacheService.DocumentCache.getAll': 2,
      // The compressed snapshot: base64 -> blob -> gunzip (local work, no service round trip).
      'Utilities.base64Decode': 1,
      'Utilities.newBlob': 1,
      'Utilities.ungzip': 1,
    });
  });
});
