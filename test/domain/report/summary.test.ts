import {buildSummary, NO_MONTH} from '../../../src/domain/report/summary';
import type {ReportColumns} from '../../../src/domain/report/rows';
import {reportRow} from './test-rows';

const COLUMNS: ReportColumns = {
  tabs: ['A'],
  hasDueDate: false,
  hasStatus: false,
  categories: ['interesCorriente', 'costosFijos'],
};

describe('buildSummary', () => {
  const rows = [
    reportRow({
      nitValue: 900206480,
      client: 'ACME',
      currency: 'COP',
      month: '2025-09',
      amount: 100,
      categories: {interesCorriente: 60, costosFijos: 40},
    }),
    reportRow({
      nitValue: '900.206.480-2',
      currency: 'COP',
      month: '2025-09',
      amount: 10,
      categories: {interesCorriente: 10, costosFijos: null},
    }),
    reportRow({
      nitValue: 900206480,
      currency: 'USD',
      month: '2025-08',
      amount: 3.5,
      categories: {interesCorriente: 3.5},
    }),
    reportRow({
      nitValue: 800197268,
      client: 'DIAN',
      currency: null,
      month: null,
      amount: 1,
    }),
    reportRow({
      nitValue: 800197268,
      currency: 'COP',
      month: '2025-08',
      amount: null,
    }),
  ];
  const s = buildSummary(rows, COLUMNS);

  it('keeps one total per currency, COP first', () => {
    expect(s.currencies).toEqual(['COP', 'USD', 'Sin moneda']);
    expect(s.totals).toEqual([
      {currency: 'COP', invoices: 2, amount: 110},
      {currency: 'USD', invoices: 1, amount: 3.5},
      {currency: 'Sin moneda', invoices: 1, amount: 1},
    ]);
  });

  it('gives billing per month with one column per currency', () => {
    expect(s.months).toEqual([
      {month: '2025-08', label: 'ago-2025', amounts: [0, 3.5, 0]},
      {month: '2025-09', label: 'sep-2025', amounts: [110, 0, 0]},
      {month: NO_MONTH, label: NO_MONTH, amounts: [0, 0, 1]},
    ]);
  });

  it('sums categories per currency, only those the Master has', () => {
    expect(s.categories.map(c => [c.currency, c.label, c.amount])).toEqual([
      ['COP', 'Intereses corrientes', 70],
      ['COP', 'Costos fijos', 40],
      ['USD', 'Intereses corrientes', 3.5],
    ]);
  });

  it('groups by client NIT (with or without DV) and month, with the client name', () => {
    expect(
      s.clientMonths.map(c => [
        c.nit,
        c.client,
        c.currency,
        c.label,
        c.invoices,
        c.amount,
      ]),
    ).toEqual([
      ['800197268', 'DIAN', 'Sin moneda', NO_MONTH, 1, 1],
      ['900206480', 'ACME', 'USD', 'ago-2025', 1, 3.5],
      ['900206480', 'ACME', 'COP', 'sep-2025', 2, 110],
    ]);
  });
});
