// The playground's HTTP API (docs/architecture.md, "The playground") on a free port, driving the real
// build/Code.js in the emulator: runs, custom functions in CUSTOM_FUNCTION mode, cells, triggers,
// the call log, sheets as JSON, and the Origin/Host guard.
import {startPlayground, type Playground} from '../../dev/playground';
import {call, client} from './http-client';

type Json = Record<string, unknown>;

const MASTER = 'Master pruebas';
const TAB = 'Relacion facturas';
const CALC = 'Cálculos';

let pg: Playground;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  pg = await startPlayground({
    port: 0,
    open: false,
    setup: world => {
      world.spreadsheets.create(MASTER, {
        [TAB]: [
          ['NIT', 'Fecha', 'Valor'],
          [900206480, new Date(Date.UTC(2025, 8, 15, 5)), 1190000],
          ['901.082.949', new Date(Date.UTC(2025, 8, 16, 5)), 2500.5],
          ['abc', '', ''],
        ],
        Cálculos: [
          ['NIT', 'Otro'],
          [900206480, 'x'],
          ['901.082.949', ''],
          ['abc', ''],
        ],
      });
      // An installed time-driven trigger whose handler is a real global of the bundle.
      const g = world.globals() as {
        ScriptApp: {
          newTrigger(h: string): {
            timeBased(): {everyHours(n: number): {create(): unknown}};
          };
        };
      };
      g.ScriptApp.newTrigger('runScheduledReport')
        .timeBased()
        .everyHours(1)
        .create();
      return {description: 'pruebas', settings: null};
    },
  });
  api = client(pg.port);
});

afterAll(() => pg.close());

describe('POST /api/run', () => {
  it('runs a sidebar function of the bundle in FULL mode', async () => {
    const res = await api.post('/api/run', {function: 'getAbout', args: []});
    expect(res.status).toBe(200);
    const body = res.json<{ok: boolean; result: Json}>();
    expect(body.ok).toBe(true);
    expect(body.result).toMatchObject({
      spreadsheetName: MASTER,
      timeZone: 'America/Bogota',
    });
  });

  it('runs a custom function in CUSTOM_FUNCTION mode, with a value or a range', async () => {
    const one = await api.post('/api/run', {
      function: 'NIT_DV',
      args: [900206480],
      mode: 'CUSTOM_FUNCTION',
    });
    expect(one.json()).toEqual({ok: true, result: 2});
    const range = await api.post('/api/run', {
      function: 'NIT_DV',
      args: [[[900206480], ['901.082.949'], ['']]],
      mode: 'CUSTOM_FUNCTION',
    });
    expect(range.json()).toEqual({
      ok: true,
      result: [[2], [3], ['']],
    });
  });

  it('applies the mode: a custom function may not open a sidebar, a menu click may', async () => {
    const denied = await api.post('/api/run', {
      function: 'showSidebar',
      args: [],
      mode: 'CUSTOM_FUNCTION',
    });
    expect(
      denied.json<{ok: boolean; error: {message: string}}>(),
    ).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/You do not have permission to call/),
      },
    });
    const shown = await api.post('/api/run', {
      function: 'showSidebar',
      args: [],
    });
    expect(shown.json()).toEqual({ok: true, result: null});
  });

  it('refuses unknown and private functions as google.script.run does, and bad requests with 400', async () => {
    expect((await api.post('/api/run', {function: 'noExiste'})).json()).toEqual(
      {
        ok: false,
        error: {message: 'Script function not found: noExiste'},
      },
    );
    expect(
      (await api.post('/api/run', {function: 'sidebarApi_'})).json(),
    ).toMatchObject({ok: false});
    expect((await api.post('/api/run', {args: []})).status).toBe(400);
    expect(
      (await api.post('/api/run', {function: 'getAbout', mode: 'NONE'})).status,
    ).toBe(400);
    expect(
      (await api.post('/api/run', {function: 'getAbout', args: 'x'})).status,
    ).toBe(400);
  });

  it('serialises concurrent calls (one execution at a time, like one user)', async () => {
    const answers = await Promise.all(
      Array.from({length: 12}, () =>
        api.post('/api/run', {function: 'getAbout', args: []}),
      ),
    );
    expect(answers.map(a => a.json<{ok: boolean}>().ok)).toEqual(
      new Array(12).fill(true),
    );
  });
});

