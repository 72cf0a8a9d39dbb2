// Retries of Drive calls: 429, 5xx and rate-limit errors with exponential backoff and a cap.

/** Attempts in all (the first call plus retries). */
export const MAX_ATTEMPTS = 5;
/** First wait; doubled on each retry (1, 2, 4, 8 s) and capped. */
export const BASE_DELAY_MS = 1000;
export const MAX_DELAY_MS = 16000;

/** Whether an error from Drive is worth retrying (rate limits and server errors, not 404/403 sharing). */
export function isRetryable(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    details?: {code?: unknown; errors?: Array<{reason?: unknown}>};
  } | null;
  const code = e?.code ?? e?.details?.code;
  if (typeof code === 'number' && (code === 429 || code >= 500)) return true;
  const reasons = (e?.details?.errors ?? []).map(r => String(r.reason));
  if (
    reasons.some(r =>
      /^(userRateLimitExceeded|rateLimitExceeded|backendError)$/.test(r),
    )
  ) {
    return true;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /userRateLimitExceeded|rateLimitExceeded|rate limit|too many requests|backendError|internal error|service unavailable|\b(429|500|502|503|504)\b/i.test(
    message,
  );
}

/** Waits before retry number `retry` (1-based): BASE * 2^(retry-1), at most MAX_DELAY_MS. */
export function backoffMs(retry: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1));
}

/**
 * Runs call, retrying retryable failures up to MAX_ATTEMPTS with backoff (sleep is
 * Utilities.sleep in Apps Script). The last error is rethrown.
 */
export function withRetry<T>(call: () => T, sleep: (ms: number) => void): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) throw e;
      sleep(backoffMs(attempt));
    }
  }
}
