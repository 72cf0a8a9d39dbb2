// startPlayground(): builds the page, loads the world (demo or the user's files) and serves both on
// 127.0.0.1. Used by `npm start` (dev/server.ts) and by tests (port 0, open: false).
import {build} from 'esbuild';
import {readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {createHandler, type Site} from './http-api';
import {PlaygroundSession} from './session';
import {createPlaygroundWorld, type WorldPreparer} from './world-adapter';
import {demoWorld, userFilesWorld} from './demo';

/** Options of startPlayground (all optional: the defaults are `npm start` with no flags). */
export interface PlaygroundOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Seed of the demo data. */
  seed?: number;
  /** Open the page in the system's browser. Default false here (the CLI passes true). */
  open?: boolean;
  /** An .xlsx Master instead of the demo Master. */
  master?: string | null;
  /** A local folder tree of PDFs mirrored into the emulated Drive. */
  drive?: string | null;
  /** The bundle to run. Default build/Code.js (and build/Sidebar.html beside it). */
  buildDir?: string;
  /** Fills the world instead of the demo or master/drive (tests that need a particular Master). */
  setup?: WorldPreparer;
}

/** A running playground. */
export interface Playground {
  url: string;
  port: number;
  session: PlaygroundSession;
  close(): Promise<void>;
}

const ROOT = join(__dirname, '..');
const PAGE_DIR = join(__dirname, 'page');

/** Bundles the page (script and CSS inlined) and the google.script.run shim, in memory. */
export async function buildSite(): Promise<Site> {
  const [page, shim] = await Promise.all([
    build({
      entryPoints: [join(PAGE_DIR, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      write: false,
      outdir: join(ROOT, 'build', 'playground'),
      logLevel: 'warning',
    }),
    build({
      entryPoints: [join(PAGE_DIR, 'script-run-shim.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      write: false,
      logLevel: 'warning',
    }),
  ]);
  const js = page.outputFiles.find(f => f.path.endsWith('.js'))?.text ?? '';
  const css = page.outputFiles.find(f => f.path.endsWith('.css'))?.text ?? '';
  const template = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8');
  const html = template
    .replace('/*__CSS__*/', () => css.replace(/<\/style/gi, '<\\/style'))
    .replace('/*__JS__*/', () => js.replace(/<\/script/gi, '<\\/script'));
  return {page: html, shim: shim.outputFiles[0].text};
}

/**
 * Starts the playground: the world (demo from the seed, or the given Master/Drive), the add-on
 * loaded and opened (onOpen), and the HTTP server on 127.0.0.1. Resolves once it listens.
 */
export async function startPlayground(
  options: PlaygroundOptions = {},
): Promise<Playground> {
  const buildDir = options.buildDir ?? join(ROOT, 'build');
  const [site, world] = await Promise.all([
    buildSite(),
    createPlaygroundWorld({
      buildDir,
      prepare:
        options.setup ??
        (options.master || options.drive
          ? userFilesWorld(
              options.master ?? null,
              options.drive ?? null,
              options.seed,
            )
          : demoWorld(options.seed)),
    }),
  ]);
  const session = new PlaygroundSession(world.world);
  session.recordStartup(world.startupLabel, 0);

  let port = options.port ?? 8080;
  const server: Server = createServer(createHandler(session, site, () => port));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  if (options.open) openBrowser(url);
  return {
    url,
    port,
    session,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(e => (e ? reject(e) : resolve()));
      }),
  };
}

/** Opens a URL with the desktop's opener, if there is one; a headless machine just prints it. */
function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin'
      ? 'open'
      : process.platform === 'win32'
        ? 'explorer'
        : 'xdg-open';
  import('node:child_process')
    .then(({spawn}) => {
      const child = spawn(command, [url], {stdio: 'ignore', detached: true});
      child.on('error', () => undefined);
      child.unref();
    })
    .catch(() => undefined);
}
