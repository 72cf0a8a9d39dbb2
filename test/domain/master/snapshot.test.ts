// The snapshot text round-trips the table exactly; its cache items name one generation.
import {
  decodeTable,
  encodeTable,
  hashText,
} from '../../../src/domain/master/snapshot';
import {
  assemblePieces,
  parseManifest,
  pieceKeys,
  snapshotItems,
} from '../../../src/domain/master/snapshot-pieces';
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

  it('cuts packed text into pieces behind a manifest of one generation, and refuses a mix', () => {
    const packed = 'QUJD'.repeat(1000); // 4,000 chars
    const items = snapshotItems('k', packed, 1500);
    const manifest = parseManifest(items.k)!;
    const keys = pieceKeys('k', manifest);
    expect(keys).toHaveLength(3);
    for (const k of keys) expect(items[k].length).toBeLessThanOrEqual(1500);
    expect(assemblePieces('k', manifest, items)).toBe(packed);
    // A missing piece, or a piece of another generation under the same place, is a miss.
    const {[keys[1]]: _gone, ...partial} = items;
    void _gone;
    expect(assemblePieces('k', manifest, partial)).toBeNull();
    const other = snapshotItems('k', 'QUJE'.repeat(1000), 1500);
    const otherKeys = pieceKeys('k', parseManifest(other.k)!);
    expect(otherKeys[0]).not.toBe(keys[0]);
    expect(
      assemblePieces('k', manifest, {...items, [keys[1]]: other[otherKeys[1]]}),
    ).toBeNull();
    expect(parseManifest('{')).toBeNull();
    expect(parseManifest('{"gen":"x"}')).toBeNull();
    expect(
      assemblePieces(
        'k',
        parseManifest(snapshotItems('k', '', 10).k)!,
        snapshotItems('k', '', 10),
      ),
    ).toBe('');
  });

  it('hashes texts to 8 hex digits, differently for different texts', () => {
    expect(hashText('a')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText('a')).not.toBe(hashText('b'));
  });
});
