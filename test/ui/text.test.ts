// Parsing of the sidebar's one-item-per-line text boxes.
import {lines, serverMessage} from '../../src/ui/text';

describe('lines', () => {
  it('trims, drops blank lines and accepts Windows line ends', () => {
    expect(lines(' FE1 \r\n\r\nFE2\n  \n')).toEqual(['FE1', 'FE2']);
  });
  it('gives an empty list for empty text', () => {
    expect(lines('')).toEqual([]);
  });
});

describe('serverMessage', () => {
  it('drops the prefix Apps Script puts before a thrown message', () => {
    expect(serverMessage('Error: La carpeta "x" no existe.')).toBe(
      'La carpeta "x" no existe.',
    );
    expect(serverMessage('Exception: No tiene permiso.')).toBe(
      'No tiene permiso.',
    );
  });
  it('keeps a message without prefix and replaces an empty one', () => {
    expect(serverMessage('Sin índice de PDF.')).toBe('Sin índice de PDF.');
    expect(serverMessage('Error: ')).toBe(
      'El servidor no respondió. Intente de nuevo.',
    );
  });
});
