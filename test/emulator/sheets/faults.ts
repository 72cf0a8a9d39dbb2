// Sheets API failures as Apps Script reports them, for fault injection ("fail the 3rd batchGet with 429").
import type {Fault} from '../core/faults';

/** The API's own texts per HTTP code (assumption: wording as commonly reported; code is what callers test). */
const MESSAGES: Record<429 | 500 | 503, string> = {
  429: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.",
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
};

/**
 * A fault for a Sheets advanced-service method, e.g. sheetsFault('Values.batchGet', 429, 3).
 * The key is "Sheets.<method>"; the message is Apps Script's "API call to ... failed with error: ...".
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
    code,
    message: `API call to sheets.spreadsheets.${api} failed with error: ${MESSAGES[code]}`,
  };
}
