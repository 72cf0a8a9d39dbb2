import {checkQuality} from '../../../src/domain/report/quality';
import {day, reportRow} from './test-rows';

const CF = 'Relacion facturas Costos Fijos';
const MA = 'Relacion facturas mandato';

function ok(over: Parameters<typeof reportRow>[0]) {
  return reportRow({
    nitValue: '900.206.480-2',
    amount: 1,
    issueDate: day('2025-09-01'),
    ...over,
  });
}

describe('checkQuality', () => {
  it('finds nothing wrong in clean, consecutive rows', () => {
    const q = checkQuality([
      ok({row: 4, invoiceText: 'FE1'}),
      ok({row: 5, invoiceText: 'FE2'}),
      ok({tab: MA, row: 4, invoiceText: 'ITPA7'}),
    ]);
    expect(q.issues).toEqual([]);
    expect(q.rows).toBe(3);
  });

  it('names the tab and row of a wrong check digit and of an unreadable NIT', () => {
    const q = checkQuality([
      ok({row: 4, invoiceText: 'FE1', nitValue: '900.206.480-3'}),
      ok({row: 5, invoiceText: 'FE2', nitValue: 'ACME'}),
      ok({row: 6, invoiceText: 'FE3', nitValue: 800197268}),
    ]);
    expect(q.issues.map(i => [i.kind, i.tab, i.row, i.value])).toEqual([
      ['nit-dv', CF, 4, '900.206.480-3'],
      ['nit-unreadable', CF, 5, 'ACME'],
    ]);
    expect(q.issues[0].detail).toBe(
      'El dígito de verificación de 900206480 es 2, no 3.',
    );
  });

  it('lists every row of a repeated invoice, across tabs and spellings', () => {
    const q = checkQuality([
      ok({row: 4, invoiceText: 'FE10'}),
      ok({tab: MA, row: 9, invoiceText: 'fe-010'}),
      ok({row: 5, invoiceText: 'FE11'}),
    ]);
    const dups = q.issues.filter(i => i.kind === 'duplicate-invoice');
    expect(dups.map(i => [i.tab, i.row])).toEqual([
      [CF, 4],
      [MA, 9],
    ]);
    expect(dups[0].detail).toContain('FE10 aparece 2 veces');
    expect(q.counts['duplicate-invoice']).toBe(2);
  });

  it('reports gaps per prefix with the rows on each side', () => {
    const q = checkQuality([
      ok({row: 4, invoiceText: 'FE1'}),
      ok({row: 5, invoiceText: 'FE5'}),
      ok({row: 6, invoiceText: 'FE6'}),
      ok({row: 7, invoiceText: 'FE8'}),
      ok({tab: MA, row: 4, invoiceText: 'ITPA100'}),
      ok({tab: MA, row: 5, invoiceText: 'ITPA101'}),
    ]);
    const gaps = q.issues.filter(i => i.kind === 'consecutive-gap');
    expect(gaps.map(g => [g.row, g.value])).toEqual([
      [4, 'FE2 a FE4'],
      [6, 'FE7'],
    ]);
    expect(gaps[0].detail).toBe(
      `Faltan 3 números entre FE1 (${CF} fila 4) y FE5 (${CF} fila 5).`,
    );
  });

  it('flags rows without amount, date or NIT, and unknown prefixes, skipping blank rows', () => {
    const q = checkQuality([
      reportRow({
        row: 4,
        invoiceText: 'XX12',
        nitValue: 900206480,
        amount: 5,
        month: '2025-09',
      }),
      reportRow({row: 5}),
      reportRow({row: 6, invoiceText: 'FE 9', amount: null, nitValue: null}),
    ]);
    expect(q.rows).toBe(2);
    expect(q.issues.map(i => [i.kind, i.row])).toEqual([
      ['missing-amount', 6],
      ['missing-date', 6],
      ['missing-nit', 6],
      ['unknown-prefix', 4],
    ]);
    expect(q.issues[3].detail).toContain(
      '"XX12" no empieza por un prefijo conocido',
    );
  });

  it('adds the reader diagnostics as their own kind, grouped by tab and column, counting all', () => {
    const d = (row: number, column: string, message: string) => ({
      tab: CF,
      row,
      column,
      message,
    });
    const q = checkQuality([ok({row: 4, invoiceText: 'FE1'})], {
      diagnostics: [
        d(9, 'Q (Otros Valor)', 'Otros valores: la celda tiene el error #N/A.'),
        d(7, '', 'Fila de subtotal o total omitida.'),
        d(
          12,
          'Q (Otros Valor)',
          'Otros valores: la celda tiene el error #N/A.',
        ),
      ],
      total: 40,
    });
    expect(q.counts['unreadable-cell']).toBe(40);
    expect(q.readingListed).toBe(3);
    expect(q.issues.map(i => [i.kind, i.row, i.value])).toEqual([
      ['unreadable-cell', 7, ''],
      ['unreadable-cell', 9, 'Q (Otros Valor)'],
      ['unreadable-cell', 12, 'Q (Otros Valor)'],
    ]);
    expect(q.readingGroups).toEqual([
      {
        tab: CF,
        column: 'Q (Otros Valor)',
        count: 2,
        example: 'Otros valores: la celda tiene el error #N/A.',
      },
      {
        tab: CF,
        column: '',
        count: 1,
        example: 'Fila de subtotal o total omitida.',
      },
    ]);
  });
});
