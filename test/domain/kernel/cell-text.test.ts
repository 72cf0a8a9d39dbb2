// The one rule for written text: neutraliseText (e-mail, files) and textCell (cells).
import {neutraliseText, textCell} from '../../../src/domain/kernel/cell-text';

describe('neutraliseText', () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+57 300', "'+57 300"],
    ['-5', "'-5"],
    ['@user', "'@user"],
    ['  =1+1', "'  =1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r\n=1', "'\r\n=1"],
    ['\u00a0+1', "'\u00a0+1"],
  ])('%j is made inert', (input, out) => {
    expect(neutraliseText(input)).toBe(out);
  });
  it.each(['FE10555', 'ACME S.A.S.', 'a=b', "'ya texto", ''])(
    '%j is left as it is',
    input => {
      expect(neutraliseText(input)).toBe(input);
    },
  );
});

describe('textCell', () => {
  it('puts every non-empty text behind an apostrophe (Sheets keeps the rest as text)', () => {
    expect(textCell('sep-2025')).toBe("'sep-2025");
    expect(textCell('1.234')).toBe("'1.234");
    expect(textCell('=1+1')).toBe("'=1+1");
    expect(textCell("'x")).toBe("''x");
    expect(textCell('')).toBe('');
  });
});
