// Building the column-wise table: kept rows, skipped rows, and a diagnostic for each bad cell.
import {buildTable} from '../../../src/domain/master/table';
import {dayOfYmd} from '../../../src/domain/kernel/day';
import {COSTOS, MANDATO, rawTabOf} from './fixture';

describe('buildTable', () => {
  const table = buildTable([rawTabOf(COSTOS), rawTabOf(MANDATO)]);

  it('keeps invoice rows with their sheet row, and skips blank and subtotal rows', () => {
    expect(table.size).toBe(7);
    expect(table.row).toEqual([4, 5, 7, 9, 3, 4, 5]);
    expect(table.tab).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(table.text.invoiceNumber).toEqual([
      'FE10555',
      'FE10556',
      'FE10557',
      'FE10558',
      'ITPA5678',
      'ITPA5679',
      'ITPA5680',
    ]);
    expect(table.tabs.map(t => [t.rows, t.skipped])).toEqual([
      [4, 3],
      [3, 0],
    ]);
  });

  it('reads NITs as numbers, floats and dotted text with DV', () => {
    expect(table.text.nit).toEqual([
      '901082949',
      '901082949',
      '800197268',
      '900206480',
      '800062591',
      '800062591',
      '',
    ]);
    expect(table.nitDv).toEqual([-1, 3, 4, 7, -1, -1, -1]);
  });

  it('reads money, dates, months and currencies, NaN where a cell is blank or bad', () => {
    expect(table.money.valorNeto).toEqual([
      1190000, 1785.6, -2000, 20, 550, 10.5, 2,
    ]);
    expect(table.money.costosFijos.slice(0, 4)).toEqual([
      1000000,
      1500.5,
      NaN,
      10,
    ]);
    expect(table.money.interesMora.slice(4)).toEqual([50, NaN, 1]);
    expect(table.text.currency).toEqual([
      'COP',
      'USD',
      'COP',
      'COP',
      'COP',
      'USD',
      'COP',
    ]);
    expect(table.dates.issueDate.slice(0, 4)).toEqual([
      dayOfYmd(2025, 9, 15),
      dayOfYmd(2025, 9, 16),
      dayOfYmd(2025, 9, 30),
      NaN,
    ]);
    expect(table.dates.billingMonth.slice(4)).toEqual([
      dayOfYmd(2025, 8, 1),
      dayOfYmd(2025, 9, 1),
      NaN,
    ]);
  });

  it('reports each problem with tab, row and column in Spanish', () => {
    const costos = 'Relacion facturas Costos Fijos';
    const mandato = 'Relación facturas mandato';
    expect(table.diagnostics).toEqual([
      {
        tab: costos,
        row: 7,
        column: 'F (Valor Costos Fijos)',
        message: 'Valor costos fijos: la celda tiene el error #N/A.',
      },
      {
        tab: costos,
        row: 9,
        column: 'I (Nit)',
        message:
          'El dígito de verificación de "900.206.480-7" no corresponde al NIT.',
      },
      {
        tab: costos,
        row: 9,
        column: 'B (Fecha Facturacion)',
        message:
          'Fecha factura: "pendiente" no es una fecha (se espera dd/mm/aaaa).',
      },
      {
        tab: mandato,
        row: 5,
        column: 'I (NIT)',
        message: '"ACME" no es un NIT.',
      },
      {
        tab: mandato,
        row: 5,
        column: 'B (Mes facturacion)',
        message:
          'Mes facturación: "xx" no es un mes (se espera como "ago-25").',
      },
    ]);
    expect(table.diagnosticCount).toBe(5);
    // Each problem is tied to the table row it is about (row 9 is the third kept row of Costos).
    expect(table.diagnosticRow).toEqual(table.problemRows);
    expect(
      table.diagnostics.map((_, k) => table.row[table.diagnosticRow[k]]),
    ).toEqual(table.diagnostics.map(d => d.row));
  });

  it('keeps subtotal rows apart from problems: skipped on purpose, with where they are', () => {
    expect(table.skipped).toEqual([
      {
        tab: 'Relacion facturas Costos Fijos',
        row: 8,
        column: '',
        message: 'Fila de subtotal o total omitida.',
      },
      {
        tab: 'Relacion facturas Costos Fijos',
        row: 10,
        column: '',
        message: 'Fila de subtotal o total omitida.',
      },
    ]);
    expect(table.skippedCount).toBe(2);
  });
});
