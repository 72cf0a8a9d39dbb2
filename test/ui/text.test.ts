// The sidebar's pure text helpers: line lists, server messages, the option search and its order.
import {
  compareNatural,
  lines,
  matchesWords,
  serverMessage,
} from '../../src/ui/text';

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

describe('matchesWords (the NIT / cliente search)', () => {
  const acme = 'Comercializadora Acmé S.A.S. · 890.900.841-9 890900841';
  it('matches every word in any order, accents aside', () => {
    expect(matchesWords(acme, 'acme 9')).toBe(true);
    expect(matchesWords(acme, 'ACME comercializadora')).toBe(true);
    expect(matchesWords(acme, 'acme 7')).toBe(false);
  });
  it('finds a NIT typed with or without its punctuation and check digit', () => {
    expect(matchesWords(acme, '8909008419')).toBe(true);
    expect(matchesWords(acme, '890.900.841-9')).toBe(true);
    expect(matchesWords(acme, '890 900 841')).toBe(true);
    expect(matchesWords(acme, '8909008418')).toBe(false);
  });
  it('an empty query matches everything', () => {
    expect(matchesWords(acme, '  ')).toBe(true);
  });
});

describe('compareNatural', () => {
  it('sorts numbers inside codes and NITs by value, accents aside', () => {
    expect(['CO:10:1', 'CO:9:1', 'CO:100:1'].sort(compareNatural)).toEqual([
      'CO:9:1',
      'CO:10:1',
      'CO:100:1',
    ]);
    expect(['Ñandú', 'Álvarez', 'Zeta', 'nube'].sort(compareNatural)).toEqual([
      'Álvarez',
      'nube',
      'Ñandú',
      'Zeta',
    ]);
  });
});
