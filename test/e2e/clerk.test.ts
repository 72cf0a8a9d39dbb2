// A clerk's day in headless Chromium against the demo playground (issue 20): a query with three
// NITs, a code and dates; cells selected in the grid and their PDFs; a ZIP made and downloaded from
// the playground's Drive view; a report whose link opens its tab with the chart; a schedule changed
// in place; and every text on those screens free of ISO dates and of the wording the issue names.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {FrameLocator, Page} from 'playwright-core';
import {startPlayground, type Playground} from '../../dev/playground';
import type {FilterOptions, InvoicePage} from '../../src/common/master-api';
import type {Settings} from '../../src/common/settings';
import {formatCount} from '../../src/ui/format';
import {ROW_HEADER_WIDTH} from '../../dev/page/grid';
import {
  chromiumAvailable,
  launchBrowser,
  reportMissingChromium,
  screenshotPath,
  type Browser,
} from './browser';
import {norm} from './sidebar-session';

const BUILD = join(__dirname, '../../build');

jest.setTimeout(240_000);

const haveChromium = chromiumAvailable();
if (!haveChromium) reportMissingChromium();
const describeBrowser = haveChromium ? describe : describe.skip;

/** Texts no screen may show: ISO dates and the wording issue 20 lists. */
const BAD_TEXT = [
  /\b\d{4}-\d{2}-\d{2}(?:\b|T)/, // a day, or an instant's "2025-10-01T13:00:50Z"
  /\(ISO\)/,
  /\b1 (números|faltantes|filas|facturas|carpetas|archivos|celdas)\b/,
  /Intereses corriente\b/,
  /Otros valor\b/,
  /facturación finkargo|es de finkargo/,
  /Carpetas de PDFs/,
  /America\/Bogota/,
  /[^«]VistapredeterminadaTransaccin/,
];

async function run<T>(pg: Playground, fn: string, ...args: unknown[]) {
  const res = await fetch(`${pg.url}api/run`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: pg.url.replace(/\/$/, ''),
    },
    body: JSON.stringify({function: fn, args}),
  });
  const body = (await res.json()) as {
    ok: boolean;
    result?: T;
    error?: {message: string};
  };
  if (!body.ok) throw new Error(`${fn}: ${body.error?.message}`);
  return body.result as T;
}

