// Reads PDFs' content from Drive in parallel: one UrlFetchApp.fetchAll per batch, two requests per
// PDF (its metadata, to know it is not trashed and its size, and its bytes), authorised by the
// script's own OAuth token. Needs the script.external_request scope (appsscript.json).
//
// Why not DriveApp (getFileById + getBlob: two calls, one after the other, per PDF) or the Drive
// advanced service (Files.get one by one): fetchAll sends the whole batch at once (Kanshi Tanaike's
// measurement, docs/platform.md "Measured speed"), so 1,000 PDFs cost 20 calls.
import type {FetchedPdf} from '../../app/pdf-find/zip-job';
import type {ZipItem} from '../../app/pdf-find/zip-pdfs';
import {
  backoffMs,
  MAX_ATTEMPTS,
  MAX_TOTAL_SLEEP_MS,
  withRetry,
} from '../common/retry';

type Blob = GoogleAppsScript.Base.Blob;
type Response = GoogleAppsScript.URL_Fetch.HTTPResponse;

const FILES = 'https://www.googleapis.com/drive/v3/files/';

/** Drive's answers worth asking again (developers.google.com/workspace/drive/api/guides/handle-errors). */
function transient(res: Response): boolean {
  const code = res.getResponseCode();
  if (code === 429 || code >= 500) return true;
  return (
    code === 403 &&
    /rateLimitExceeded|userRateLimitExceeded/.test(res.getContentText())
  );
}

/** Drive's error message from a JSON error body ('' when there is none). */
function driveMessage(res: Response): string {
  try {
    const body = JSON.parse(res.getContentText()) as {
      error?: {message?: string};
    };
    return body.error?.message ?? '';
  } catch {
    return '';
  }
}

/** The outcome of one PDF from its two responses. */
function outcome(meta: Response, media: Response): FetchedPdf<Blob> {
  const code =
    meta.getResponseCode() !== 200
      ? meta.getResponseCode()
      : media.getResponseCode();
  if (code === 404 || code === 401)
    return {error: 'no existe o no está compartido con su cuenta'};
  if (code !== 200)
    return {
      error: `Drive respondió ${code}: ${driveMessage(code === meta.getResponseCode() ? meta : media)}`,
    };
  const info = JSON.parse(meta.getContentText()) as {
    trashed?: boolean;
    size?: string;
  };
  if (info.trashed) return {error: 'está en la papelera de Drive'};
  return {blob: media.getBlob(), bytes: Number(info.size ?? 0)};
}

/** The reader of this run: one token, then one fetchAll per batch (plus retries of busy answers). */
export function drivePdfReader(): (
  items: readonly ZipItem[],
) => Array<FetchedPdf<Blob>> {
  let token: string | null = null;
  return items => {
    token ??= ScriptApp.getOAuthToken();
    const headers = {Authorization: `Bearer ${token}`};
    const requests = (item: ZipItem) => {
      const id = encodeURIComponent(item.fileId);
      return [
        {
          url: `${FILES}${id}?fields=trashed,size&supportsAllDrives=true`,
          headers,
          muteHttpExceptions: true,
        },
        {
          url: `${FILES}${id}?alt=media&supportsAllDrives=true`,
          headers,
          muteHttpExceptions: true,
        },
      ];
    };
    const answers: Array<[Response, Response] | null> = items.map(() => null);
    let todo = items.map((_, i) => i);
    let slept = 0;
    for (let attempt = 1; ; attempt++) {
      const responses = withRetry(() =>
        UrlFetchApp.fetchAll(todo.flatMap(i => requests(items[i]))),
      );
      const again: number[] = [];
      todo.forEach((i, k) => {
        const pair: [Response, Response] = [
          responses[2 * k],
          responses[2 * k + 1],
        ];
        answers[i] = pair;
        if (transient(pair[0]) || transient(pair[1])) again.push(i);
      });
      if (again.length === 0) break;
      const wait = backoffMs(attempt, true);
      if (attempt >= MAX_ATTEMPTS || slept + wait > MAX_TOTAL_SLEEP_MS) {
        const [meta, media] = answers[again[0]]!;
        const busy = transient(meta) ? meta : media;
        // Worded as Drive words it, so the job knows Google is busy and pauses (google-errors.ts).
        throw new Error(driveMessage(busy) || 'Backend Error');
      }
      Utilities.sleep(wait);
      slept += wait;
      todo = again;
    }
    return answers.map(pair => outcome(pair![0], pair![1]));
  };
}
