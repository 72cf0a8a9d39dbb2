// Opens the playground in Chromium with the sidebar on one pane: the shared set-up of the pane suites.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {FrameLocator, Page} from 'playwright-core';
import {
  startPlayground,
  type Playground,
  type PlaygroundOptions,
} from '../../dev/playground';
import {launchBrowser, type Browser} from './browser';

const BUILD = join(__dirname, '../../build');

export interface SidebarSession {
  pg: Playground;
  browser: Browser;
  page: Page;
  /** The sidebar's iframe. */
  sb: FrameLocator;
  /** Script errors of the page, collected for the suite to assert on. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts a playground (prepared by `setup`), opens the sidebar from the menu and clicks `pane`. */
export async function openSidebarPane(
  pane: string,
  setup: PlaygroundOptions['setup'],
): Promise<SidebarSession> {
  if (!existsSync(join(BUILD, 'Sidebar.html'))) {
    throw new Error(
      'build/Sidebar.html is missing: run `npm run build` first.',
    );
  }
  const pg = await startPlayground({
    port: 0,
    open: false,
    buildDir: BUILD,
    setup,
  });
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', e => pageErrors.push(e.message));
  await page.goto(pg.url);
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-item-showSidebar').click();
  const sb = page.frameLocator('[data-testid="sidebar-frame"]');
  await sb.getByRole('tab', {name: pane}).click();
  return {
    pg,
    browser,
    page,
    sb,
    pageErrors,
    async close() {
      await browser.close();
      await pg.close();
    },
  };
}

/** Text with runs of whitespace collapsed, for comparing what the pane shows. */
export const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
