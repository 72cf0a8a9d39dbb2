// Parsing of the sidebar's one-item-per-line text boxes.
import {lines} from '../../src/ui/text';

describe('lines', () => {
  it('trims, drops blank lines and accepts Windows line ends', () => {
    expect(lines(' FE1 \r\n\r\nFE2\n  \n')).toEqual(['FE1', 'FE2']);
  });
  it('gives an empty list for empty text', () => {
    expect(lines('')).toEqual([]);
  });
});
