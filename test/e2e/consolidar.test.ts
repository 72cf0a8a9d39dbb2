// The Consolidar pane in headless Chromium against the playground: exports pasted into tabs, the
// review's statistics per currency, the explicit confirmation, and the append with its backup.
import type {FrameLocator, Page} from 'playwright-core';
import type {World} from '../emulator/world';
import {formatMoney} from '../../src/ui/format';
import {KNOWN_EXPECTED, knownExports} from '../fixtures/exports';
import {
  chromiumAvailable,
  reportMissingChromium,
  screenshotPath,
} from './browser';
import {norm, openSidebarPane, type SidebarSession} from './sidebar-session';

const MASTER_NAME = 'Archivo control facturacion mensual Finkargo Def';
const CF_TAB = 'Relacion facturas Costos Fijos';
const CF_HEADERS = [
  'Codigo del desembolso',
  'Fecha Facturacion',
  '# Factura',
  'Nit',
  'Moneda',
  'Valor Neto Facturado',
  'Cliente',
];
const MANDATO_HEADERS = [
  'Codigo del desembolso',
  'Mes facturacion',
  'Valor Neto Facturado',
  'Fecha Factura',
  '# Factura',
  'Moneda',
  'Nit',
];

jest.setTimeout(180_000);

const haveChromium = chromiumAvailable();
if (!haveChromium) reportMissingChromium();
const describeBrowser = haveChromium ? describe : describe.skip;

/** A small Master (active spreadsheet, in a Drive folder) and the four exports pasted as tabs. */
function prepare(world: World) {
  const [noovaInv, noovaCred, nsInv, nsCred] = knownExports().map(
    w => w.sheets[0].values,
  );
  // "Pasted by hand": the client name that looks like a formula is pasted as text.
  const asText = (rows: unknown[][]) =>
    rows.map(r =>
      r.map(v => (typeof v === 'string' && v.startsWith('=') ? `'${v}` : v)),
    );
  const master = world.spreadsheets.create(MASTER_NAME, [
    {
      name: CF_TAB,
      rows: [
        ['Costos fijos'],
        [''],
        CF_HEADERS,
        ['CO:1', '01/08/2025', 'FE1002', '800197268', 'COP', 10, 'X'],
      ],
    },
    {
      name: 'Relacion facturas mandato',
      rows: [['Mandato'], [''], MANDATO_HEADERS],
    },
    {name: 'Noova', rows: asText([...noovaInv, ...noovaCred.slice(1)])},
    {name: 'NetSuite', rows: [...nsInv.slice(0, -1), ...nsCred.slice(3)]},
  ]);
  const root = world.driveStore.rootFor(world.emulator.user);
  const folder = world.driveStore.addFolder({
    name: 'Facturacion',
    parents: [root.id],
  });
  world.driveStore.addFile({
    id: master.id,
    name: MASTER_NAME,
    parents: [folder.id],
    mimeType: 'application/vnd.google-apps.spreadsheet',
  });
  return {
    description: 'Master pequeño y exports de septiembre pegados',
    settings: null,
  };
}

describeBrowser('Consolidar pane in Chromium', () => {
  let session: SidebarSession;
  let page: Page;
  let sb: FrameLocator;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openSidebarPane('Consolidar', prepare);
    ({page, sb, pageErrors} = session);
  }, 120_000);

  afterAll(() => session?.close());

  it('consolidates pasted tabs, asks for confirmation, then appends after a backup', async () => {
    await sb
      .getByLabel('O pestañas de esta hoja (una por línea)')
      .fill('Noova\nNetSuite');
    await sb.getByRole('button', {name: 'Consolidar', exact: true}).click();
    const review = sb.getByTestId('review');
    await review.waitFor({timeout: 60_000});
    const text = norm(await review.textContent());
    const cop = Math.round(KNOWN_EXPECTED.totals.COP * 100) / 100;
    expect(text).toContain(`Total COP${norm(formatMoney(cop, 'COP'))}`);
    expect(text).toContain(
      `Total USD${norm(formatMoney(KNOWN_EXPECTED.totals.USD, 'USD'))}`,
    );
    expect(text).toContain('Solo en NetSuite (no se incluyen): 1');
    await page.screenshot({
      path: screenshotPath('consolidar-1-revision'),
      fullPage: true,
    });

    // Nothing is written before the confirmation; "Cancelar" goes back.
    await sb.getByRole('button', {name: 'Agregar al Master'}).click();
    await sb.getByRole('button', {name: 'Cancelar'}).click();
    await sb.getByRole('button', {name: 'Agregar al Master'}).click();
    const dialog = sb.getByRole('alertdialog');
    expect(norm(await dialog.textContent())).toContain('copia de respaldo');
    await dialog.getByRole('button', {name: 'Sí, agregar al Master'}).click();

    const result = sb.getByTestId('append-result');
    await result.waitFor({timeout: 60_000});
    const done = norm(await result.textContent());
    expect(done).toContain(
      `Se agregaron 5 filas a «${CF_TAB}» (desde la fila 5)`,
    );
    expect(done).toMatch(
      /Copia de respaldo: BACKUP_Archivo control facturacion mensual Finkargo Def_\d{8}_\d{6}/,
    );
    expect(done).toContain('Ya estaban en el Master (omitidas): 1');
    await page.screenshot({
      path: screenshotPath('consolidar-2-agregado'),
      fullPage: true,
    });
    expect(pageErrors).toEqual([]);
  });
});
