// The playground page in Debian's Chromium: tabs, a virtualised grid on a 100,000-row tab, the
// add-on menu opening the real sidebar (its google.script.run bridged to the bundle), a formula
// typed into a cell, and a screenshot with the sidebar open in test-output/e2e/.
import {startPlayground, type Playground} from '../../dev/playground';
import {
  chromiumAvailable,
  launchBrowser,
  reportMissingChromium,
  screenshotPath,
  type Browser,
} from '../e2e/browser';

const ROWS = 100_000;
const TAB = 'Relacion facturas';

const describeBrowser = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) reportMissingChromium();

describeBrowser('playground page in Chromium', () => {
  let pg: Playground;
  let browser: Browser;

  beforeAll(async () => {
    pg = await startPlayground({
      port: 0,
      open: false,
      setup: world => {
        const rows: unknown[][] = [['Factura', 'NIT', 'Valor']];
        for (let i = 1; i <= ROWS; i++)
          rows.push([`FE${10000 + i}`, 900206480 + i, i * 1000]);
        world.spreadsheets.create('Master grande', {
          [TAB]: rows,
          Notas: [['hola']],
        });
        return {description: `${ROWS} filas`, settings: null};
      },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await pg?.close();
  });

  it('shows a 100,000-row tab drawing only the rows in view, and scrolls to the end', async () => {
    const page = await browser.context.newPage();
    await page.goto(pg.url);
    await page.getByTestId('cell-A2').filter({hasText: 'FE10001'}).waitFor();
    expect(await page.getByTestId('tab').allTextContents()).toEqual([
      TAB,
      'Notas',
    ]);
    const drawn = await page.getByTestId('grid-row').count();
    expect(drawn).toBeLessThan(120);
    // Row ROWS + 1 holds the last invoice; a row is 21 px high.
    await page.getByTestId('grid-scroll').evaluate(
      (el, top) => {
        el.scrollTop = top;
      },
      (ROWS - 10) * 21,
    );
    await page
      .getByTestId(`cell-A${ROWS + 1}`)
      .filter({hasText: `FE${10000 + ROWS}`})
      .waitFor();
    expect(await page.getByTestId('grid-row').count()).toBeLessThan(120);
    await page.close();
  });

  it('runs a formula typed into a cell through the bundle', async () => {
    const page = await browser.context.newPage();
    await page.goto(pg.url);
    await page.getByTestId('cell-E2').click();
    await page.getByTestId('formula-input').fill('=NIT_DV(B2:B4)');
    await page.getByTestId('formula-input').press('Enter');
    await page.getByTestId('cell-E4').filter({hasText: '4'}).waitFor();
    expect(await page.getByTestId('cell-E2').textContent()).toBe('1');
    await page
      .getByTestId('calls-action')
      .filter({hasText: '=NIT_DV(B2:B4)'})
      .waitFor();
    await page.close();
  });

  it('opens the real sidebar from Extensiones > Facturación and takes a screenshot', async () => {
    const page = await browser.context.newPage();
    await page.goto(pg.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame.getByTestId('about').waitFor();
    expect(await frame.getByTestId('about').textContent()).toContain(
      'Master grande',
    );
    expect(
      await page
        .getByTestId('sidebar-panel')
        .evaluate(el => el.getBoundingClientRect().width),
    ).toBe(300);
    await page
      .getByTestId('calls-action')
      .filter({hasText: 'getAbout'})
      .first()
      .waitFor();
    await page.screenshot({path: screenshotPath('playground-sidebar')});
    await page.close();
  });
});

describeBrowser('playground page on the demo data', () => {
  let pg: Playground;
  let browser: Browser;

  beforeAll(async () => {
    pg = await startPlayground({port: 0, open: false});
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await pg?.close();
  });

  it('queries the demo Master from the sidebar and shows the cost; screenshot', async () => {
    const page = await browser.context.newPage();
    await page.goto(pg.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    const frame = page.frameLocator('[data-testid="sidebar-frame"]');
    await frame
      .getByTestId('query-form')
      .getByRole('button', {name: 'Consultar'})
      .click();
    await frame.getByTestId('result-count').waitFor();
    expect(await frame.getByTestId('result-count').textContent()).toMatch(/\d/);
    await page
      .getByTestId('calls-action')
      .filter({hasText: 'queryInvoices'})
      .first()
      .waitFor();
    await page.screenshot({path: screenshotPath('playground-demo-sidebar')});
    await page.close();
  });

  it('fires the installed report trigger from the button and shows its new tabs in the companion workbook', async () => {
    const page = await browser.context.newPage();
    await page.goto(pg.url);
    await page.getByTestId('tab').first().waitFor();
    const before = await page.getByTestId('tab').count();
    await page.getByTestId('fire-triggers').click();
    await page
      .getByTestId('status')
      .filter({hasText: 'runScheduledReport: ok'})
      .waitFor({timeout: 60_000});
    await page
      .getByTestId('calls-action')
      .filter({hasText: 'activadores'})
      .waitFor();
    // The report went to the companion workbook (issue 18.2): the Master's tabs are as they were,
    // and the page opens «Facturación - resultados» to show the new ones.
    expect(await page.getByTestId('tab').count()).toBe(before);
    await page
      .getByTestId('workbook-switcher')
      .selectOption({label: 'Facturación - resultados'});
    await page.getByTestId('tab').filter({hasText: 'Resumen'}).waitFor();
    expect(await page.getByTestId('doc-title').textContent()).toBe(
      'Facturación - resultados',
    );
    await page.screenshot({path: screenshotPath('playground-demo-triggers')});
    await page.close();
  });
});
