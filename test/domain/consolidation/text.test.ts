// Tests for keyword matching, NetSuite currency names and the Master's billing-month text.
import {
  billingMonth,
  hasPhrase,
  parseExportCurrency,
} from '../../../src/domain/consolidation/text';

describe('consolidation text helpers', () => {
  it('matches phrases as whole words, ignoring accents and case', () => {
    expect(hasPhrase('COMISIÓN por giro', 'comision')).toBe(true);
    expect(hasPhrase('Interés  corriente', 'interés corriente')).toBe(true);
    expect(hasPhrase('Giros', 'giro')).toBe(false);
    expect(hasPhrase('algo', '')).toBe(false);
  });

  it.each([
    ['COP', 'COP'],
    ['Peso colombiano', 'COP'],
    ['US Dollar', 'USD'],
    ['Dólares', 'USD'],
    ['usd', 'USD'],
    ['EUR', null],
    ['', null],
  ])('currency %p -> %p', (text, code) => {
    expect(parseExportCurrency(text)).toBe(code);
  });

  it('writes billing months the way the Master does', () => {
    expect(billingMonth('2025-08-14')).toBe('ago-25');
    expect(billingMonth('2026-01-01')).toBe('ene-26');
  });
});
