// Tests of Drive retries: which errors are retried, the backoff schedule and its cap.
import {
  backoffMs,
  isRetryable,
  MAX_ATTEMPTS,
  withRetry,
} from '../../../src/app/pdf-index/retry';

describe('withRetry', () => {
  it('retries 429 and 5xx with doubling waits, then succeeds', () => {
    const waits: number[] = [];
    let n = 0;
    const out = withRetry(
      () => {
        n++;
        if (n === 1) throw Object.assign(new Error('Rate'), {code: 429});
        if (n === 2)
          throw new Error(
            'API call to drive.files.list failed with error: Internal Error',
          );
        if (n === 3) throw new Error('userRateLimitExceeded');
        return 'ok';
      },
      ms => waits.push(ms),
    );
    expect(out).toBe('ok');
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('gives up after MAX_ATTEMPTS and rethrows the last error', () => {
    const waits: number[] = [];
    let n = 0;
    expect(() =>
      withRetry(
        () => {
          n++;
          throw Object.assign(new Error(`503 #${n}`), {code: 503});
        },
        ms => waits.push(ms),
      ),
    ).toThrow(`503 #${MAX_ATTEMPTS}`);
    expect(n).toBe(MAX_ATTEMPTS);
    expect(waits.length).toBe(MAX_ATTEMPTS - 1);
  });

  it('does not retry a missing file or a permission error', () => {
    let n = 0;
    expect(() =>
      withRetry(
        () => {
          n++;
          throw Object.assign(new Error('File not found: 1abc'), {code: 404});
        },
        () => undefined,
      ),
    ).toThrow('File not found');
    expect(n).toBe(1);
    expect(
      isRetryable(Object.assign(new Error('forbidden'), {code: 403})),
    ).toBe(false);
  });

  it('caps the wait', () => {
    expect(backoffMs(1)).toBe(1000);
    expect(backoffMs(10)).toBe(16000);
  });
});
