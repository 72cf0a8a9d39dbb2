// The sidebar in real headless Chromium against the playground (build/Code.js in the emulator):
// a filtered query and its totals, keyboard-only use, the PDF index refresh, a PDF search with a
// duplicate and a missing invoice, the ZIP link, a settings error, a Drive file name that is HTML.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {FrameLocator, Page} from 'playwright-core';
import {startPlayground, type Playground} from '../../dev/playground';
import type {FindPdfsResult, PdfIndexStatusDto} from '../../src/common/pdf-api';
import type {InvoicePage, InvoiceQuery} from '../../src/common/master-api';
import type {Settings} from '../../src/common/settings';
import {formatCount, formatMoney} from '../../src/ui/format';
import {
  chromiumAvailable,
  launchBrowser,
  reportMissingChromium,
  screenshotPath,
  type Browser,
} from './browser';

const BUILD = join(__dirname, '../../build');
/** A Drive file name that would run script if it were ever rendered as HTML. */
const HOSTILE = '<img src=x onerror=alert(1)>';
/** An invoice number the demo does not have; the hostile file carries it. */
const HOSTILE_INVOICE = 'FE987654';

jest.setTimeout(240_000);

const haveChromium = chromiumAvailable();
if (!haveChromium) reportMissingChromium();
const describeBrowser = haveChromium ? describe : describe.skip;