describeBrowser('a clerk in Chromium against the demo playground', () => {
  let pg: Playground;
  let browser: Browser;
  let page: Page;
  let sb: FrameLocator;
  const pageErrors: string[] = [];

  /** Every text the sidebar and the page show now, checked against BAD_TEXT. */
  const expectCleanTexts = async (screen: string) => {
    const side = await page
      .frame({url: /\/sidebar/})!
      .evaluate(() => document.body.innerText);
    const main = await page.evaluate(() => document.body.innerText);
    await page.screenshot({path: screenshotPath(`clerk-${screen}`)});
    // The bad text with what surrounds it, so a failure says where it is.
    const around = (text: string, bad: RegExp) => {
      const m = bad.exec(text);
      return m ? text.slice(Math.max(0, m.index - 40), m.index + 40) : null;
    };
    for (const bad of BAD_TEXT) {
      expect([screen, around(side, bad)]).toEqual([screen, null]);
      expect([screen, around(main, bad)]).toEqual([screen, null]);
    }
  };

  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'Sidebar.html')))
      throw new Error(
        'build/Sidebar.html is missing: run `npm run build` first.',
      );
    pg = await startPlayground({port: 0, open: false, buildDir: BUILD});
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', e => pageErrors.push(e.message));
    await page.goto(pg.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    sb = page.frameLocator('[data-testid="sidebar-frame"]');
    await sb.getByRole('tab', {name: 'Consultar'}).waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await pg?.close();
  });

  it('queries three NITs found word by word and by NIT with punctuation, a code and dates', async () => {
    const options = await run<FilterOptions>(pg, 'listFilterOptions', {});
    const clients = options.nits.filter(n => n.client).slice(0, 3);
    expect(clients).toHaveLength(3);
    const combo = sb.getByRole('combobox', {name: 'NIT / cliente'});
    const chips = sb.getByRole('button', {name: /^Quitar /});
    // A quick Enter after typing picks nothing: no option is highlighted until an arrow key.
    await combo.fill(clients[0].client);
    await combo.press('Enter');
    expect(await chips.count()).toBe(0);
    // Word by word: the client's first word and the NIT's check digit.
    const first = `${clients[0].client.split(/\s+/)[0]} ${clients[0].nitWithDv.slice(-1)}`;
    const asTyped = [
      first,
      clients[1].nitWithDv, // "890.900.841-9" with its punctuation
      clients[2].nitWithDv.replace(/\D/g, ''), // the digits of NIT and DV, no dash
    ];
    for (const [i, text] of asTyped.entries()) {
      await combo.fill(text);
      await sb
        .getByRole('option', {
          name: new RegExp(clients[i].nitWithDv.replace(/[.]/g, '\\.')),
        })
        .click();
    }
    await combo.press('Escape');
    expect(await chips.count()).toBe(3);
    const nits = clients.map(c => c.nit);
    const narrowed = await run<FilterOptions>(pg, 'listFilterOptions', {nits});
    const code = narrowed.desembolsos[0]?.code;
    expect(code).toBeTruthy();
    const codes = sb.getByRole('combobox', {name: 'Código del desembolso'});
    await codes.fill(code);
    await sb
      .getByRole('option', {
        name: new RegExp(`^${code.replace(/[^\w]/g, '.')}`),
      })
      .first()
      .click();
    await codes.press('Escape');
    await sb.getByLabel('Desde').fill('2024-01-01');
    await sb.getByLabel('Hasta').fill('2025-12-31');
    await sb.getByRole('button', {name: 'Consultar', exact: true}).click();
    await sb.getByTestId('results').waitFor({timeout: 90_000});
    const expected = await run<InvoicePage>(pg, 'queryInvoices', {
      tab: 'Consolidado',
      nits,
      desembolsos: [code],
      dateField: 'issueDate',
      from: '2024-01-01',
      to: '2025-12-31',
      page: 0,
      pageSize: 25,
    });
    expect(norm(await sb.getByTestId('result-count').textContent())).toBe(
      `${formatCount(expected.total)} ${expected.total === 1 ? 'factura' : 'facturas'}`,
    );
    await expectCleanTexts('1-consulta');
  });

  it('finds the PDFs of cells selected in the grid with click and shift-click', async () => {
    const tab = 'Relacion facturas Costos Fijos';
    await page.locator(`[data-testid="tab"][data-name="${tab}"]`).click();
    // The invoice column: the one whose first data row holds an invoice number.
    const head = (await (
      await fetch(`${pg.url}api/sheets/${encodeURIComponent(tab)}?range=A4:Z4`)
    ).json()) as {values: string[][]};
    const column =
      head.values[0].findIndex(v => /^[a-z]{2,5}[\s-]?\d+$/i.test(String(v))) +
      1;
    expect(column).toBeGreaterThan(0);
    const letter = String.fromCharCode(64 + column);
    await page.getByTestId(`cell-${letter}4`).click();
    await page.getByTestId(`cell-${letter}7`).click({modifiers: ['Shift']});
    await page.waitForFunction(
      range =>
        (document.querySelector('[data-testid="name-box"]') as HTMLInputElement)
          .value === range,
      `${letter}4:${letter}7`,
    );
    const cells = (await (
      await fetch(
        `${pg.url}api/sheets/${encodeURIComponent(tab)}?range=${letter}4:${letter}7`,
      )
    ).json()) as {values: string[][]};
    const numbers = cells.values.map(r =>
      String(r[0])
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, ''),
    );
    await sb.getByRole('tab', {name: 'PDFs'}).click();
    await sb
      .getByRole('radio', {name: 'Las celdas seleccionadas en la hoja'})
      .check();
    await sb.getByRole('button', {name: 'Buscar PDF'}).click();
    await sb.getByTestId('pdf-results').waitFor({timeout: 120_000});
    const asked = await sb
      .getByTestId('pdf-lookup')
      .evaluateAll(nodes =>
        nodes.map(n => n.querySelector('.card-title')?.textContent ?? ''),
      );
    expect(asked).toEqual(numbers);
    // The demo has no PDF index yet: the pane says so once, not once per notice list.
    const paneText = (await sb.locator('body').textContent()) ?? '';
    expect(paneText.split('Todavía no hay índice de PDF').length - 1).toBe(1);
    await expectCleanTexts('2-seleccion');

    // A found PDF's link opens the playground's Drive view, which shows the PDF itself.
    await sb.getByTestId('pdf-link').first().click();
    const preview = page.getByTestId('drive-pdf');
    await preview.waitFor();
    const src = (await preview.getAttribute('src'))!;
    const pdf = await fetch(new URL(src, pg.url));
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    // A PDF starts with %PDF.
    expect(
      new TextDecoder().decode(
        new Uint8Array(await pdf.arrayBuffer()).slice(0, 4),
      ),
    ).toBe('%PDF');
    await page.getByTestId('drive-close').click();
  });

  it('creates the ZIP, opens it in the Drive view from its link, and downloads it', async () => {
    await sb.getByRole('button', {name: 'Crear ZIP'}).click();
    await sb.getByTestId('zip-done').waitFor({timeout: 120_000});
    await sb.getByTestId('zip-link').first().click();
    const view = page.getByTestId('drive-view');
    await view.waitFor();
    const title = norm(await page.getByTestId('drive-title').textContent());
    expect(title).toMatch(/\.zip$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('drive-download').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe(title);
    const bytes = await (
      await fetch(
        `${pg.url}${(await page.getByTestId('drive-download').first().getAttribute('href'))!.slice(1)}`,
      )
    ).arrayBuffer();
    // A ZIP starts with PK\x03\x04.
    expect([...new Uint8Array(bytes).slice(0, 2)]).toEqual([0x50, 0x4b]);
    await page.getByTestId('drive-home').click();
    expect(norm(await page.getByTestId('drive-list').textContent())).toContain(
      title,
    );
    await expectCleanTexts('3-drive');
    await page.getByTestId('drive-close').click();
  });

  it('generates the report, opens Resumen from its link and shows its chart', async () => {
    await sb.getByRole('tab', {name: 'Reportes'}).click();
    await sb.getByRole('button', {name: 'Generar informe'}).click();
    const result = sb.locator(
      '[data-testid="report-result"][data-state="done"]',
    );
    await result.waitFor({timeout: 180_000});
    await result.getByRole('link', {name: 'Resumen', exact: true}).click();
    await page
      .locator('[data-testid="tab"].active[data-name="Resumen"]')
      .waitFor({timeout: 30_000});
    await page.getByTestId('chart').first().waitFor({timeout: 30_000});
    expect(await page.getByTestId('chart').count()).toBeGreaterThan(0);
    // Seen, not only present: the first chart lies whole inside the grid's cell area on screen.
    const grid = (await page.getByTestId('grid-scroll').boundingBox())!;
    const header = (await page.locator('.grid-top').boundingBox())!;
    const chart = (await page.getByTestId('chart').first().boundingBox())!;
    const inside = {
      rightOfRowNumbers: chart.x >= grid.x + ROW_HEADER_WIDTH,
      leftOfEdge: chart.x + chart.width <= grid.x + grid.width,
      belowHeader: chart.y >= header.y + header.height,
      aboveEdge: chart.y + chart.height <= grid.y + grid.height,
      inWindow: chart.x + chart.width <= page.viewportSize()!.width,
    };
    expect(inside).toEqual({
      rightOfRowNumbers: true,
      leftOfEdge: true,
      belowHeader: true,
      aboveEdge: true,
      inWindow: true,
    });
    await expectCleanTexts('4-informe');
  });

  it('changes the weekly schedule to daily at 8:00 without removing it first', async () => {
    const description = sb.getByTestId('schedule-description');
    await sb.getByRole('button', {name: 'Quitar programación'}).waitFor();
    expect(norm(await description.textContent())).toContain('Todos los lunes');
    await sb.getByLabel('Frecuencia').selectOption('daily');
    await sb.getByLabel('Hora', {exact: true}).selectOption('8');
    await sb.getByRole('button', {name: 'Guardar cambios'}).click();
    await page.waitForFunction(() => {
      const frame = document.querySelector(
        'iframe[data-testid="sidebar-frame"]',
      ) as HTMLIFrameElement;
      const text =
        frame.contentDocument?.querySelector(
          '[data-testid="schedule-description"]',
        )?.textContent ?? '';
      return text.includes('Todos los días entre las 8:00 y las 9:00');
    });
    expect(await sb.getByTestId('error').count()).toBe(0);
    await expectCleanTexts('5-programacion');
  });

  it('shows the PDF folders by name and path in Configuración, the id on hover', async () => {
    // The report's link opened the companion workbook (issue 18.2); back to the Master, whose
    // settings these are, as a clerk goes back to its browser tab.
    const switcher = page.getByTestId('workbook-switcher');
    if (await switcher.isVisible())
      await switcher.selectOption({
        label: 'Archivo control facturacion mensual Finkargo Def',
      });
    await page
      .getByTestId('doc-title')
      .filter({hasText: 'Archivo control facturacion mensual Finkargo Def'})
      .waitFor();
    await sb.getByRole('tab', {name: 'Configuración'}).click();
    const folders = sb.getByTestId('pdf-folder');
    await folders
      .first()
      .getByText('Facturacion', {exact: true})
      .waitFor({timeout: 30_000});
    const text = norm(await folders.allTextContents().then(t => t.join(' | ')));
    expect(text).toContain('Facturacion mandato');
    expect(text).toContain('Finkargo Mandato');
    expect(await folders.first().locator('a').getAttribute('title')).toMatch(
      /^Id de Drive: /,
    );
    await expectCleanTexts('6-configuracion');
  });

  it('offers «Abrir Configuración», not Reintentar, for a message that needs a setting', async () => {
    const settings = await run<Settings>(pg, 'getSettings');
    await run(pg, 'saveSettings', {...settings, exportFolder: ''});
    try {
      await sb.getByRole('tab', {name: 'PDFs'}).click();
      await sb.getByRole('button', {name: 'Crear ZIP'}).click();
      const error = sb.locator('#fk-panel-pdfs').getByTestId('error');
      await error.waitFor({timeout: 60_000});
      expect(norm(await error.textContent())).toContain(
        'No hay carpeta de exportación en Configuración',
      );
      expect(
        await error.getByRole('button', {name: 'Reintentar'}).count(),
      ).toBe(0);
      await error.getByTestId('open-settings').click();
      const tab = sb.getByRole('tab', {name: 'Configuración'});
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      expect(
        await sb.getByRole('form', {name: 'Configuración'}).isVisible(),
      ).toBe(true);
    } finally {
      await run(pg, 'saveSettings', settings);
    }
    // Each result replaces the last: the next ZIP's success leaves no red error behind.
    await sb.getByRole('tab', {name: 'PDFs'}).click();
    await sb.getByRole('button', {name: 'Crear ZIP'}).click();
    await sb.getByTestId('zip-done').waitFor({timeout: 120_000});
    expect(
      await sb.locator('#fk-panel-pdfs').getByTestId('error').count(),
    ).toBe(0);
  });

  it('asks before «Reconstruir desde cero», and Cancelar rebuilds nothing', async () => {
    const runs = async () =>
      ((await page.getByTestId('calls-list').textContent()) ?? '').split(
        'refreshPdfIndex',
      ).length;
    const before = await runs();
    await sb.getByRole('tab', {name: 'Índice'}).click();
    await sb.getByRole('button', {name: 'Reconstruir desde cero'}).click();
    const dialog = sb.getByRole('alertdialog', {
      name: 'Confirmar la reconstrucción',
    });
    await dialog.waitFor();
    await dialog.getByRole('button', {name: 'Cancelar'}).click();
    expect(await dialog.count()).toBe(0);
    expect(await runs()).toBe(before);
    await expectCleanTexts('7-indice');
  });

  it('grid: the name box navigates, frozen rows stay, dates and money read es-CO, the Costos panel keeps its width', async () => {
    const tab = 'Relacion facturas Costos Fijos';
    await page.locator(`[data-testid="tab"][data-name="${tab}"]`).click();
    const a1 = await page.getByTestId('cell-A1').textContent();
    const nameBox = page.getByTestId('name-box');
    await nameBox.fill('B20');
    await nameBox.press('Enter');
    await page.locator('[data-testid="cell-B20"].selected').waitFor();
    expect(await page.getByTestId('cell-A1').textContent()).toBe(a1);
    // Frozen rows: the header rows stay in view when the grid scrolls far down.
    await page.getByTestId('grid-scroll').evaluate(g => (g.scrollTop = 50_000));
    const grid = (await page.getByTestId('grid-scroll').boundingBox())!;
    const frozen = (await page
      .getByTestId('grid-frozen')
      .locator('[data-cell="A3"]')
      .boundingBox())!;
    expect(
      frozen.y >= grid.y && frozen.y + frozen.height <= grid.y + grid.height,
    ).toBe(true);
    // A date cell reads dd/mm/yyyy in the formula bar.
    const head = (await (
      await fetch(`${pg.url}api/sheets/${encodeURIComponent(tab)}?range=A3:Z3`)
    ).json()) as {values: string[][]};
    const dateColumn =
      head.values[0].findIndex(v => /^fecha/i.test(String(v))) + 1;
    expect(dateColumn).toBeGreaterThan(0);
    const letter = String.fromCharCode(64 + dateColumn);
    await nameBox.fill(`${letter}4`);
    await nameBox.press('Enter');
    await page.locator(`[data-testid="cell-${letter}4"].selected`).waitFor();
    expect(await page.getByTestId('formula-input').inputValue()).toMatch(
      /^\d{2}\/\d{2}\/\d{4}$/,
    );
    // The report's money under its number format, es-CO.
    // Resumen is in the companion workbook (issue 18.2): open it from the switcher.
    await page
      .getByTestId('workbook-switcher')
      .selectOption({label: 'Facturación - resultados'});
    await page.locator('[data-testid="tab"][data-name="Resumen"]').click();
    await page.getByTestId('cell-C7').waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="cell-C7"]')?.textContent ??
          '') !== '',
    );
    expect(norm(await page.getByTestId('cell-C7').textContent())).toMatch(
      /^\d{1,3}(\.\d{3})+,\d{2}$/,
    );
    // Long action names wrap inside the Costos panel instead of widening it.
    expect((await page.getByTestId('calls-panel').boundingBox())!.width).toBe(
      280,
    );
    expect(pageErrors).toEqual([]);
  });
});