describe('sidebar', () => {
  it('serves the HTML the add-on showed, with the google.script.run shim first', async () => {
    await api.post('/api/run', {function: 'showSidebar', args: []});
    const ui = (await api.get('/api/ui')).json<{
      sidebar: {title: string; version: number};
      menu: {items: Json[]};
    }>();
    expect(ui.sidebar.title).toBe('Facturación');
    expect(ui.menu.items).toContainEqual({
      label: 'Abrir panel',
      handler: 'showSidebar',
    });
    const page = await api.get('/sidebar');
    expect(page.status).toBe(200);
    expect(page.text.indexOf('id="playground-functions"')).toBeLessThan(
      page.text.indexOf('id="app"'),
    );
    expect(page.text).toContain('"getAbout"');
    expect(page.text).not.toContain('sidebarApi_');
  });
});

describe('cells with formulas', () => {
  it('evaluates =NIT_DV over a range in CUSTOM_FUNCTION mode and spills the result into the grid', async () => {
    const res = await api.post('/api/cells', {
      sheet: CALC,
      cell: 'E2',
      input: '=NIT_DV(A2:A4)',
    });
    expect(res.json()).toEqual({
      ok: true,
      values: [[2], [3], ['Error: "abc" no es un NIT']],
    });
    const grid = (
      await api.get(`/api/sheets/${encodeURIComponent(CALC)}?range=E1:E4`)
    ).json<Json>();
    expect(grid.values).toEqual([
      [''],
      [2],
      [3],
      ['Error: "abc" no es un NIT'],
    ]);
    expect(grid.formulas).toEqual({E2: '=NIT_DV(A2:A4)'});
    const calls = (await api.get('/api/calls')).json<{
      actions: Array<{label: string; ok: boolean}>;
    }>();
    expect(calls.actions[calls.actions.length - 1]).toMatchObject({
      label: `${CALC}!E2 =NIT_DV(A2:A4)`,
      ok: true,
    });
  });

  it('passes an explicit range whole, blanks past the data included, and an open range up to the data', async () => {
    const whole = (
      await api.post('/api/cells', {
        sheet: CALC,
        cell: 'G1',
        input: '=NIT_DV(A2:A6)',
      })
    ).json<Json>();
    expect(whole).toEqual({
      ok: true,
      values: [[2], [3], ['Error: "abc" no es un NIT'], [''], ['']],
    });
    const open = (
      await api.post('/api/cells', {
        sheet: CALC,
        cell: 'H1',
        input: '=NIT_DV(A3:A)',
      })
    ).json<Json>();
    expect(open).toEqual({
      ok: true,
      values: [[3], ['Error: "abc" no es un NIT']],
    });
  });

  it('shows Sheets-like errors: unknown function, blocked spill, circular reference', async () => {
    const unknown = (
      await api.post('/api/cells', {
        sheet: CALC,
        cell: 'F2',
        input: '=NO_EXISTE(A2)',
      })
    ).json<Json>();
    expect(unknown).toMatchObject({
      ok: false,
      values: [['#NAME?']],
      error: {message: expect.stringMatching(/NIT_DV/)},
    });
    const blocked = (
      await api.post('/api/cells', {
        sheet: CALC,
        cell: 'B1',
        input: '=NIT_DV(A2:A4)',
      })
    ).json<Json>();
    expect(blocked).toMatchObject({
      ok: false,
      values: [['#REF!']],
      error: {message: expect.stringMatching(/sobrescribiría datos en B2/)},
    });
    const pastTheEnd = (
      await api.post('/api/cells', {
        sheet: CALC,
        cell: 'J999',
        input: '=NIT_DV(A2:A4)',
      })
    ).json<Json>();
    expect(pastTheEnd).toMatchObject({
      ok: false,
      values: [['#REF!']],
      error: {message: expect.stringMatching(/no cabe en la hoja "Cálculos"/)},
    });
    const circular = (
      await api.post('/api/cells', {
        sheet: CALC,
        cell: 'A3',
        input: '=NIT_DV(A2:A4)',
      })
    ).json<Json>();
    expect(circular).toMatchObject({
      ok: false,
      error: {message: expect.stringMatching(/Referencia circular/)},
    });
  });
});

describe('POST /api/triggers/fire', () => {
  it('runs each installed time-driven trigger and reports what it did', async () => {
    const res = await api.post('/api/triggers/fire');
    expect(res.json()).toEqual({
      ok: true,
      fired: [{handler: 'runScheduledReport', ok: true}],
    });
    const calls = (await api.get('/api/calls')).json<{
      actions: Array<{kind: string; label: string}>;
    }>();
    expect(calls.actions[calls.actions.length - 1]).toMatchObject({
      kind: 'triggers',
      label: 'activadores',
    });
  });
});

