import {
  AGING_BUCKETS,
  buildAging,
  bucketIndex,
  isClosedStatus,
} from '../../../src/domain/report/aging';
import type {ReportColumns} from '../../../src/domain/report/rows';
import {day, reportRow} from './test-rows';

const COLUMNS: ReportColumns = {
  tabs: ['Relacion facturas Costos Fijos'],
  hasDueDate: true,
  hasStatus: true,
  categories: [],
};
const AS_OF = day('2025-10-01');

describe('bucketIndex', () => {
  it.each([
    ['2025-10-05', 'Vigente'],
    ['2025-10-01', 'Vigente'],
    ['2025-09-30', '1-30 días'],
    ['2025-09-01', '1-30 días'],
    ['2025-08-31', '31-60 días'],
    ['2025-07-03', '61-90 días'],
    ['2025-07-02', '91-180 días'],
    ['2025-04-04', '91-180 días'],
    ['2025-04-03', '181-360 días'],
    ['2024-10-06', '181-360 días'],
    ['2024-10-05', 'Más de 360 días'],
  ])('due %s is %s on 2025-10-01', (due, label) => {
    expect(AGING_BUCKETS[bucketIndex(day(due), AS_OF)].label).toBe(label);
  });
});

describe('isClosedStatus', () => {
  it('treats paid, cancelled and annulled as closed, ignoring case and accents', () => {
    expect(isClosedStatus('PAGADA')).toBe(true);
    expect(isClosedStatus(' Anulada ')).toBe(true);
    expect(isClosedStatus('Pagado parcial')).toBe(true);
    expect(isClosedStatus('Pendiente')).toBe(false);
    expect(isClosedStatus('')).toBe(false);
    expect(isClosedStatus('No pagada')).toBe(false);
  });
});

describe('buildAging', () => {
  it('says why when the Master has no due dates', () => {
    const a = buildAging([], {...COLUMNS, hasDueDate: false}, AS_OF);
    expect(a.available).toBe(false);
    if (!a.available) {
      expect(a.reason).toContain('fecha de vencimiento');
      expect(a.reason).toContain('Relacion facturas Costos Fijos');
    }
  });

  it('spreads open invoices per client and currency and never adds COP and USD', () => {
    const rows = [
      reportRow({
        nitValue: '900.206.480-2',
        client: 'ACME',
        currency: 'COP',
        amount: 100,
        dueDate: day('2025-09-20'),
      }),
      reportRow({
        nitValue: 900206480,
        currency: 'COP',
        amount: 50,
        dueDate: day('2025-12-01'),
      }),
      reportRow({
        nitValue: 900206480,
        currency: 'USD',
        amount: 7,
        dueDate: day('2023-01-01'),
      }),
      reportRow({
        nitValue: 900206480,
        currency: 'COP',
        amount: 999,
        dueDate: day('2025-01-01'),
        status: 'Pagada',
      }),
      reportRow({
        nitValue: 800197268,
        currency: 'COP',
        amount: 10,
        dueDate: null,
      }),
    ];
    const a = buildAging(rows, COLUMNS, AS_OF);
    if (!a.available) throw new Error('expected available');
    expect(a.skipped).toBe(1);
    expect(a.lines).toEqual([
      {
        nit: '900206480',
        client: 'ACME',
        currency: 'COP',
        buckets: [50, 100, 0, 0, 0, 0, 0],
        total: 150,
        invoices: 2,
      },
      {
        nit: '900206480',
        client: 'ACME',
        currency: 'USD',
        buckets: [0, 0, 0, 0, 0, 0, 7],
        total: 7,
        invoices: 1,
      },
    ]);
    expect(a.totals).toEqual([
      {currency: 'COP', buckets: [50, 100, 0, 0, 0, 0, 0], total: 150},
      {currency: 'USD', buckets: [0, 0, 0, 0, 0, 0, 7], total: 7},
    ]);
  });
});
