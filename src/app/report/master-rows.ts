// Turns the Master's column-wise table (master-table.ts) into the rows the reports consume.
import type {MasterTable} from '../../domain/master/table';
import {monthOfDay} from '../../domain/report/dates';
import {
  CATEGORIES,
  type CategoryKey,
  type ReportColumns,
  type ReportRow,
} from '../../domain/report/rows';
import type {MasterFieldKey} from '../../common/settings';

/** The due-date field (optional: without it the aging report says it is not available). */
const DUE_DATE_FIELD: MasterFieldKey = 'dueDate';

function numberOrNull(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** Rows and column facts of the table, one ReportRow per invoice row. */
export function reportRowsOf(table: MasterTable): {
  rows: ReportRow[];
  columns: ReportColumns;
} {
  const has = (t: number, key: string) =>
    (table.tabs[t].layout.columns as Partial<Record<string, unknown>>)[key] !==
    undefined;
  const dueDates = table.dates.dueDate;
  const tabCategories = table.tabs.map((_, t) =>
    CATEGORIES.map(c => c.key).filter(k => has(t, k)),
  );
  const tabHasNet = table.tabs.map((_, t) => has(t, 'valorNeto'));
  const rows: ReportRow[] = new Array(table.size);
  for (let i = 0; i < table.size; i++) {
    const t = table.tab[i];
    const categories: Partial<Record<CategoryKey, number | null>> = {};
    let sum: number | null = null;
    for (const k of tabCategories[t]) {
      const v = numberOrNull(table.money[k as MasterFieldKey][i]);
      categories[k] = v;
      if (v !== null) sum = (sum ?? 0) + v;
    }
    const body = table.text.nit[i];
    const dv = table.nitDv[i];
    const issueDate = numberOrNull(table.dates.issueDate[i]);
    const billingMonth = numberOrNull(table.dates.billingMonth[i]);
    rows[i] = {
      tab: table.tabs[t].layout.title,
      row: table.row[i],
      invoiceText: table.text.invoiceNumber[i],
      nitValue: body === '' ? null : dv >= 0 ? `${body}-${dv}` : body,
      client: table.text.client[i],
      issueDate,
      month:
        billingMonth !== null
          ? monthOfDay(billingMonth)
          : issueDate !== null
            ? monthOfDay(issueDate)
            : null,
      dueDate: numberOrNull(dueDates[i]),
      status: table.text.status[i],
      currency: table.text.currency[i] === '' ? null : table.text.currency[i],
      amount: tabHasNet[t] ? numberOrNull(table.money.valorNeto[i]) : sum,
      categories,
    };
  }
  const anyTab = (key: string) => table.tabs.some((_, t) => has(t, key));
  return {
    rows,
    columns: {
      tabs: table.tabs.map(x => x.layout.title),
      hasDueDate: anyTab(DUE_DATE_FIELD),
      hasStatus: anyTab('status'),
      categories: CATEGORIES.map(c => c.key).filter(k => anyTab(k)),
    },
  };
}
