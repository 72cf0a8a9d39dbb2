// Cell parsing on the messy values real Masters hold.
import {
  errorValueOf,
  parseCurrency,
  parseDate,
  parseMoney,
  parseMonth,
} from '../../../src/domain/kernel/cell-values';
import {dayOfYmd, isoOfDay} from '../../../src/domain/kernel/day';

const day = (y: number, m: number, d: number) => dayOfYmd(y, m, d)!;

describe('parseMoney', () => {
  it.each<[unknown, number]>([
    [1234567.89, 1234567.89],
    [0, 0],
    [-50, -50],
    ['$ 1.234.567,89', 1234567.89],
    ['$1.234.567', 1234567],
    ['1.234.567', 1234567],
    ['(1.234,00)', -1234],
    ['($ 1.234,00)', -1234],
    ['-1.234,5', -1234.5],
    ['$ -1.234', -1234],
    ['1.234-', -1234],
    ['US$ 1.234,57', 1234.57],
    ['USD 99,9', 99.9],
    ['COP 2.000', 2000],
    ['1234,5', 1234.5],
    ['1234.56', 1234.56],
    ['1,234,567.89', 1234567.89],
    ['\u00a01.000\u00a0', 1000],
    ['-', 0],
    ['$ -', 0],
  ])('reads %p as %p', (cell, expected) => {
    expect(parseMoney(cell as string)).toEqual({
      kind: 'value',
      value: expected,
    });
  });

  it.each(['', '   ', null, undefined])('treats %p as blank', cell => {
    expect(parseMoney(cell)).toEqual({kind: 'blank'});
  });

  it.each([
    ['#N/A', 'la celda tiene el error #N/A'],
    ['#REF!', 'la celda tiene el error #REF!'],
    ['#DIV/0!', 'la celda tiene el error #DIV/0!'],
    ['abc', '"abc" no es un valor en dinero'],
    ['1.23.4', '"1.23.4" no es un valor en dinero'],
    ['12/09/2025', '"12/09/2025" no es un valor en dinero'],
  ])('reports %p as a problem, not a zero', (cell, message) => {
    expect(parseMoney(cell)).toEqual({kind: 'problem', message});
  });
});

describe('parseDate', () => {
  it('reads serial numbers (with a time fraction), Date cells in Bogotá, and text dates', () => {
    expect(parseDate(45915)).toEqual({kind: 'value', value: day(2025, 9, 15)});
    expect(parseDate(45915.75)).toEqual({
      kind: 'value',
      value: day(2025, 9, 15),
    });
    // Date cells arrive as serials of their spreadsheet's zone (adapters/common/cells.ts readCells).
    for (const text of [
      '15/09/2025',
      '15-09-2025',
      '15/9/25',
      '2025-09-15',
      '2025-09-15T00:00:00',
      ' 15/09/2025 10:30 ',
    ]) {
      expect({text, parsed: parseDate(text)}).toEqual({
        text,
        parsed: {kind: 'value', value: day(2025, 9, 15)},
      });
    }
    expect(isoOfDay(day(2025, 9, 15))).toBe('2025-09-15');
  });

  it('refuses impossible dates and errors with a Spanish reason', () => {
    expect(parseDate('31/02/2025')).toEqual({
      kind: 'problem',
      message: '"31/02/2025" no es una fecha válida (dd/mm/aaaa)',
    });
    expect(parseDate('#N/A')).toEqual({
      kind: 'problem',
      message: 'la celda tiene el error #N/A',
    });
    expect(parseDate('pendiente')).toEqual({
      kind: 'problem',
      message: '"pendiente" no es una fecha (se espera dd/mm/aaaa)',
    });
    expect(parseDate(9e9)).toEqual({
      kind: 'problem',
      message: '9000000000 no es una fecha',
    });
    expect(parseDate('')).toEqual({kind: 'blank'});
  });
});

describe('parseMonth', () => {
  it.each<[unknown, number]>([
    ['ago-25', day(2025, 8, 1)],
    ['Ago-25', day(2025, 8, 1)],
    ['sept-24', day(2024, 9, 1)],
    ['dic 2025', day(2025, 12, 1)],
    ['Agosto de 2025', day(2025, 8, 1)],
    ['08/2025', day(2025, 8, 1)],
    ['2025-08', day(2025, 8, 1)],
    [45880, day(2025, 8, 1)],
    ['15/08/2025', day(2025, 8, 1)],
  ])('reads %p as the first day of its month', (cell, expected) => {
    expect(parseMonth(cell as string)).toEqual({
      kind: 'value',
      value: expected,
    });
  });

  it('explains what it expected', () => {
    expect(parseMonth('xyz-25')).toEqual({
      kind: 'problem',
      message: '"xyz-25" no es un mes (se espera como "ago-25")',
    });
    expect(parseMonth('#REF!')).toEqual({
      kind: 'problem',
      message: 'la celda tiene el error #REF!',
    });
  });
});

describe('parseCurrency and error values', () => {
  it.each([
    ['COP', 'COP'],
    [' cop ', 'COP'],
    ['Pesos', 'COP'],
    ['USD', 'USD'],
    ['US$', 'USD'],
    ['Dólares', 'USD'],
    ['EUR', 'EUR'],
  ])('reads %p as %p', (cell, code) => {
    expect(parseCurrency(cell)).toEqual({kind: 'value', value: code});
  });

  it('refuses an unknown currency text and names error values', () => {
    expect(parseCurrency('Bitcoin')).toEqual({
      kind: 'problem',
      message: '"Bitcoin" no es una moneda conocida',
    });
    expect(errorValueOf('#n/a')).toBe('#N/A');
    expect(errorValueOf('#NAME?')).toBe('#NAME?');
    expect(errorValueOf('# Factura')).toBeNull();
    expect(errorValueOf(12)).toBeNull();
  });
});