describe('GET /api/calls', () => {
  it('reports calls by method and modeled seconds, in total and since a mark', async () => {
    const before = (await api.get('/api/calls')).json<{
      mark: number;
      calls: number;
    }>();
    await api.post('/api/run', {function: 'getAbout', args: []});
    const after = (await api.get(`/api/calls?since=${before.mark}`)).json<{
      since: number;
      calls: number;
      seconds: number;
      cpuSeconds: number;
      byMethod: Record<string, number>;
      actions: Array<{label: string; calls: number; cpuSeconds: number}>;
    }>();
    expect(after.since).toBe(before.mark);
    // The add-on's own CPU is charged in the playground and reported apart (bounds, not figures):
    // loading the bundle and onOpen cost some; the actions add up to the total.
    expect(after.actions[0].cpuSeconds).toBe(after.cpuSeconds);
    const all = (await api.get('/api/calls')).json<{
      cpuSeconds: number;
      actions: Array<{cpuSeconds: number}>;
    }>();
    expect(all.cpuSeconds).toBeGreaterThan(0);
    expect(all.actions.reduce((n, a) => n + a.cpuSeconds, 0)).toBeCloseTo(
      all.cpuSeconds,
      6,
    );
    expect(after.calls).toBeGreaterThan(0);
    expect(after.byMethod['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
    expect(after.seconds).toBeGreaterThan(0);
    expect(after.actions).toEqual([
      expect.objectContaining({label: 'getAbout', calls: after.calls}),
    ]);
    expect((await api.get('/api/calls?since=-1')).status).toBe(400);
  });
});

describe('GET /api/sheets', () => {
  it('lists the tabs with their extent', async () => {
    const body = (await api.get('/api/sheets')).json<{
      spreadsheet: string;
      sheets: Json[];
    }>();
    expect(body.spreadsheet).toBe(MASTER);
    expect(body.sheets.map(s => s.name)).toEqual([TAB, 'Cálculos']);
    expect(body.sheets[0]).toMatchObject({rows: 4, hidden: false});
  });

  it('returns a range as JSON with dates as ISO strings, clipped to the data', async () => {
    const body = (
      await api.get(`/api/sheets/${encodeURIComponent(TAB)}?range=A1:C50`)
    ).json<Json>();
    expect(body.range).toBe('A1:C4');
    expect(body.values).toEqual([
      ['NIT', 'Fecha', 'Valor'],
      [900206480, '2025-09-15T05:00:00.000Z', 1190000],
      ['901.082.949', '2025-09-16T05:00:00.000Z', 2500.5],
      ['abc', '', ''],
    ]);
  });

  it('explains a bad range, an unknown tab and a range too big', async () => {
    expect(
      (
        await api.get(`/api/sheets/${encodeURIComponent(TAB)}?range=hola`)
      ).json(),
    ).toEqual({
      ok: false,
      error: {message: '"hola" no es un rango A1 (por ejemplo A1:Z50).'},
    });
    expect((await api.get('/api/sheets/Nada')).status).toBe(404);
    expect((await api.get('/api/sheets/%E0%A4%A')).status).toBe(400);
    expect(
      (await api.get(`/api/sheets/${encodeURIComponent(TAB)}?range=A1:Z50`))
        .status,
    ).toBe(200);
  });
});

describe('origin guard', () => {
  it('rejects another origin, a write without Origin, and a foreign Host with 403', async () => {
    const foreign = await call(pg.port, 'POST', '/api/run', {
      body: {function: 'getAbout'},
      headers: {Origin: 'https://evil.example'},
    });
    expect(foreign.status).toBe(403);
    const noOrigin = await call(pg.port, 'POST', '/api/triggers/fire', {
      body: {},
    });
    expect(noOrigin.status).toBe(403);
    const readFromElsewhere = await call(pg.port, 'GET', '/api/sheets', {
      headers: {Origin: 'http://localhost:1'},
    });
    expect(readFromElsewhere.status).toBe(403);
    const rebinding = await call(pg.port, 'GET', '/', {
      headers: {Host: `evil.example:${pg.port}`},
    });
    expect(rebinding.status).toBe(403);
  });

  it('serves the page to its own origin, bound to 127.0.0.1', async () => {
    expect(pg.url).toBe(`http://127.0.0.1:${pg.port}/`);
    const page = await api.get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-testid="grid"');
    expect(page.headers['content-security-policy']).toContain(
      "connect-src 'self'",
    );
  });
});
