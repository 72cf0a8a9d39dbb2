// Totals per NIT for =FACTURADO on small hand-written Master tabs: currencies apart, inclusive
// date window (rows without a date leave a dated window), NIT shapes, argument errors.
import {
  billedFor,
  billedWindow,
  indexByNit,
  type BilledWindow,
} from '../../../src/domain/master/billed';
import {buildTable} from '../../../src/domain/master/table';
import {COSTOS, MANDATO, rawTabOf} from './fixture';

const index = indexByNit(buildTable([rawTabOf(COSTOS), rawTabOf(MANDATO)]));

function window(
  desde: string | number = '',
  hasta: string | number = '',
  moneda = '',
): BilledWindow {
  const w = billedWindow(index, desde, hasta, moneda);
  if (typeof w === 'string') throw new Error(w);
  return w;
}

describe('billedFor', () => {
  it('sums the net amount of one currency, COP by default, across tabs', () => {
    expect(billedFor(index, window(), 901082949)).toBe(1190000);
    expect(billedFor(index, window('', '', 'USD'), '901.082.949-3')).toBe(
      1785.6,
    );
    expect(billedFor(index, window(), '800197268')).toBe(-2000);
    expect(billedFor(index, window(), '800062591')).toBe(550);
    expect(billedFor(index, window('', '', 'dólares'), 800062591)).toBe(10.5);
  });

  it('keeps only invoices dated inside the window, bounds included', () => {
    expect(
      billedFor(index, window('15/09/2025', '15/09/2025'), 901082949),
    ).toBe(1190000);
    expect(billedFor(index, window('16/09/2025'), 901082949)).toBe(0);
    expect(billedFor(index, window('16/09/2025', '', 'USD'), 901082949)).toBe(
      1785.6,
    );
    // Serial 45900 is 31/08/2025: the window ends that day.
    expect(billedFor(index, window('', 45900), '800062591')).toBe(550);
  });

  it('counts an undated invoice without a window and leaves it out of a dated one', () => {
    expect(billedFor(index, window(), '900206480')).toBe(20);
    expect(billedFor(index, window('01/01/2000'), '900206480')).toBe(0);
  });

  it('gives 0 for a NIT without invoices, "" for a blank, a text for a non-NIT', () => {
    expect(billedFor(index, window(), 830000001)).toBe(0);
    expect(billedFor(index, window(), '')).toBe('');
    expect(billedFor(index, window(), null)).toBe('');
    expect(billedFor(index, window(), 'ACME')).toBe(
      'Error: "ACME" no es un NIT',
    );
  });
});

describe('billedWindow', () => {
  it.each([
    [['x', '', ''], 'Error: desde: "x" no es una fecha (se espera dd/mm/aaaa)'],
    [['', 9e6, ''], 'Error: hasta: 9000000 no es una fecha'],
    [
      ['02/09/2025', '01/09/2025', ''],
      'Error: la fecha desde es posterior a la fecha hasta',
    ],
    [
      ['', '', 'EUR'],
      'Error: la moneda "EUR" no aparece en el Master (monedas: COP, USD)',
    ],
    [['', '', '€€'], 'Error: moneda: "€€" no es una moneda conocida'],
  ])('%j -> %s', ([desde, hasta, moneda], message) => {
    expect(billedWindow(index, desde, hasta, moneda)).toBe(message);
  });
});
