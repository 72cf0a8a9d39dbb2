// Tests for finding the exports' sheets and columns despite titles, accents, case and spacing.
import {
  NETSUITE_LAYOUT,
  NOOVA_LAYOUT,
  layoutOfSheetName,
  layoutOfValues,
  locateColumns,
} from '../../../src/domain/consolidation/columns';

describe('locateColumns', () => {
  it('finds the header row below titles and each column whatever its spelling', () => {
    const values = [
      ['Vista predeterminada', '', ''],
      ['', '', ''],
      ['IMPORTE (MONEDA  EXTRANJERA)', 'numero de documento', ' Moneda '],
      ['1', 'FE1', 'COP'],
    ];
    expect(locateColumns(values, NETSUITE_LAYOUT.columns)).toEqual({
      ok: true,
      located: {headerRow: 2, columns: {number: 1, currency: 2, amount: 0}},
    });
  });

  it('names the missing required columns and what the best row held', () => {
    const r = locateColumns(
      [['NÚMERO', 'Recepcion', 'Otra']],
      NOOVA_LAYOUT.columns,
    );
    expect(r).toEqual({
      ok: false,
      missing: [
        'CÓDIGO TERCERO',
        'ORDEN DE COMPRA',
        'PRODUCTO',
        'NOMBRE PRODUCTO',
      ],
      headerRow: 0,
      headers: ['NÚMERO', 'Recepcion', 'Otra'],
    });
  });

  it('does not take "Número de documento" for Noova\'s "NÚMERO"', () => {
    const r = locateColumns([['Número de documento']], NOOVA_LAYOUT.columns);
    expect(r.ok).toBe(false);
  });
});

describe('layouts', () => {
  it('tells the systems apart by sheet name, folded', () => {
    expect(layoutOfSheetName('documentos ')?.system).toBe('noova');
    expect(layoutOfSheetName('Vista predeterminada Transacción')?.system).toBe(
      'netsuite',
    );
    expect(layoutOfSheetName('VistapredeterminadaTransaccin')?.system).toBe(
      'netsuite',
    );
    expect(layoutOfSheetName('Hoja 1')).toBeNull();
  });

  it('tells them apart by headers for tabs the user named', () => {
    expect(
      layoutOfValues([
        ['Número de documento', 'Moneda', 'Importe (moneda extranjera)'],
      ])?.system,
    ).toBe('netsuite');
    expect(layoutOfValues([['x']])).toBeNull();
  });
});
