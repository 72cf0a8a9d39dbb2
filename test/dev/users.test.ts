// The playground as several clerks: POST /api/run, /api/cells and /api/triggers/fire act as the
// demo account named in "user" (listed by GET /api/ui); unknown accounts are a 400 in Spanish.
import {startPlayground, type Playground} from '../../dev/playground';
import {TEAM} from '../emulator/accounts';
import {client} from './http-client';

const VIEW_ONLY =
  'Usted solo tiene acceso de lectura a esta hoja de cálculo. Pida a su propietario acceso de edición para usar esta función de Facturación.';

let pg: Playground;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  pg = await startPlayground({
    port: 0,
    open: false,
    setup: world => {
      world.spreadsheets.create('Equipo', {Datos: [['NIT'], [900206480]]});
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
      return {description: 'equipo', settings: null};
    },
  });
  api = client(pg.port);
});

afterAll(() => pg.close());

type RunBody = {
  ok: boolean;
  result?: {userEmail?: string};
  error?: {message: string};
};

describe('the demo accounts', () => {
  it('GET /api/ui lists them, the owner first', async () => {
    const ui = (await api.get('/api/ui')).json<{
      accounts: Array<{email: string; role: string}>;
    }>();
    expect(ui.accounts.map(a => a.email)).toEqual([
      TEAM.owner,
      TEAM.editor,
      TEAM.groupEditor,
      TEAM.domainEditor,
      TEAM.viewer,
    ]);
    expect(ui.accounts[4].role).toBe('lector');
  });

  it('POST /api/run runs as the account named in "user"', async () => {
    const as = async (user?: string) =>
      (
        await api.post('/api/run', {
          function: 'getAbout',
          args: [],
          ...(user ? {user} : {}),
        })
      ).json<RunBody>();
    expect((await as()).result?.userEmail).toBe(TEAM.owner);
    expect((await as(TEAM.groupEditor)).result?.userEmail).toBe(
      TEAM.groupEditor,
    );
  });

  it('a viewer who saves the settings is told in Spanish they need edit access; an editor saves them', async () => {
    const settings = (
      await api.post('/api/run', {function: 'getSettings', args: []})
    ).json<{result: unknown}>().result;
    const save = async (user: string) =>
      (
        await api.post('/api/run', {
          function: 'saveSettings',
          args: [settings],
          user,
        })
      ).json<RunBody>();
    expect(await save(TEAM.viewer)).toEqual({
      ok: false,
      error: {message: VIEW_ONLY},
    });
    expect((await save(TEAM.editor)).ok).toBe(true);
  });

  it('POST /api/cells runs the custom function as that account', async () => {
    const res = await api.post('/api/cells', {
      sheet: 'Datos',
      cell: 'B2',
      input: '=NIT_DV(A2)',
      user: TEAM.viewer,
    });
    expect(res.json()).toMatchObject({ok: true, values: [[2]]});
    const calls = (await api.get('/api/calls')).json<{
      actions: Array<{label: string}>;
    }>();
    expect(calls.actions.at(-1)!.label).toBe(
      `Datos!B2 =NIT_DV(A2) [${TEAM.viewer}]`,
    );
  });

  it('POST /api/triggers/fire with "user" fires only that account\'s triggers', async () => {
    const fire = async (body?: object) =>
      (await api.post('/api/triggers/fire', body)).json<{fired: unknown[]}>();
    expect((await fire({user: TEAM.editor})).fired).toEqual([]);
    expect((await fire({user: TEAM.owner})).fired).toEqual([
      {handler: 'runScheduledReport', ok: true},
    ]);
    expect((await fire()).fired).toHaveLength(1);
  });

  it('an unknown account is a 400 naming the demo accounts', async () => {
    for (const path of ['/api/run', '/api/cells', '/api/triggers/fire']) {
      const res = await api.post(path, {
        function: 'getAbout',
        sheet: 'Datos',
        cell: 'A1',
        input: '1',
        user: 'x@y.com',
      });
      expect({path, status: res.status}).toEqual({path, status: 400});
      expect(res.json<{error: {message: string}}>().error.message).toContain(
        TEAM.viewer,
      );
    }
  });
});
