// UrlFetchApp: fetch and fetchAll against the one host the add-on calls, Drive API v3 files (metadata
// and alt=media content from the emulated Drive store), authorised by ScriptApp's OAuth token.
//
// Sources: developers.google.com/apps-script/reference/url-fetch/url-fetch-app (fetch, fetchAll,
// muteHttpExceptions, "requires the https://www.googleapis.com/auth/script.external_request
// scope"), .../url-fetch/http-response (getResponseCode, getContentText, getBlob, getContent,
// getHeaders), developers.google.com/apps-script/guides/services/quotas ("URL Fetch calls"
// 20,000 / 100,000 a day, "URL Fetch response size" 50 MB/call, "URL Fetch URL length" 2 KB/call,
// "URL Fetch headers" 100/call), developers.google.com/workspace/drive/api/reference/rest/v3/files/get
// (alt=media, supportsAllDrives) and .../drive/api/guides/handle-errors (404 notFound, 401, 403).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Emulator} from '../core/emulator';
import {FILE_FIELDS, checkNames, parseFields, project} from '../drive/fields';
import {ApiError} from '../drive/errors';
import {fileResource} from '../drive/resource';
import type {DriveItem, DriveStore} from '../drive/store';
import {FakeBlob, toSigned} from './utilities';
import {FETCH_ALL_CONCURRENCY, FETCH_BYTES_PER_MS, REQUEST_MS} from './latency';

/** "URL Fetch response size: 50 MB / call" (quotas page). */
export const MAX_RESPONSE_BYTES = 50 * 1024 * 1024;
/** "URL Fetch URL length: 2 KB / call" (quotas page). */
export const MAX_URL_LENGTH = 2 * 1024;
/** "URL Fetch headers: 100 / call" (quotas page). */
export const MAX_HEADERS = 100;
/** "URL Fetch calls": 20,000 a day for consumer accounts (100,000 Workspace); the stricter one by default. */
export const DAILY_FETCHES = 20_000;

