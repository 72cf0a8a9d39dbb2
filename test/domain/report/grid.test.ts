import {stackSections} from '../../../src/domain/report/grid';

describe('stackSections', () => {
  it('builds a rectangular grid and says where each section landed', () => {
    const g = stackSections(
      ['Título'],
      [
        {id: 'a', title: 'A', header: ['x', 'y', 'z'], rows: [[1, '=2', 3]]},
        {id: 'b', title: 'B', header: ['x'], rows: [], empty: 'Nada.'},
      ],
    );
    expect(g.values).toEqual([
      ['Título', '', ''],
      ['', '', ''],
      ['A', '', ''],
      ['x', 'y', 'z'],
      [1, '=2', 3], // kept as meant: the tab writer keeps text text (adapters/common/cells.ts)
      ['', '', ''],
      ['B', '', ''],
      ['x', '', ''],
      ['Nada.', '', ''],
      ['', '', ''],
    ]);
    expect(g.places).toEqual([
      {id: 'a', headerRow: 4, firstDataRow: 5, dataRows: 1, columns: 3},
      {id: 'b', headerRow: 8, firstDataRow: 9, dataRows: 0, columns: 1},
    ]);
  });

  it('gives each data cell its column format and leaves the rest General; null when none is asked', () => {
    const g = stackSections(
      ['Título'],
      [
        {
          id: 'a',
          title: 'A',
          header: ['Moneda', 'Facturas', 'Valor'],
          rows: [['COP', 3, 1234.5]],
          formats: [null, 'count', 'money'],
        },
        {id: 'b', title: 'B', header: ['Fila'], rows: [[4]]},
      ],
    );
    expect(g.formats).not.toBeNull();
    expect(g.formats!.length).toBe(g.values.length);
    const row = g.values.findIndex(r => r[0] === 'COP');
    expect(g.formats![row]).toEqual(['General', '#,##0', '#,##0.00']);
    g.formats!.forEach((r, i) => {
      if (i !== row) expect(r).toEqual(['General', 'General', 'General']);
    });
    expect(
      stackSections([], [{id: 'b', title: 'B', header: ['x'], rows: [[1]]}])
        .formats,
    ).toBeNull();
  });
});
