// The Reportes pane in headless Chromium against the playground: generate the tabs, schedule and
// unschedule the trigger, and see the run in the history.
import type {FrameLocator, Page} from 'playwright-core';
import type {World} from '../emulator/world';
import {addMaster, generateMaster} from '../fixtures/master';
import {
  chromiumAvailable,
  reportMissingChromium,
  screenshotPath,
} from './browser';
import {norm, openSidebarPane, type SidebarSession} from './sidebar-session';

jest.setTimeout(180_000);

const haveChromium = chromiumAvailable();
if (!haveChromium) reportMissingChromium();
const describeBrowser = haveChromium ? describe : describe.skip;

/** A generated Master as the active spreadsheet, known to Drive. */
function prepare(world: World) {
  const master = generateMaster({rows: 150, seed: 4});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: 'application/vnd.google-apps.spreadsheet',
  });
  return {description: 'Master generado de 2 x 150 filas', settings: null};
}

describeBrowser('Reportes pane in Chromium', () => {
  let session: SidebarSession;
  let page: Page;
  let sb: FrameLocator;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openSidebarPane('Reportes', prepare);
    ({page, sb, pageErrors} = session);
  }, 120_000);

  afterAll(() => session?.close());

  it('generates the report tabs and shows links, notices and figures', async () => {
    await sb.getByRole('button', {name: 'Generar informe'}).click();
    const result = sb.locator(
      '[data-testid="report-result"][data-state="done"]',
    );
    await result.waitFor({timeout: 60_000});
    const text = norm(await result.textContent());
    expect(text).toContain('Informe generado');
    expect(text).toContain('Resumen');
    expect(text).toContain('Calidad de datos');
    expect(text).toContain('La cartera por edades no está disponible');
    expect(text).toContain('Facturado COP');
    await page.screenshot({
      path: screenshotPath('reportes-1-generado'),
      fullPage: true,
    });
  });

  it('schedules the weekly report, then removes it', async () => {
    await sb.getByLabel('Frecuencia').selectOption('weekly');
    await sb.getByLabel('Hora', {exact: true}).selectOption('7');
    await sb.getByRole('button', {name: 'Programar'}).click();
    const description = sb.getByTestId('schedule-description');
    await sb
      .getByRole('button', {name: 'Quitar programación'})
      .waitFor({timeout: 30_000});
    expect(norm(await description.textContent())).toContain(
      'Todos los lunes entre las 7:00 y las 8:00',
    );
    await page.screenshot({
      path: screenshotPath('reportes-2-programado'),
      fullPage: true,
    });
    await sb.getByRole('button', {name: 'Quitar programación'}).click();
    await sb
      .getByRole('button', {name: 'Programar'})
      .waitFor({timeout: 30_000});
    expect(norm(await description.textContent())).toContain('Sin programación');
  });

  it('lists the run in the history', async () => {
    await sb.getByRole('button', {name: 'Actualizar historial'}).click();
    const history = sb.getByTestId('report-history');
    await history.getByText('Completo').first().waitFor({timeout: 30_000});
    expect(norm(await history.textContent())).toContain('Completo');
    expect(pageErrors).toEqual([]);
  });
});
