// The add-on's one retry policy for Google calls: transient kinds retried with capped exponential
// backoff and jitter (Utilities.sleep), daily quotas and permanent errors thrown at once.
import {classifyGoogleError, isTransientKind} from '../../app/google-errors';

/** Attempts in all (the first call plus retries). */
export const MAX_ATTEMPTS = 5;
/** First wait; doubled on each retry and capped. Rate limits start higher: quotas refill per minute. */
export const BASE_DELAY_MS = 1000;
export const RATE_LIMIT_BASE_DELAY_MS = 2000;
export const MAX_DELAY_MS = 16000;
/**
 * Most sleep one call may add (about 30 s): with the jitter below, 4 retries of a rate limit wait
 * at most 2 + 4 + 8 + 16 s, so a job with a 6-minute limit keeps its margin.
 */
export const MAX_TOTAL_SLEEP_MS = 30000;

export interface RetryOptions {
  /** Waits (Utilities.sleep in Apps Script; the emulator's runs on the virtual clock). */
  sleep?: (ms: number) => void;
  /** In [0, 1): the jitter source (Math.random unless a test fixes it). */
  random?: () => number;
  attempts?: number;
}

/**
 * The wait before retry number `retry` (1-based): base * 2^(retry-1), capped, scaled by a jitter
 * in [0.5, 1) so clerks who hit the same quota do not retry in step.
 */
export function backoffMs(
  retry: number,
  rateLimited: boolean,
  random: () => number = Math.random,
): number {
  const base = rateLimited ? RATE_LIMIT_BASE_DELAY_MS : BASE_DELAY_MS;
  const full = Math.min(MAX_DELAY_MS, base * 2 ** (retry - 1));
  return Math.round(full * (0.5 + random() / 2));
}

/**
 * Runs call; when it fails with a rate limit, a transient server error or a timeout, waits and
 * tries again, up to `attempts` in all and MAX_TOTAL_SLEEP_MS of waiting; then rethrows the last
 * error. Use it only for calls that are safe to repeat (reads, writes of the same cells); a call
 * that creates something goes through createOnce.
 */
export function withRetry<T>(call: () => T, options: RetryOptions = {}): T {
  const sleep = options.sleep ?? ((ms: number) => Utilities.sleep(ms));
  const random = options.random ?? Math.random;
  const attempts = options.attempts ?? MAX_ATTEMPTS;
  let slept = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (e) {
      const kind = classifyGoogleError(e);
      if (attempt >= attempts || !isTransientKind(kind)) throw e;
      const wait = backoffMs(attempt, kind === 'rate-limit', random);
      if (slept + wait > MAX_TOTAL_SLEEP_MS) throw e;
      sleep(wait);
      slept += wait;
    }
  }
}

/**
 * Creates something at most once: a failed create may still have taken effect on Google's side
 * (the answer was lost), so before each retry `find` looks for what the create would have made
 * (e.g. a file of that name and tag in the target folder) and returns it when it is there.
 */
export function createOnce<T>(
  find: () => T | null,
  create: () => T,
  options: RetryOptions = {},
): T {
  let first = true;
  return withRetry(() => {
    if (!first) {
      const existing = find();
      if (existing !== null) return existing;
    }
    first = false;
    return create();
  }, options);
}