const DRIVE_FILES =
  /^https:\/\/www\.googleapis\.com\/drive\/v3\/files\/([^/?#]+)(?:\?(.*))?$/;
const EXTERNAL_REQUEST_SCOPE =
  'https://www.googleapis.com/auth/script.external_request';
const DRIVE_READ_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.readonly',
];

type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;

/** What the emulated fetch needs from its world. */
export interface UrlFetchContext {
  emu: Emulator;
  drive: DriveStore;
  /** Folder of the built appsscript.json (its oauthScopes say what the token may do). */
  buildDir: string;
}

/** An HTTP response as HTTPResponse shows it (getters are local: no service call). */
export class FakeHttpResponse {
  constructor(
    private readonly code: number,
    private readonly body: Uint8Array,
    private readonly headers: Record<string, string>,
  ) {}

  getResponseCode(): number {
    return this.code;
  }

  getContentText(_charset?: string): string {
    return Buffer.from(this.body).toString('utf8');
  }

  getContent(): number[] {
    return toSigned(this.body);
  }

  getBlob(): FakeBlob {
    return new FakeBlob(
      this.body.slice(),
      this.headers['Content-Type'] ?? null,
      null,
    );
  }

  getHeaders(): Record<string, string> {
    return {...this.headers};
  }

  getAllHeaders(): Record<string, string> {
    return {...this.headers};
  }

  /** Bytes moved (for the cost). */
  get size(): number {
    return this.body.length;
  }
}

function json(code: number, value: unknown): FakeHttpResponse {
  return new FakeHttpResponse(
    code,
    new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8')),
    {'Content-Type': 'application/json; charset=UTF-8'},
  );
}

/** Drive's JSON error body (handle-errors guide). */
function driveError(
  code: number,
  message: string,
  reason: string,
  extra: Record<string, string> = {},
): FakeHttpResponse {
  return json(code, {
    error: {
      code,
      message,
      errors: [{message, domain: 'global', reason, ...extra}],
    },
  });
}

/**
 * 401 without a valid bearer token (handle-errors: "401: Invalid Credentials"; the text for a
 * missing header is Google's usual UNAUTHENTICATED answer, an ASSUMPTION for this endpoint).
 */
const UNAUTHENTICATED = (missing: boolean) =>
  driveError(
    401,
    missing
      ? 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.'
      : 'Invalid Credentials',
    missing ? 'required' : 'authError',
    {location: 'Authorization', locationType: 'header'},
  );

/** The UrlFetchApp global. */
export function createUrlFetchApp(ctx: UrlFetchContext) {
  const {emu} = ctx;
  const usedToday = new Map<string, number>();
  let scopes: string[] | null = null;
  const manifestScopes = (): string[] => {
    scopes ??=
      (
        JSON.parse(
          readFileSync(join(ctx.buildDir, 'appsscript.json'), 'utf8'),
        ) as {oauthScopes?: string[]}
      ).oauthScopes ?? [];
    return scopes;
  };

  /** The platform refuses UrlFetchApp when the manifest's explicit scopes lack external_request. */
  const checkScope = (method: string) => {
    if (!emu.execution) return;
    if (!manifestScopes().includes(EXTERNAL_REQUEST_SCOPE))
      throw emu.error(
        `You do not have permission to call UrlFetchApp.${method}. Required permissions: ${EXTERNAL_REQUEST_SCOPE}`,
      );
  };

  /** Counts requests against the user's day ("Service invoked too many times for one day: urlfetch."). */
  const countToday = (n: number) => {
    const day = `${emu.user}|${new Date(emu.clock.now()).toISOString().slice(0, 10)}`;
    const used = (usedToday.get(day) ?? 0) + n;
    if (used > DAILY_FETCHES)
      throw emu.error('Service invoked too many times for one day: urlfetch.');
    usedToday.set(day, used);
  };

  const normalise = (r: string | Request): {url: string; params: Params} =>
    typeof r === 'string' ? {url: r, params: {}} : {url: r.url, params: r};

  const check = ({url, params}: {url: string; params: Params}) => {
    if (typeof url !== 'string' || url === '')
      throw emu.error('Invalid argument: url');
    if (url.length > MAX_URL_LENGTH)
      throw emu.error('Limit Exceeded: URLFetch URL Length.');
    if (Object.keys(params.headers ?? {}).length > MAX_HEADERS)
      throw emu.error('Limit Exceeded: URLFetch headers.');
  };

  /** Serves one request from the Drive store. */
  const serve = ({url, params}: {url: string; params: Params}) => {
    const m = DRIVE_FILES.exec(url);
    if (!m)
      throw new Error(
        `UrlFetchApp emulator: only https://www.googleapis.com/drive/v3/files/<id> is modelled, not ${url}`,
      );
    if ((params.method ?? 'get').toString().toLowerCase() !== 'get')
      throw new Error(
        'UrlFetchApp emulator: only GET of Drive files is modelled',
      );
    const auth = Object.entries(params.headers ?? {}).find(
      ([k]) => k.toLowerCase() === 'authorization',
    )?.[1];
    if (auth === undefined) return UNAUTHENTICATED(true);
    const token = /^Bearer (ya29\.emulated-token-for-(.+))$/.exec(String(auth));
    if (!token) return UNAUTHENTICATED(false);
    const user = token[2];
    if (!DRIVE_READ_SCOPES.some(s => manifestScopes().includes(s)))
      return driveError(
        403,
        'Request had insufficient authentication scopes.',
        'insufficientPermissions',
      );
    const id = decodeURIComponent(m[1]);
    const query = new URLSearchParams(m[2] ?? '');
    const allDrives = query.get('supportsAllDrives') === 'true';
    const item = ctx.drive.get(ctx.drive.resolveId(id, user));
    // A file the user may not see answers 404 like a missing one; a shared-drive item needs
    // supportsAllDrives (files/get reference), as the advanced service does (drive/advanced.ts).
    if (!item || !ctx.drive.canRead(item, user) || (item.driveId && !allDrives))
      return driveError(404, `File not found: ${id}.`, 'notFound', {
        location: 'fileId',
        locationType: 'parameter',
      });
    if (query.get('alt') === 'media') return media(item);
    return metadata(item, user, query.get('fields'));
  };

  const media = (item: DriveItem) => {
    if (item.mimeType.startsWith('application/vnd.google-apps.'))
      return driveError(
        403,
        'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
        'fileNotDownloadable',
        {location: 'alt', locationType: 'parameter'},
      );
    // A trashed file's content is still served to who can read it (files.get does not exclude
    // trashed files): ASSUMPTION; callers that must not use trashed files ask for `trashed`.
    const bytes = ctx.drive.bytes(item);
    return new FakeHttpResponse(200, bytes, {
      'Content-Type': item.mimeType,
      'Content-Length': String(bytes.length),
    });
  };

  const metadata = (item: DriveItem, user: string, fields: string | null) => {
    try {
      const mask = parseFields(fields ?? 'kind,id,name,mimeType');
      checkNames(mask, FILE_FIELDS);
      return json(
        200,
        project(fileResource(item, user, ctx.drive.roleOf(item, user)), mask),
      );
    } catch (e) {
      if (e instanceof ApiError) return driveError(e.code, e.message, e.reason);
      throw e;
    }
  };

  /** Without muteHttpExceptions a failure code throws, as Apps Script words it. */
  const raiseUnlessMuted = (
    url: string,
    params: Params,
    res: FakeHttpResponse,
  ) => {
    if (res.getResponseCode() < 400 || params.muteHttpExceptions) return;
    const host = /^(https?:\/\/[^/]+)/.exec(url)?.[1] ?? url;
    throw emu.error(
      `Request failed for ${host} returned code ${res.getResponseCode()}. Truncated server response: ${res.getContentText().slice(0, 100)}... (use muteHttpExceptions option to examine full response)`,
    );
  };

  const tooLarge = (res: FakeHttpResponse) => {
    // ASSUMPTION: the platform's wording past the 50 MB response quota is not published.
    if (res.size > MAX_RESPONSE_BYTES)
      throw emu.error('Limit Exceeded: URLFetch response size.');
  };

  return {
    fetch(url: string, params: Params = {}): FakeHttpResponse {
      checkScope('fetch');
      const req = {url, params};
      check(req);
      const res = serve(req);
      countToday(1);
      emu.call('UrlFetchApp', 'fetch', 'read', {
        ms: REQUEST_MS + Math.ceil(res.size / FETCH_BYTES_PER_MS),
        files: 1,
        bytes: res.size,
      });
      tooLarge(res);
      raiseUnlessMuted(url, params, res);
      return res;
    },

    fetchAll(requests: Array<string | Request>): FakeHttpResponse[] {
      checkScope('fetchAll');
      if (!Array.isArray(requests))
        throw emu.error('Invalid argument: requests');
      const reqs = requests.map(normalise);
      reqs.forEach(check);
      const responses = reqs.map(serve);
      countToday(reqs.length);
      const bytes = responses.reduce((n, r) => n + r.size, 0);
      emu.call('UrlFetchApp', 'fetchAll', 'read', {
        ms:
          Math.ceil(reqs.length / FETCH_ALL_CONCURRENCY) * REQUEST_MS +
          Math.ceil(bytes / FETCH_BYTES_PER_MS),
        files: reqs.length,
        bytes,
      });
      responses.forEach(tooLarge);
      responses.forEach((res, i) =>
        raiseUnlessMuted(reqs[i].url, reqs[i].params, res),
      );
      return responses;
    },

    getRequest(url: string, params: Params = {}): Record<string, unknown> {
      return {
        url,
        method: params.method ?? 'get',
        headers: params.headers ?? {},
      };
    },
  };
}
