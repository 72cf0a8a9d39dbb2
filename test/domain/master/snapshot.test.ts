// The snapshot text round-trips the table exactly and splits under CacheService's value limit.
import {
  decodeTable,
  encodeTable,
  hashText,
  splitUtf8,
} from '../../../src/domain/master/snapshot';
import {buildTable} from '../../../src/domain/master/table';
import {COSTOS, MANDATO, rawTabOf} from './fixture';

describe('snapshot', () => {
  it('decodes to the same table (NaN kept, rows and texts restored)', () => {
    const table = buildTable([rawTabOf(COSTOS), rawTabOf(MANDATO)]);
    const back = decodeTable(encodeTable(table));
    expect(back).toEqual(table);
  });

  it('refuses damaged text and other versions', () => {
    expect(decodeTable('{')).toBeNull();
    expect(decodeTable('{"v":1}')).toBeNull();
  });

  it('splits text into pieces of at most the given UTF-8 bytes, without breaking characters', () => {
    const text = 'añoñ€😀x'.repeat(1000);
    const pieces = splitUtf8(text, 100);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces)
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(100);
    expect(splitUtf8('', 10)).toEqual(['']);
  });

  it('hashes texts to 8 hex digits, differently for different texts', () => {
    expect(hashText('a')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText('a')).not.toBe(hashText('b'));
  });
});
