// The Master's one vocabulary: no spelling names two columns, and every column the consolidation fills is found by it under its own title.
import {
  DEFAULT_HEADERS,
  columnsOfRow,
  headerIndex,
  type MasterColumnKey,
} from '../../../src/domain/master/vocabulary';
import {
  TARGET_TABS,
  fieldColumns,
} from '../../../src/domain/consolidation/rows';
import {foldKey} from '../../../src/domain/kernel/text-fold';

describe('vocabulary', () => {
  it('gives each folded spelling to one column only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [key, names] of Object.entries(DEFAULT_HEADERS)) {
      for (const name of names) {
        const other = owner.get(foldKey(name));
        if (other !== undefined && other !== key)
          clashes.push(`${name}: ${other}, ${key}`);
        owner.set(foldKey(name), key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds the leftmost column of a key, after folding', () => {
    const index = headerIndex<MasterColumnKey>(DEFAULT_HEADERS, [
      'nit',
      'client',
    ]);
    expect(
      columnsOfRow(['x', 'NIT ', 'Nit del cliente', 'Cliente'], index),
    ).toEqual({
      nit: {column: 2, header: 'NIT'},
      client: {column: 4, header: 'Cliente'},
    });
  });

  it('names every column the consolidation fills by its title in that tab', () => {
    for (const tab of ['costosFijos', 'mandato'] as const) {
      const titles = TARGET_TABS[tab].fields.map(f => f.title);
      const found = fieldColumns(tab, titles, DEFAULT_HEADERS);
      expect(TARGET_TABS[tab].fields.map(f => found[f.key])).toEqual(
        titles.map((_, i) => i),
      );
    }
  });
});
