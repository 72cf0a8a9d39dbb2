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

  it('stores the net amount as its difference from its parts, exactly, and as it is when that cannot be exact', () => {
    const table = buildTable([rawTabOf(COSTOS), rawTabOf(MANDATO)]);
    const n = table.size;
    const set = (k: 'costosFijos' | 'retencion' | 'valorNeto', v: number[]) =>
      (table.money[k] = v);
    set(
      'costosFijos',
      Array.from({length: n}, (_, i) => 1000.1 * (i + 1)),
    );
    set(
      'retencion',
      Array.from({length: n}, (_, i) => (i % 2 ? 40.07 : NaN)),
    );
    // The net follows the parts except in row 0 (off by 0.03) and a blank in the last row.
    set(
      'valorNeto',
      Array.from({length: n}, (_, i) =>
        i === n - 1
          ? NaN
          : Math.round(
              (1000.1 * (i + 1) - (i % 2 ? 40.07 : 0) + (i === 0 ? 0.03 : 0)) *
                100,
            ) / 100,
      ),
    );
    const text = encodeTable(table);
    const e = JSON.parse(text) as {
      money: Record<string, unknown>;
      netResidual: Array<number | null> | null;
    };
    expect(e.money.valorNeto).toBeUndefined();
    expect(e.netResidual!.slice(0, 3)).toEqual([3, 0, 0]);
    expect(e.netResidual!.at(-1)).toBeNull();
    expect(decodeTable(text)).toEqual(table);
    // A value that is not a whole number of cents: the net is stored as it is.
    table.money.retencion[1] = 40.071;
    const plain = JSON.parse(encodeTable(table)) as typeof e;
    expect(plain.netResidual).toBeNull();
    expect(plain.money.valorNeto).toHaveLength(n);
    expect(decodeTable(encodeTable(table))).toEqual(table);
  });

  it('stores once the codes of a column coded like an earlier one', () => {
    const table = buildTable([rawTabOf(COSTOS), rawTabOf(MANDATO)]);
    table.text.client = table.text.nit.map(nit => `Cliente ${nit}`);
    const e = JSON.parse(encodeTable(table)) as {
      codes: Record<string, unknown>;
      sameCodes: Record<string, string>;
    };
    expect(e.sameCodes.client).toBe('nit');
    expect(e.codes.client).toBeUndefined();
    expect(decodeTable(encodeTable(table))).toEqual(table);
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
