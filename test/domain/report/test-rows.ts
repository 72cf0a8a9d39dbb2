// Builds ReportRow values for domain tests with sensible blanks.
import type {ReportRow} from '../../../src/domain/report/rows';
import {dayOfYmd} from '../../../src/domain/kernel/day';

/** A calendar day from "YYYY-MM-DD". */
export function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const n = dayOfYmd(y, m, d);
  if (n === null) throw new Error(iso);
  return n;
}

/** A row with every field blank except those given. */
export function reportRow(over: Partial<ReportRow>): ReportRow {
  return {
    tab: 'Relacion facturas Costos Fijos',
    row: 4,
    invoiceText: '',
    nitValue: null,
    client: '',
    issueDate: null,
    month: null,
    dueDate: null,
    status: '',
    currency: null,
    amount: null,
    categories: {},
    ...over,
  };
}
