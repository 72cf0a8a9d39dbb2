// Launches Debian's Chromium (never a downloaded browser) headless for the sidebar's browser tests.
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext} from 'playwright-core';

/** Where Debian installs Chromium; the tests use nothing else. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots and other artifacts of the browser tests (git-ignored). */
export const OUTPUT_DIR = join(__dirname, '../../test-output/e2e');

/** Flags that keep the browser offline apart from the local playground, and reproducible. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Date inputs and number formats in the users' locale (dd/mm/aaaa).
  '--lang=es-CO',
];

/** Whether the browser tests can run here. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * When Chromium is missing: prints a loud notice naming the install command. In CI
 * (CI or E2E_REQUIRED set) that is a failure, never a silent pass.
 */
export function reportMissingChromium(): void {
  const line = '#'.repeat(78);
  const message = [
    line,
    `# BROWSER TESTS SKIPPED: ${CHROMIUM_PATH} not found.`,
    "# Install Debian's Chromium to run them:  sudo apt-get install -y chromium",
    '# (.ci/run installs it; set CHROMIUM_PATH to use another Chromium binary.)',
    line,
  ].join('\n');
  process.stderr.write(`\n${message}\n\n`);
  if (process.env.CI || process.env.E2E_REQUIRED) {
    throw new Error(
      `Chromium is required in CI but ${CHROMIUM_PATH} is missing.`,
    );
  }
}

/** A browser with a fresh profile directory, removed on close. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh --user-data-dir, a 300 px-wide-friendly viewport and es-CO. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'fk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
    viewport: {width: 1280, height: 900},
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, {recursive: true, force: true});
    },
  };
}

/** The path of a screenshot file under test-output/e2e (the directory is created). */
export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, {recursive: true});
  return join(OUTPUT_DIR, `${name}.png`);
}
