import {neutralise, stackSections} from '../../src/domain/report-grid';

describe('neutralise', () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+57 300', "'+57 300"],
    ['-5', "'-5"],
    ['@user', "'@user"],
    ['  =1+1', "'  =1+1"],
    ['FE10555', 'FE10555'],
  ])('%s -> %s', (input, out) => {
    expect(neutralise(input)).toBe(out);
  });
  it('leaves numbers alone', () => {
    expect(neutralise(-5)).toBe(-5);
  });
});

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
      [1, "'=2", 3],
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
});
