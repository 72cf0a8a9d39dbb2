// Google's failures with Google's texts, for fault injection: the Sheets advanced service
// ("fail the 3rd batchGet with 429") and SpreadsheetApp ("Service Spreadsheets timed out ...").
import type {Fault} from '../core/faults';

/**
 * The project number in quota messages (any digits: the add-on must not depend on them).
 * Google's 429 text, quoted in public reports of it (github.com/AutomaApp/automa/issues/1877,
 * github.com/n8n-io/n8n/issues/16729) and matching developers.google.com/sheets/api/limits
 * (per-minute read and write quotas per user, "429: Too many requests").
 */
export const PROJECT_NUMBER = '570104882637';

/** Methods that count against the write quota (the limits page: update, clear, copyTo...). */
const WRITES =
  /^Values\.(update|batchUpdate|append|clear|batchClear)$|batchUpdate$/;

/**
 * The API's message per code. 429 names the read or write quota of the method; 500 and 503 are the
 * canonical google.rpc texts (INTERNAL "Internal error encountered.", UNAVAILABLE "The service is
 * currently unavailable.").
 */
export function sheetsMessage(method: string, code: 429 | 500 | 503): string {
  if (code === 429) {
    const kind = WRITES.test(method) ? 'Write' : 'Read';
    return `Quota exceeded for quota metric '${kind} requests' and limit '${kind} requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:${PROJECT_NUMBER}'.`;
  }
  return code === 500
    ? 'Internal error encountered.'
    : 'The service is currently unavailable.';
}

/**
 * A fault for a Sheets advanced-service method, e.g. sheetsFault('Values.batchGet', 429, 3).
 * The key is "Sheets.<method>"; the message is Apps Script's "API call to ... failed with error: ...".
 * The error carries that message only (no code, no details: not documented for this service).
 */
export function sheetsFault(
  method: string,
  code: 429 | 500 | 503,
  nth = 1,
  times = 1,
): Fault {
  const api = method
    .replace(/^Values\./, 'values.')
    .replace(/^Spreadsheets\./, '');
  return {
    key: `Sheets.${method}`,
    nth,
    times,
    message: `API call to sheets.spreadsheets.${api} failed with error: ${sheetsMessage(method, code)}`,
  };
}

/**
 * A SpreadsheetApp failure as Apps Script words it, e.g.
 * spreadsheetFault('Range.getValues', 'timeout', ss.id): "Service Spreadsheets timed out while
 * accessing document with id <id>." or (kind 'failed') "Service Spreadsheets failed while accessing
 * document with id <id>." (wording from public Apps Script execution logs; no Google page lists it).
 */
export function spreadsheetFault(
  method: string,
  kind: 'timeout' | 'failed',
  documentId: string,
  nth = 1,
  times = 1,
): Fault {
  const verb = kind === 'timeout' ? 'timed out' : 'failed';
  return {
    key: `SpreadsheetApp.${method}`,
    nth,
    times,
    message: `Service Spreadsheets ${verb} while accessing document with id ${documentId}.`,
  };
}
