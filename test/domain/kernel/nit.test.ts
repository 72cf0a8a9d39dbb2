// Tests for the DIAN NIT check digit and NIT parsing.
import {
  checkDigit,
  formatNitWithDv,
  hasValidDv,
  parseNit,
} from '../../../src/domain/kernel/nit';

describe('checkDigit', () => {
  it.each([
    ['900206480', 2],
    ['800197268', 4], // DIAN itself
    ['213123432', 1], // remainder 1
    ['890903938', 8], // Bancolombia (published)
    ['860034313', 7], // Davivienda (published)
    ['890900841', 9], // hand-computed: sum 1003, 1003 mod 11 = 2, DV 11 - 2
    ['1234567', 2], // hand-computed: sum 328, 328 mod 11 = 9, DV 11 - 9
  ])('%s -> %i', (body, dv) => {
    expect(checkDigit(body)).toBe(dv);
  });

  it('matches a hand computation with the weights from the right', () => {
    // 860034313: digits from the right 3,1,3,4,3,0,0,6,8 x 3,7,13,17,19,23,29,37,41
    const sum =
      3 * 3 +
      1 * 7 +
      3 * 13 +
      4 * 17 +
      3 * 19 +
      0 * 23 +
      0 * 29 +
      6 * 37 +
      8 * 41;
    const r = sum % 11;
    expect(checkDigit('860034313')).toBe(r <= 1 ? r : 11 - r);
  });

  it('accepts short NITs of people', () => {
    // 7,6,5,4,3,2,1 x 3,7,13,17,19,23,29 = 328; 328 mod 11 = 9; DV = 11 - 9.
    expect(checkDigit('1234567')).toBe(2);
  });

  it('rejects non-digits and bodies longer than 15 digits', () => {
    expect(() => checkDigit('90020648A')).toThrow(RangeError);
    expect(() => checkDigit('1234567890123456')).toThrow(RangeError);
  });
});

describe('parseNit', () => {
  it('reads numbers, floats, dotted text with DV', () => {
    expect(parseNit(800062591)).toEqual({
      ok: true,
      nit: {body: '800062591', dv: null},
    });
    expect(parseNit('800062591.0')).toEqual({
      ok: true,
      nit: {body: '800062591', dv: null},
    });
    expect(parseNit('900.206.480-2')).toEqual({
      ok: true,
      nit: {body: '900206480', dv: 2},
    });
    expect(parseNit(' 900206480 - 2 ')).toEqual({
      ok: true,
      nit: {body: '900206480', dv: 2},
    });
  });

  it('reports empty and garbage cells instead of guessing', () => {
    expect(parseNit('')).toEqual({ok: false, problem: 'empty'});
    expect(parseNit(null)).toEqual({ok: false, problem: 'empty'});
    expect(parseNit('ACME S.A.S.')).toEqual({
      ok: false,
      problem: 'not-a-number',
    });
    expect(parseNit(12.5)).toEqual({ok: false, problem: 'not-a-number'});
    expect(parseNit('1234567890123456')).toEqual({
      ok: false,
      problem: 'too-long',
    });
  });

  it('validates a DV it carries', () => {
    const good = parseNit('900.206.480-2');
    const bad = parseNit('900.206.480-3');
    expect(good).toEqual({ok: true, nit: {body: '900206480', dv: 2}});
    expect(bad).toEqual({ok: true, nit: {body: '900206480', dv: 3}});
    if (!good.ok || !bad.ok) throw new Error('both must parse');
    expect(hasValidDv(good.nit)).toBe(true);
    expect(hasValidDv(bad.nit)).toBe(false);
    expect(formatNitWithDv('800197268')).toBe('800197268-4');
  });
});
