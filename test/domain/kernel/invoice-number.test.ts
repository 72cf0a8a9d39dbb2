// Tests for invoice-number normalisation: prefixes longest first, leading zeros, separators.
import {
  describeInvoiceProblem,
  normaliseInvoiceNumber,
  parseInvoiceNumber,
} from '../../../src/domain/kernel/invoice-number';

describe('normaliseInvoiceNumber', () => {
  it.each([
    ['FE10555', 'FE10555'],
    ['fe-010555', 'FE10555'],
    ['FE 10555', 'FE10555'],
    [' Fe_0010555 ', 'FE10555'],
    ['ncfe7', 'NCFE7'],
    ['NCFE-0007', 'NCFE7'],
    ['itpa 5678', 'ITPA5678'],
    ['ITGC#12', 'ITGC12'],
    ['gl.44', 'GL44'],
    ['SETP990000001', 'SETP990000001'],
    ['FE0', null],
    ['FE', null],
    ['10555', null],
    ['XX10555', null],
    ['FE10555 ACME', null],
    ['FE12345678901', null],
    ['', null],
  ])('%j -> %j', (text, key) => {
    expect(normaliseInvoiceNumber(text)).toBe(key);
  });

  it('takes NCFE as a credit note, never as FE with junk before it', () => {
    const parsed = parseInvoiceNumber('NCFE10555');
    expect(parsed).toEqual({
      ok: true,
      number: {
        key: 'NCFE10555',
        prefix: 'NCFE',
        consecutive: '10555',
        creditNote: true,
      },
    });
  });

  it('keeps FE invoices apart from notes', () => {
    const parsed = parseInvoiceNumber('FE10555');
    expect(parsed).toEqual({
      ok: true,
      number: {
        key: 'FE10555',
        prefix: 'FE',
        consecutive: '10555',
        creditNote: false,
      },
    });
  });

  it('names every problem in Spanish', () => {
    for (const text of [
      null,
      '',
      'AB1',
      'FE',
      'FE0',
      'FE1x',
      'FE99999999999',
    ]) {
      const parsed = parseInvoiceNumber(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(describeInvoiceProblem(parsed.problem)).toMatch(/[a-z]/);
    }
  });
});
