// es-CO formatting used by the sidebar: money per currency, counts, Bogotá dates.
import {
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatMoney,
} from '../../src/ui/format';

/** Intl separates currency and number with a no-break space; compare with plain spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatMoney', () => {
  it('formats COP without decimals and USD with two, es-CO separators', () => {
    expect(plain(formatMoney(1234567.8, 'COP'))).toBe('$ 1.234.568');
    expect(plain(formatMoney(1234567.89, 'USD'))).toBe('US$ 1.234.567,89');
  });
  it('accepts a lower-case code and keeps an unknown one as written', () => {
    expect(plain(formatMoney(10, 'cop'))).toBe('$ 10');
    expect(plain(formatMoney(1500, 'PESOS?'))).toBe('1.500 PESOS?');
  });
});

describe('formatCount', () => {
  it('uses dots for thousands', () => {
    expect(formatCount(20000)).toBe('20.000');
  });
});

describe('formatDate / formatDateTime', () => {
  it('shows a calendar day as dd/mm/yyyy without shifting it', () => {
    expect(formatDate('2025-09-15')).toBe('15/09/2025');
  });
  it('converts an instant to Bogotá time (UTC-5)', () => {
    expect(formatDate('2025-09-16T03:00:00Z')).toBe('15/09/2025');
    expect(plain(formatDateTime('2025-09-16T03:00:00Z'))).toMatch(
      /^15\/09\/2025,? 10:00/,
    );
  });
  it('returns empty text for empty or invalid input', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate('no es fecha')).toBe('');
  });
});

describe('formatBytes', () => {
  it('uses powers of 1024 and a decimal comma', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(45 * 1024 * 1024)).toBe('45 MB');
  });
});
