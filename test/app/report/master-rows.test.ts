import {reportRowsOf} from '../../../src/app/report/master-rows';
import {emptyTable, type MasterTable} from '../../../src/domain/master/table';
import type {TabLayout} from '../../../src/domain/master/headers';
import {dayOfYmd} from '../../../src/domain/kernel/day';

const d = (y: number, m: number, day: number) => dayOfYmd(y, m, day) as number;

function layout(title: string, keys: string[]): TabLayout {
  const columns: Record<string, {column: number; header: string}> = {};
  keys.forEach((k, i) => (columns[k] = {column: i + 1, header: k}));
  return {
    title,
    headerRow: 3,
    columns: columns as TabLayout['columns'],
    headers: keys,
  };
}

/** A two-tab table: Costos Fijos with categories and status, mandato with net value and a due date. */
function table(): MasterTable {
  const t = emptyTable();
  t.tabs.push(
    {
      layout: layout('CF', [
        'invoiceNumber',
        'nit',
        'status',
        'costosFijos',
        'interesCorriente',
      ]),
      rows: 1,
      skipped: 0,
    },
    {
      layout: layout('MA', [
        'invoiceNumber',
        'nit',
        'valorNeto',
        'billingMonth',
        'dueDate',
      ]),
      rows: 1,
      skipped: 0,
    },
  );
  const push = (
    tab: number,
    row: number,
    inv: string,
    nit: string,
    dv: number,
  ) => {
    t.tab.push(tab);
    t.row.push(row);
    t.text.invoiceNumber.push(inv);
    t.text.nit.push(nit);
    t.nitDv.push(dv);
    t.text.client.push('');
    t.text.desembolso.push('');
    t.text.creditNoteNumber.push('');
    t.text.currency.push('COP');
    t.text.status.push(tab === 0 ? 'Pagada' : '');
  };
  push(0, 4, 'FE1', '900206480', 2);
  push(1, 4, 'ITPA1', '', -1);
  t.size = 2;
  t.dates.issueDate.push(d(2025, 9, 15), NaN);
  t.dates.billingMonth.push(NaN, d(2025, 8, 1));
  t.dates.creditNoteDate.push(NaN, NaN);
  for (const k of Object.keys(t.money) as Array<keyof typeof t.money>)
    t.money[k].push(NaN, NaN);
  t.money.costosFijos[0] = 100;
  t.money.interesCorriente[0] = 20;
  t.money.valorNeto[1] = 55;
  (t.dates as unknown as Record<string, number[]>).dueDate = [
    NaN,
    d(2025, 9, 30),
  ];
  return t;
}

describe('reportRowsOf', () => {
  it('maps the column-wise table to report rows, with the amount from Valor Neto or the categories', () => {
    const {rows, columns} = reportRowsOf(table());
    expect(rows[0]).toMatchObject({
      tab: 'CF',
      row: 4,
      invoiceText: 'FE1',
      nitValue: '900206480-2',
      status: 'Pagada',
      month: '2025-09',
      amount: 120,
      categories: {costosFijos: 100, interesCorriente: 20},
    });
    expect(rows[1]).toMatchObject({
      tab: 'MA',
      nitValue: null,
      issueDate: null,
      month: '2025-08',
      amount: 55,
      dueDate: d(2025, 9, 30),
      categories: {},
    });
    expect(columns).toEqual({
      tabs: ['CF', 'MA'],
      hasDueDate: true,
      hasStatus: true,
      categories: ['interesCorriente', 'costosFijos'],
    });
  });
});
