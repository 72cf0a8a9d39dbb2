// The playground's HTTP layer: the page, the sidebar with its google.script.run shim, and the JSON API
// of docs/architecture.md ("The playground"). Only the page's own origin may call it.
import type {IncomingMessage, ServerResponse} from 'node:http';
import {errorMessage} from './json-values';
import {RequestError, type PlaygroundSession, type RunMode} from './session';
import {driveAnswer, driveContent} from './drive-api';

/** The largest request body accepted (google.script.run carries just under 50 MB). */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** The static parts of the site, prepared once at start. */
export interface Site {
  /** The page (grid, tabs, menu, panels), self-contained. */
  page: string;
  /** The google.script.run shim, a script injected into the sidebar's HTML. */
  shim: string;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  // Inline scripts are the page's and the sidebar's own; nothing is fetched from elsewhere.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'",
} as const;

/**
 * The request handler. `port()` is read per request because the port is known only after listen
 * (port 0 picks a free one).
 */
export function createHandler(
  session: PlaygroundSession,
  site: Site,
  port: () => number,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(session, site, port(), req, res).catch((e: unknown) => {
      const status = e instanceof RequestError ? e.status : 500;
      sendJson(res, status, {ok: false, error: {message: errorMessage(e)}});
    });
  };
}

/** The origins of the page itself (it answers on both names of the loopback address). */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * Whether a request may proceed: the Host must be this server (no DNS rebinding), a present Origin
 * must be the page's own, and anything but GET/HEAD must carry the page's Origin.
 */
export function allowed(
  method: string,
  host: string | undefined,
  origin: string | undefined,
  port: number,
): boolean {
  const origins = ownOrigins(port);
  if (!host || !origins.includes(`http://${host.toLowerCase()}`)) return false;
  if (origin !== undefined) return origins.includes(origin.toLowerCase());
  return method === 'GET' || method === 'HEAD';
}

async function handle(
  session: PlaygroundSession,
  site: Site,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (!allowed(method, req.headers.host, req.headers.origin, port)) {
    sendJson(res, 403, {
      ok: false,
      error: {
        message:
          'Solo la página del playground puede usar este servidor (origen o host no permitido).',
      },
    });
    return;
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const path = url.pathname;
  const route = `${method} ${path}`;

  if (route === 'GET /' || route === 'GET /index.html') {
    send(res, 200, 'text/html; charset=utf-8', site.page);
  } else if (route === 'GET /sidebar') {
    const sidebar = session.world.ui.sidebar();
    if (!sidebar) {
      send(
        res,
        404,
        'text/plain; charset=utf-8',
        'El complemento no ha abierto ningún panel lateral.',
      );
      return;
    }
    send(
      res,
      200,
      'text/html; charset=utf-8',
      injectShim(sidebar.html, site.shim, functionsFor(session)),
    );
  } else if (route === 'GET /api/ui') {
    sendJson(res, 200, uiState(session));
  } else if (route === 'POST /api/run') {
    const body = await readJson(req);
    const name = body.function;
    const args = body.args ?? [];
    const mode = body.mode ?? 'FULL';
    if (typeof name !== 'string' || name === '') {
      throw new RequestError(
        400,
        'Falta "function": el nombre de la función a ejecutar.',
      );
    }
    if (!Array.isArray(args)) {
      throw new RequestError(400, '"args" debe ser una lista.');
    }
    if (mode !== 'FULL' && mode !== 'CUSTOM_FUNCTION') {
      throw new RequestError(
        400,
        '"mode" debe ser "FULL" o "CUSTOM_FUNCTION".',
      );
    }
    const user = session.account(body.user);
    sendJson(res, 200, await session.run(name, args, mode as RunMode, user));
  } else if (route === 'POST /api/cells') {
    const body = await readJson(req);
    const {sheet, cell, input} = body;
    if (
      typeof sheet !== 'string' ||
      typeof cell !== 'string' ||
      typeof input !== 'string'
    ) {
      throw new RequestError(
        400,
        'Se esperaba {"sheet", "cell", "input"} como textos.',
      );
    }
    const user = session.account(body.user);
    sendJson(res, 200, await session.enterCell(sheet, cell, input, user));
  } else if (route === 'GET /api/calls') {
    const raw = url.searchParams.get('since');
    const since = raw === null ? 0 : Number(raw);
    if (!Number.isInteger(since) || since < 0) {
      throw new RequestError(
        400,
        '"since" debe ser un entero mayor o igual a 0.',
      );
    }
    sendJson(res, 200, session.calls(since));
  } else if (route === 'POST /api/triggers/fire') {
    // The body is optional here: none fires every account's triggers.
    const raw = (await drain(req)).toString('utf8');
    const user =
      raw.trim() === '' ? undefined : session.account(parseJson(raw).user);
    const outcomes = await session.fireTriggers(user);
    sendJson(res, 200, {ok: outcomes.every(o => o.ok), fired: outcomes});
  } else if (route === 'POST /api/workbook') {
    const body = await readJson(req);
    sendJson(res, 200, await session.openWorkbook(body.id));
  } else if (route === 'GET /api/sheets') {
    sendJson(res, 200, session.sheets());
  } else if (method === 'GET' && path.startsWith('/api/sheets/')) {
    const name = decodeName(path.slice('/api/sheets/'.length));
    sendJson(
      res,
      200,
      session.sheetValues(
        name,
        url.searchParams.get('range'),
        url.searchParams.get('display') === '1',
      ),
    );
  } else if (method === 'GET' && path.startsWith('/api/charts/')) {
    const name = decodeName(path.slice('/api/charts/'.length));
    sendJson(res, 200, session.charts(name));
  } else if (route === 'POST /api/selection') {
    const body = await readJson(req);
    if (typeof body.sheet !== 'string' || typeof body.range !== 'string') {
      throw new RequestError(
        400,
        'Se esperaba {"sheet", "range"} como textos.',
      );
    }
    sendJson(res, 200, await session.select(body.sheet, body.range));
  } else if (route === 'GET /api/drive') {
    sendJson(res, 200, driveAnswer(session.world.drive, null));
  } else if (method === 'GET' && /^\/api\/drive\/[^/]+\/content$/.test(path)) {
    const id = decodeName(path.split('/')[3]);
    const file = driveContent(session.world.drive, id);
    const disposition =
      url.searchParams.get('download') === '1' ? 'attachment' : 'inline';
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
    res.end(Buffer.from(file.bytes));
  } else if (method === 'GET' && /^\/api\/drive\/[^/]+$/.test(path)) {
    const id = decodeName(path.split('/')[3]);
    sendJson(res, 200, driveAnswer(session.world.drive, id));
  } else if (path.startsWith('/api/')) {
    throw new RequestError(404, `No existe ${method} ${path}.`);
  } else {
    send(res, 404, 'text/plain; charset=utf-8', 'No encontrado.');
  }
}

/** A tab name from the URL path; malformed %-escapes are the client's error (400). */
function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new RequestError(
      400,
      `"${raw}" no es un nombre de hoja bien codificado en la URL.`,
    );
  }
}

