// The demo `npm start` opens with no flags: the generated Master as the active spreadsheet, its
// PDFs in Drive (My Drive and a shared drive), the add-on's settings pointing at them, and a
// Master query through the bundle, priced in service calls.
import {startPlayground, type Playground} from '../../dev/playground';
import {DEMO_ROWS_PER_TAB} from '../../dev/demo';
import {
  COSTOS_FIJOS_TAB,
  generateMaster,
  MANDATO_TAB,
} from '../fixtures/master';
import {client} from './http-client';

const SEED = 11;

let pg: Playground;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  pg = await startPlayground({port: 0, seed: SEED, open: false});
  api = client(pg.port);
});

afterAll(() => pg.close());

interface Run<T> {
  ok: boolean;
  result: T;
  error?: {message: string};
}

it('opens the generated Master with its two invoice tabs of title rows and data', async () => {
  const body = (await api.get('/api/sheets')).json<{
    sheets: Array<{name: string; rows: number; frozenRows: number}>;
  }>();
  const byName = new Map(body.sheets.map(s => [s.name, s]));
  for (const tab of [COSTOS_FIJOS_TAB, MANDATO_TAB]) {
    expect(byName.get(tab)?.rows).toBeGreaterThan(DEMO_ROWS_PER_TAB);
    expect(byName.get(tab)?.frozenRows).toBe(3);
  }
  const top = (
    await api.get(`/api/sheets/${encodeURIComponent(MANDATO_TAB)}?range=A1:A2`)
  ).json<{values: string[][]}>();
  expect(top.values[0][0]).toMatch(/FINKARGO/);
});

it('has saved settings whose PDF roots are the two demo trees (one in a shared drive)', async () => {
  const settings = (
    await api.post('/api/run', {function: 'getSettings', args: []})
  ).json<Run<{pdfRootFolders: string[]}>>();
  expect(settings.ok).toBe(true);
  expect(settings.result.pdfRootFolders).toHaveLength(2);
  const drive = pg.session.world;
  expect(drive.description).toMatch(/PDF faltantes/);
});

it('answers a Master query through the bundle with every invoice row, and prices it', async () => {
  const before = (await api.get('/api/calls')).json<{mark: number}>().mark;
  const res = (
    await api.post('/api/run', {
      function: 'queryInvoices',
      args: [{tab: 'Consolidado', pageSize: 20}],
    })
  ).json<
    Run<{total: number; rows: unknown[]; totals: Array<{currency: string}>}>
  >();
  expect(res.error).toBeUndefined();
  expect(res.ok).toBe(true);
  const truth = generateMaster({
    seed: SEED,
    rows: DEMO_ROWS_PER_TAB,
    messy: true,
  }).rows.filter(r => r.tab !== 'cesion');
  expect(res.result.total).toBe(truth.length);
  expect(res.result.rows).toHaveLength(20);
  expect(res.result.totals.map(t => t.currency).sort()).toEqual(['COP', 'USD']);
  const calls = (await api.get(`/api/calls?since=${before}`)).json<{
    calls: number;
    seconds: number;
    actions: Array<{label: string; calls: number}>;
  }>();
  expect(calls.actions).toEqual([
    expect.objectContaining({label: 'queryInvoices', calls: calls.calls}),
  ]);
  expect(calls.calls).toBeGreaterThan(0);
  expect(calls.seconds).toBeGreaterThan(0);
});

it('fires the weekly report trigger the demo installed through setSchedule', async () => {
  const schedule = (
    await api.post('/api/run', {function: 'getSchedule', args: []})
  ).json<Run<{installed: boolean}>>();
  expect(schedule.result.installed).toBe(true);
  const fired = (await api.post('/api/triggers/fire')).json<{
    ok: boolean;
    fired: Array<{handler: string; ok: boolean; error?: string}>;
  }>();
  expect(fired.fired).toEqual([{handler: 'runScheduledReport', ok: true}]);
  // The report is in the companion workbook (issue 18.2): open it, as the page's switcher does.
  const ui = (await api.get('/api/ui')).json<{
    workbooks: Array<{id: string; name: string}>;
  }>();
  const companion = ui.workbooks.find(
    w => w.name === 'Facturación - resultados',
  )!;
  await api.post('/api/workbook', {id: companion.id});
  const tabs = (await api.get('/api/sheets'))
    .json<{sheets: Array<{name: string}>}>()
    .sheets.map(s => s.name);
  expect(tabs).toEqual(expect.arrayContaining(['Resumen']));
});