/** Calls a global of the add-on through the playground's HTTP API, as a second client would. */
async function run<T>(
  pg: Playground,
  fn: string,
  ...args: unknown[]
): Promise<T> {
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

/** Intl puts a no-break space between symbol and number; the page's text does too. */
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describeBrowser('sidebar in Chromium against the playground', () => {
  let pg: Playground;
  let browser: Browser;
  let page: Page;
  let sb: FrameLocator;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  /** Requests to anything but the playground (fonts, CDNs...): there must be none. */
  const outside: string[] = [];

  /** The whole page, and the side panel alone (what a user sees in 300 px). */
  const shot = async (name: string) => {
    await page.screenshot({path: screenshotPath(name)});
    await page
      .getByTestId('sidebar-panel')
      .screenshot({path: screenshotPath(`${name}-panel`)});
  };
  const openSidebar = async () => {
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-showSidebar').click();
    sb = page.frameLocator('[data-testid="sidebar-frame"]');
    await sb.getByRole('tab', {name: 'Consultar'}).waitFor();
  };

  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'Sidebar.html'))) {
      throw new Error(
        'build/Sidebar.html is missing: run `npm run build` first.',
      );
    }
    pg = await startPlayground({port: 0, open: false, buildDir: BUILD});
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('dialog', d => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', e => pageErrors.push(e.message));
    page.on('request', r => {
      if (!r.url().startsWith(pg.url) && !r.url().startsWith('about:'))
        outside.push(r.url());
    });
    await page.goto(pg.url);
    await openSidebar();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await pg?.close();
  });

  afterEach(() => {
    expect(dialogs).toEqual([]);
  });

  it('runs a query with filters and shows its count and totals per currency (es-CO)', async () => {
    const options = await run<{
      nits: Array<{nit: string; client: string; nitWithDv: string}>;
    }>(pg, 'listFilterOptions', {});
    const withName = options.nits.filter(n => n.client).slice(0, 2);
    expect(withName.length).toBeGreaterThan(0);
    const combo = sb.getByRole('combobox', {name: 'NIT / cliente'});
    for (const n of withName) {
      await combo.fill(n.client);
      await sb
        .getByRole('option', {
          name: new RegExp(n.nitWithDv.replace(/[.]/g, '\\.')),
        })
        .click();
    }
    await combo.press('Escape');
    await sb.getByLabel('Desde').fill('2024-01-01');
    await sb.getByLabel('Hasta').fill('2025-12-31');
    await sb.getByRole('button', {name: 'Consultar', exact: true}).click();
    await sb.getByTestId('results').waitFor({timeout: 90_000});

    // What the server answers for the same query, shown the way the UI must show it.
    const query: InvoiceQuery = {
      tab: 'Consolidado',
      nits: withName.map(n => n.nit),
      dateField: 'issueDate',
      from: '2024-01-01',
      to: '2025-12-31',
      page: 0,
      pageSize: 25,
    };
    const expected = await run<InvoicePage>(pg, 'queryInvoices', query);
    expect(expected.total).toBeGreaterThan(0);
    expect(norm(await sb.getByTestId('result-count').textContent())).toBe(
      `${formatCount(expected.total)} ${expected.total === 1 ? 'factura' : 'facturas'}`,
    );
    for (const t of expected.totals) {
      const line = sb
        .locator(
          `[data-testid="totals"] .total[data-currency="${t.currency}"] dd`,
        )
        .first();
      expect(norm(await line.textContent())).toBe(
        norm(formatMoney(t.amounts.valorNeto ?? 0, t.currency)),
      );
    }
    expect(await sb.getByTestId('result-row').count()).toBe(
      Math.min(expected.total, 25),
    );
    await shot('01-consultar-filtros-totales');

    // "Ir a la fila" selects the row's cell in the sheet (the playground's grid follows).
    const first = expected.rows[0];
    await sb
      .getByRole('button', {
        name: `Ir a la fila de ${first.invoiceNumber || `fila ${first.row}`}`,
      })
      .first()
      .click();
    await page.waitForFunction(
      row =>
        (
          document.querySelector('[data-testid="name-box"]') as HTMLInputElement
        ).value.replace(/^[A-Z]+/, '') === String(row),
      first.row,
    );
  });

  it('lets the query form be used with the keyboard only', async () => {
    await sb.getByRole('button', {name: 'Limpiar'}).click();
    const options = await run<{nits: Array<{nit: string; client: string}>}>(
      pg,
      'listFilterOptions',
      {},
    );
    const target = options.nits.find(n => n.client) ?? options.nits[0];
    // Focus the tab list, then keyboard only: Tab into the form, type, pick with Enter, submit.
    await sb.getByRole('tab', {name: 'Consultar'}).focus();
    await page.keyboard.press('Tab'); // -> Hoja
    expect(
      await sb
        .getByLabel('Hoja', {exact: true})
        .evaluate(el => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Tab'); // -> NIT combobox
    await page.keyboard.type(target.client || target.nit);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter'); // picks the active (first) match
    // Tab with the list still open goes to the next field (the list is no Tab stop), and back.
    await page.keyboard.press('Tab');
    expect(
      await sb
        .getByLabel('Código del desembolso', {exact: true})
        .evaluate(el => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    expect(
      await sb
        .getByRole('button', {
          name: new RegExp(`^Quitar ${escapeRe(target.client || target.nit)}`),
        })
        .count(),
    ).toBe(1);
    await page.keyboard.press('Enter'); // the list is closed: Enter in a field submits the form
    await sb.getByTestId('results').waitFor({timeout: 90_000});
    // Focus moved to the results heading, so a screen reader hears the count.
    await page.waitForFunction(() => {
      const frame = document.querySelector(
        'iframe[data-testid="sidebar-frame"]',
      ) as HTMLIFrameElement;
      return frame.contentDocument?.activeElement?.id === 'q-results';
    });
    const expected = await run<InvoicePage>(pg, 'queryInvoices', {
      tab: 'Consolidado',
      nits: [target.nit],
    });
    expect(norm(await sb.getByTestId('result-count').textContent())).toContain(
      formatCount(expected.total),
    );
    await shot('02-consultar-teclado');
  });

  it('refreshes the PDF index with visible progress and shows the new count', async () => {
    const rows = await run<InvoicePage>(pg, 'queryInvoices', {
      tab: 'Consolidado',
      page: 0,
      pageSize: 50,
    });
    const numbers = [
      ...new Set(rows.rows.map(r => r.invoiceNumber).filter(Boolean)),
    ];
    expect(numbers.length).toBeGreaterThan(2);
    await addTestPdfFolder(pg, numbers[0], numbers[1]);
    const before = await run<PdfIndexStatusDto>(pg, 'getIndexStatus');

    await sb.getByRole('tab', {name: 'Índice'}).click();
    await sb.getByTestId('index-status').waitFor();
    // The run may end between two looks: record every progress bar the pane shows.
    await page.frame({url: /\/sidebar/})!.evaluate(() => {
      const w = window as unknown as {progressSeen: string[]};
      w.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const label = bar?.getAttribute('aria-label');
        if (label && !w.progressSeen.includes(label))
          w.progressSeen.push(label);
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    await sb
      .getByRole('button', {
        name: /^(Actualizar índice|Continuar actualización)$/,
      })
      .click();
    await shot('03-indice-progreso');
    await sb.getByTestId('job-result').waitFor({timeout: 120_000});
    const seen = await page
      .frame({url: /\/sidebar/})!
      .evaluate(
        () => (window as unknown as {progressSeen: string[]}).progressSeen,
      );
    expect(seen.length).toBeGreaterThan(0);
    expect(await sb.getByTestId('job-result').getAttribute('data-state')).toBe(
      'done',
    );
    const after = await run<PdfIndexStatusDto>(pg, 'getIndexStatus');
    expect(after.pdfCount).toBeGreaterThanOrEqual(
      before.exists ? before.pdfCount + 1 : 1,
    );
    expect(norm(await sb.getByTestId('index-count').textContent())).toBe(
      formatCount(after.pdfCount),
    );
    await shot('04-indice-actualizado');
  });

  it('finds PDFs: a duplicate, a missing invoice, links with folder paths, a hostile name as text, and the ZIP link', async () => {
    const {found, duplicate, missing} = await pickInvoices(pg);
    const asked = [found, duplicate, missing, HOSTILE_INVOICE];
    await sb.getByRole('tab', {name: 'PDFs'}).click();
    await sb.getByRole('radio', {name: 'Pegar una lista'}).check();
    await sb
      .getByRole('textbox', {name: /Números de factura/})
      .fill(asked.join(', '));
    await sb.getByRole('button', {name: 'Buscar PDF'}).click();
    await sb.getByTestId('pdf-results').waitFor();

    const statusOf = async (invoice: string) =>
      sb
        .locator('[data-testid="pdf-lookup"]', {
          has: sb.getByText(invoice, {exact: true}),
        })
        .getAttribute('data-status');
    expect(await statusOf(found)).toBe('found');
    expect(await statusOf(duplicate)).toBe('duplicate');
    expect(await statusOf(missing)).toBe('missing');
    expect(await statusOf(HOSTILE_INVOICE)).toBe('found');

    // The duplicate lists every file, each a Drive link with its folder path.
    const dupCard = sb.locator(
      '[data-testid="pdf-lookup"][data-status="duplicate"]',
    );
    expect(
      await dupCard.getByTestId('pdf-link').count(),
    ).toBeGreaterThanOrEqual(2);
    for (const href of await dupCard
      .getByTestId('pdf-link')
      .evaluateAll(a => a.map(x => x.getAttribute('href')))) {
      expect(href).toMatch(/^https:\/\/drive\.google\.com\//);
    }

    // The hostile name is shown verbatim as text; no element was made from it and nothing ran.
    const hostileLink = sb.locator(
      '[data-testid="pdf-lookup"][data-status="found"] [data-testid="pdf-link"]',
      {
        hasText: HOSTILE,
      },
    );
    expect(await hostileLink.count()).toBe(1);
    expect(await hostileLink.textContent()).toContain(HOSTILE);
    expect(await sb.locator('img[src="x"]').count()).toBe(0);
    await shot('05-pdfs-resultado');

    await sb.getByRole('button', {name: 'Crear ZIP'}).click();
    const zipOutcome = sb
      .getByTestId('zip-done')
      .or(sb.getByTestId('pdf-results').getByTestId('error'));
    await zipOutcome.waitFor({timeout: 120_000});
    if ((await zipOutcome.getAttribute('data-testid')) === 'error') {
      throw new Error(`ZIP failed: ${await zipOutcome.textContent()}`);
    }
    const zipHref = await sb
      .getByTestId('zip-link')
      .first()
      .getAttribute('href');
    expect(zipHref).toMatch(/^https:\/\/drive\.google\.com\//);
    expect(
      norm(
        await sb.getByRole('button', {name: /Copiar faltantes/}).textContent(),
      ),
    ).toBe('Copiar faltantes (1)');
    await shot('06-pdfs-zip');

    // «Copiado» belongs to the list it copied: a new search (here without missing invoices)
    // starts without it (issue 20: messages must not outlive their action).
    const copyStatus = sb.locator('.copy [role="status"]');
    await sb.getByRole('button', {name: /Copiar faltantes/}).click();
    await sb
      .locator('.copy [role="status"]', {
        hasText: /Copiado al portapapeles|No se pudo copiar/,
      })
      .waitFor();
    await sb.getByRole('textbox', {name: /Números de factura/}).fill(found);
    await sb.getByRole('button', {name: 'Buscar PDF'}).click();
    await sb
      .getByRole('button', {name: 'Copiar faltantes (0)'})
      .waitFor({timeout: 120_000});
    expect(norm(await copyStatus.textContent())).toBe('');

    // The current query's invoices, read page by page: every one of them is looked up.
    const query = await lastQuery(page);
    const invoices = new Set<string>();
    for (let p = 0; ; p++) {
      const res = await run<InvoicePage>(pg, 'queryInvoices', {
        ...query,
        page: p,
        pageSize: 500,
      });
      for (const r of res.rows)
        if (r.invoiceNumber) invoices.add(r.invoiceNumber);
      if (p + 1 >= res.pageCount) break;
    }
    await sb.getByRole('radio', {name: 'Las de la consulta actual'}).check();
    await sb.getByRole('button', {name: 'Buscar PDF'}).click();
    await sb
      .getByRole('option', {name: `Todas (${formatCount(invoices.size)})`})
      .waitFor({state: 'attached', timeout: 120_000});
    expect(pageErrors).toEqual([]);
  });

  it("opens a result row's PDF from Consultar", async () => {
    await sb.getByRole('tab', {name: 'Consultar'}).click();
    const row = sb.getByTestId('result-row').first();
    const invoice = norm(await row.locator('.card-title span').textContent());
    const expected = await run<FindPdfsResult>(pg, 'findPdfs', [invoice]);
    await row.getByRole('button', {name: `Ver PDF de ${invoice}`}).click();
    const lookup = row.getByTestId('pdf-lookup');
    await lookup.waitFor({timeout: 60_000});
    expect(await lookup.getAttribute('data-status')).toBe(
      expected.results[0].status,
    );
    expect(await lookup.getByTestId('pdf-link').count()).toBe(
      expected.results[0].files.length,
    );
  });

  it("shows the server's Spanish message when a pasted PDF folder URL is bad, and keeps the stored settings", async () => {
    const stored = await run<Settings>(pg, 'getSettings');
    const bad = 'https://drive.google.com/drive/folders/NoExisteEstaCarpeta123';
    await sb.getByRole('tab', {name: 'Configuración'}).click();
    await sb.getByLabel('Pegue la URL de una carpeta de Drive').fill(bad);
    await sb.getByRole('button', {name: 'Agregar'}).click();
    await sb.getByRole('button', {name: 'Guardar', exact: true}).click();
    const alert = sb
      .getByRole('form', {name: 'Configuración'})
      .getByTestId('error');
    await alert.waitFor();
    const text = norm(await alert.locator('.error-text').textContent());
    // The server's own message for the same settings, word for word.
    const serverMessage = await run<Settings>(pg, 'saveSettings', {
      ...stored,
      pdfRootFolders: [...stored.pdfRootFolders, bad],
    }).then(
      () => 'saved',
      (e: Error) => e.message.replace(/^saveSettings: /, ''),
    );
    expect(text).toBe(norm(serverMessage));
    expect(text).toMatch(/carpeta/i);
    expect(
      await alert.getByRole('button', {name: 'Guardar de nuevo'}).count(),
    ).toBe(1);
    expect((await run<Settings>(pg, 'getSettings')).pdfRootFolders).toEqual(
      stored.pdfRootFolders,
    );
    await shot('07-configuracion-error');
  });

  it('gives every control of every pane an accessible name and keeps the panel 300 px wide', async () => {
    for (const tab of [
      'Consultar',
      'PDFs',
      'Índice',
      'Reportes',
      'Consolidar',
      'Configuración',
    ]) {
      await sb.getByRole('tab', {name: tab}).click();
      expect(
        await sb.getByRole('tab', {name: tab}).getAttribute('aria-selected'),
      ).toBe('true');
    }
    const frame = page.frame({url: /\/sidebar/})!;
    const unnamed = await frame.evaluate(() => {
      const named = (el: Element) => {
        const e = el as HTMLInputElement;
        if (e.type === 'hidden') return true;
        if (e.labels && e.labels.length > 0) return true;
        if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))
          return true;
        return el.tagName === 'BUTTON' && (el.textContent ?? '').trim() !== '';
      };
      return [...document.querySelectorAll('input, select, textarea, button')]
        .filter(el => !named(el))
        .map(el => el.outerHTML.slice(0, 120));
    });
    expect(unnamed).toEqual([]);
    // Nothing overflows sideways: no visible element's content is wider than its box (long
    // names from the sheet or Drive must wrap), and nothing reaches past the panel's edge.
    const overflowing = await overflowingElements(page);
    expect(overflowing).toEqual([]);
  });

  it('keeps the pane and the last query when the sidebar is closed and reopened', async () => {
    await sb.getByRole('tab', {name: 'Consultar'}).click();
    const count = norm(await sb.getByTestId('result-count').textContent());
    await page.getByTestId('sidebar-close').click();
    await openSidebar();
    await sb.getByTestId('results').waitFor({timeout: 90_000});
    expect(norm(await sb.getByTestId('result-count').textContent())).toBe(
      count,
    );
    expect(
      await sb.getByRole('button', {name: /^Quitar /}).count(),
    ).toBeGreaterThan(0);
    await page.screenshot({
      path: screenshotPath('08-reabierto'),
      fullPage: true,
    });
  });

  it('exports the current query: a new tab in the spreadsheet and the .xlsx in Drive, with its link', async () => {
    await sb.getByRole('tab', {name: 'Consultar'}).click();
    await sb.getByTestId('results').waitFor();
    await sb.getByRole('button', {name: 'Exportar'}).click();
    const done = sb.getByTestId('export-done');
    const outcome = done.or(sb.getByTestId('results').getByTestId('error'));
    await outcome.waitFor({timeout: 120_000});
    if ((await outcome.getAttribute('data-testid')) === 'error') {
      throw new Error(`Export failed: ${await outcome.textContent()}`);
    }
    const sheetName = /filas exportadas a la hoja «(.+)»/.exec(
      norm(await done.textContent()),
    )?.[1];
    expect(sheetName).toBeTruthy();
    // The export tab is in the companion workbook (issue 18.2): open it, read its tabs, come back.
    const ui = (await (await fetch(`${pg.url}api/ui`)).json()) as {
      spreadsheetId: string;
      workbooks: Array<{id: string; name: string}>;
    };
    const companion = ui.workbooks.find(
      w => w.name === 'Facturación - resultados',
    )!;
    const open = (id: string) =>
      fetch(`${pg.url}api/workbook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: pg.url.replace(/\/$/, ''),
        },
        body: JSON.stringify({id}),
      });
    await open(companion.id);
    const tabs = (await (await fetch(`${pg.url}api/sheets`)).json()) as {
      sheets: Array<{name: string}>;
    };
    await open(ui.spreadsheetId);
    expect(tabs.sheets.map(t => t.name)).toContain(sheetName);
    expect(await done.getByRole('link').getAttribute('href')).toMatch(
      /^https:\/\/(drive|docs)\.google\.com\//,
    );
    expect(await overflowingElements(page)).toEqual([]);
    await shot('09-exportar');
  });

  it('fetched nothing from the network besides the playground, and threw no script error', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** Visible elements of the sidebar whose content is wider than their box or the panel. */
async function overflowingElements(page: Page): Promise<string[]> {
  const frame = page.frame({url: /\/sidebar/});
  if (!frame) throw new Error('The sidebar frame is not open');
  return frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        el =>
          el.offsetParent !== null &&
          !['INPUT', 'SELECT', 'TEXTAREA', 'OPTION'].includes(el.tagName),
      )
      .filter(el => {
        const style = getComputedStyle(el);
        const wide =
          el.scrollWidth > el.clientWidth + 1 &&
          style.overflowX === 'visible' &&
          el.clientWidth > 0;
        return (
          wide ||
          el.getBoundingClientRect().right >
            document.documentElement.clientWidth + 1
        );
      })
      .map(
        el =>
          `${el.tagName}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`,
      ),
  );
}

/** The query Consultar ran last, as the sidebar keeps it in sessionStorage. */
async function lastQuery(page: Page): Promise<InvoiceQuery> {
  const frame = page.frame({url: /\/sidebar/});
  if (!frame) throw new Error('The sidebar frame is not open');
  const raw = await frame.evaluate(() =>
    sessionStorage.getItem('facturacion.v1.query'),
  );
  if (!raw) throw new Error('Consultar has not run a query');
  return JSON.parse(raw) as InvoiceQuery;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The emulated DriveApp, used from the test as set-up (outside an execution nothing is charged). */
interface FolderLike {
  getId(): string;
  createFolder(name: string): FolderLike;
  createFile(name: string, content: string, mimeType: string): unknown;
}

/**
 * A PDF folder of the test's own in My Drive, added to the settings' root folders: one PDF of
 * invoice A, two of invoice B (two months), and `<img src=x onerror=alert(1)> FE987654.pdf`; and
 * an export folder for the ZIP when none is set.
 */
async function addTestPdfFolder(
  pg: Playground,
  a: string,
  b: string,
): Promise<void> {
  const g = pg.session.world.addon.context as {
    DriveApp: {getRootFolder(): FolderLike};
  };
  const root = g.DriveApp.getRootFolder().createFolder('Facturas prueba e2e');
  const sep = root.createFolder('09. Septiembre');
  const oct = root.createFolder('10. Octubre');
  const pdf = (folder: FolderLike, name: string) =>
    folder.createFile(name, '%PDF-1.4 prueba', 'application/pdf');
  pdf(sep, `${a}.pdf`);
  pdf(sep, `${b}.pdf`);
  pdf(oct, `dian_${b}.pdf`);
  pdf(oct, `${HOSTILE} ${HOSTILE_INVOICE}.pdf`);
  const settings = await run<Settings>(pg, 'getSettings');
  await run<Settings>(pg, 'saveSettings', {
    ...settings,
    pdfRootFolders: [
      ...settings.pdfRootFolders,
      `https://drive.google.com/drive/folders/${root.getId()}`,
    ],
    exportFolder:
      settings.exportFolder ||
      g.DriveApp.getRootFolder().createFolder('Exportaciones e2e').getId(),
  });
}

/** One invoice with one PDF, one with several, one with none, as the server sees them (asked through the API). */
async function pickInvoices(
  pg: Playground,
): Promise<{found: string; duplicate: string; missing: string}> {
  const page = await run<InvoicePage>(pg, 'queryInvoices', {
    tab: 'Consolidado',
    page: 0,
    pageSize: 500,
  });
  const numbers = [
    ...new Set(page.rows.map(r => r.invoiceNumber).filter(Boolean)),
  ];
  const res = await run<FindPdfsResult>(pg, 'findPdfs', numbers);
  const first = (s: string) => res.results.find(r => r.status === s)?.invoice;
  const found = first('found');
  const duplicate = first('duplicate');
  const missing = first('missing');
  if (!found || !duplicate || !missing) {
    throw new Error(
      `The data lacks a found/duplicate/missing invoice: ${JSON.stringify(res.counts)}`,
    );
  }
  return {found, duplicate, missing};
}