/** What the page needs to draw the menu and the side panel. */
function uiState(session: PlaygroundSession) {
  const {world} = session;
  const sidebar = world.ui.sidebar();
  return {
    spreadsheet: world.workbook.name(),
    description: world.description,
    menu: world.ui.addonMenu(),
    selection: world.workbook.selection(),
    spreadsheetId: world.workbook.id(),
    workbooks: world.workbook.workbooks(),
    sidebar: sidebar ? {title: sidebar.title, version: sidebar.version} : null,
    messages: world.ui.takeMessages(),
    customFunctions: world.customFunctions,
    accounts: world.accounts,
  };
}

/** The globals google.script.run offers: the bundle's top-level functions, not the private ones. */
function functionsFor(session: PlaygroundSession): string[] {
  return session.world.addon.globalFunctions().filter(n => !n.endsWith('_'));
}

/**
 * The sidebar's HTML with the shim first in <head>, so google.script.run exists before the
 * sidebar's own scripts run. The function list is JSON in a non-executable script element.
 */
export function injectShim(
  html: string,
  shim: string,
  functions: string[],
): string {
  const list = JSON.stringify(functions).replace(/</g, '\\u003c');
  const tag =
    `<script type="application/json" id="playground-functions">${list}</script>` +
    `<script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + tag + html.slice(at);
  }
  return tag + html;
}

async function drain(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) {
      throw new RequestError(
        413,
        'La petición supera 50 MB, el límite de google.script.run.',
      );
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function readJson(
  req: IncomingMessage,
): Promise<Record<string, unknown>> {
  return parseJson((await drain(req)).toString('utf8'));
}

function parseJson(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RequestError(400, 'El cuerpo de la petición no es JSON válido.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new RequestError(
      400,
      'El cuerpo de la petición debe ser un objeto JSON.',
    );
  }
  return body as Record<string, unknown>;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
): void {
  res.writeHead(status, {...SECURITY_HEADERS, 'Content-Type': type});
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
