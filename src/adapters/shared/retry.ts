// Retries a Google service call on rate limits and transient server errors, with exponential backoff.

/** Messages of errors worth retrying (Sheets/Drive 429 and 5xx, as Apps Script words them). */
const TRANSIENT =
  /(\b429\b|\b50[0234]\b|rate ?limit|userRateLimitExceeded|rateLimitExceeded|backendError|internal error|service unavailable|try again|temporarily)/i;

/** True when an error looks transient. */
export function isTransient(e: unknown): boolean {
  const message =
    e && typeof e === 'object' && 'message' in e
      ? String((e as {message: unknown}).message)
      : String(e);
  return TRANSIENT.test(message);
}

/**
 * Runs fn; on a transient error waits 1 s, 2 s, 4 s... (Utilities.sleep) up to `attempts` tries
 * in all, then rethrows. Other errors are rethrown at once.
 */
export function withRetry<T>(fn: () => T, attempts = 4): T {
  let wait = 1000;
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (e) {
      if (i >= attempts || !isTransient(e)) throw e;
      Utilities.sleep(wait);
      wait = Math.min(wait * 2, 16000);
    }
  }
}
