// The one retry policy: which failures are retried, capped exponential backoff with jitter, the
// sleep bound, and creates that look before they retry.
import {
  backoffMs,
  createOnce,
  MAX_ATTEMPTS,
  MAX_TOTAL_SLEEP_MS,
  withRetry,
} from '../../../src/adapters/common/retry';
import {sheetsFault, spreadsheetFault} from '../../emulator/sheets';

const fail = (message: string) => () => {
  throw new Error(message);
};
const rate = sheetsFault('Values.batchGet', 429).message;
const unavailable = sheetsFault('Values.batchGet', 503).message;

describe('withRetry', () => {
  it('retries rate limits, server errors and timeouts, then succeeds', () => {
    const waits: number[] = [];
    const errors = [
      rate,
      unavailable,
      spreadsheetFault('Range.getValues', 'timeout', 'x').message,
    ];
    let n = 0;
    const out = withRetry(
      () => {
        if (n < errors.length) fail(errors[n++])();
        return 'ok';
      },
      {sleep: ms => waits.push(ms), random: () => 0.5},
    );
    expect(out).toBe('ok');
    // Rate limits start at 2 s, server errors at 1 s, doubling per retry; jitter 0.5 -> x 0.75.
    expect(waits).toEqual([1500, 1500, 3000]);
  });

  it('jitters each wait into [half, full) of its step', () => {
    expect(backoffMs(1, false, () => 0)).toBe(500);
    expect(backoffMs(3, false, () => 0.5)).toBe(3000);
    expect(backoffMs(10, true, () => 0.999)).toBeLessThanOrEqual(16000);
  });

  it('gives up after MAX_ATTEMPTS or MAX_TOTAL_SLEEP_MS and rethrows the last error', () => {
    const waits: number[] = [];
    let n = 0;
    expect(() =>
      withRetry(
        () => {
          n++;
          throw new Error(`${unavailable} #${n}`);
        },
        {sleep: ms => waits.push(ms), random: () => 0.999},
      ),
    ).toThrow(`#${MAX_ATTEMPTS}`);
    expect(waits.length).toBe(MAX_ATTEMPTS - 1);
    const rateWaits: number[] = [];
    expect(() =>
      withRetry(fail(rate), {
        sleep: ms => rateWaits.push(ms),
        random: () => 0.999,
      }),
    ).toThrow('Quota exceeded');
    expect(rateWaits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      MAX_TOTAL_SLEEP_MS,
    );
  });

  it('never retries a daily quota or a permanent error', () => {
    for (const message of [
      'Service invoked too many times for one day: email.',
      'API call to drive.files.get failed with error: File not found: 1x.',
    ]) {
      let n = 0;
      expect(() =>
        withRetry(
          () => {
            n++;
            fail(message)();
          },
          {sleep: () => undefined},
        ),
      ).toThrow(message);
      expect(n).toBe(1);
    }
  });
});

describe('createOnce', () => {
  it('looks for what a failed create may have made before creating again', () => {
    const made: string[] = [];
    let calls = 0;
    const out = createOnce(
      () => (made.length ? made[0] : null),
      () => {
        calls++;
        made.push(`file${calls}`);
        throw new Error(unavailable); // took effect, answer lost
      },
      {sleep: () => undefined},
    );
    expect(out).toBe('file1');
    expect(made).toEqual(['file1']);
  });
});
