// A1 notation used by the playground's API and formulas.
import {
  boundRect,
  cellName,
  columnLetters,
  columnNumber,
  parseA1,
  rectName,
} from '../../dev/a1';

describe('A1 notation', () => {
  it('converts column letters both ways', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'AAA',
    ]);
    expect(['A', 'z', 'AA', 'AZ', 'AAA'].map(columnNumber)).toEqual([
      1, 26, 27, 52, 703,
    ]);
    expect(cellName(10, 3)).toBe('C10');
  });

  it('parses cells, rectangles, whole columns and whole rows', () => {
    expect(parseA1('B2')).toEqual({
      row: 2,
      column: 2,
      lastRow: 2,
      lastColumn: 2,
    });
    expect(parseA1('A1:Z50')).toEqual({
      row: 1,
      column: 1,
      lastRow: 50,
      lastColumn: 26,
    });
    expect(parseA1('$C$3:A1')).toEqual({
      row: 1,
      column: 1,
      lastRow: 3,
      lastColumn: 3,
    });
    expect(parseA1('A:C')).toEqual({
      row: 1,
      column: 1,
      lastRow: null,
      lastColumn: 3,
    });
    expect(parseA1('A2:A')).toEqual({
      row: 2,
      column: 1,
      lastRow: null,
      lastColumn: 1,
    });
    expect(parseA1('3:5')).toEqual({
      row: 3,
      column: 1,
      lastRow: 5,
      lastColumn: null,
    });
  });

  it('rejects what is not A1', () => {
    for (const bad of [
      '',
      'A',
      '3',
      'A0',
      'A1:',
      'A1:B2:C3',
      '1A',
      'A:3',
      'hoja',
    ]) {
      expect({bad, parsed: parseA1(bad)}).toEqual({bad, parsed: null});
    }
  });

  it('bounds open ranges by the sheet and clips, or gives null outside it', () => {
    expect(boundRect(parseA1('A:C')!, 100, 10)).toEqual({
      row: 1,
      column: 1,
      lastRow: 100,
      lastColumn: 3,
    });
    expect(boundRect(parseA1('A1:Z50')!, 20, 5)).toEqual({
      row: 1,
      column: 1,
      lastRow: 20,
      lastColumn: 5,
    });
    expect(boundRect(parseA1('A30:B40')!, 20, 5)).toBeNull();
    expect(rectName({row: 1, column: 1, lastRow: 20, lastColumn: 5})).toBe(
      'A1:E20',
    );
    expect(rectName({row: 2, column: 2, lastRow: 2, lastColumn: 2})).toBe('B2');
  });
});
