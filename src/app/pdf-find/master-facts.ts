// Where a pasted invoice number sits in the Master (its tab and date), so its PDF's folder is
// checked against the row exactly as for a number that came from a query.
import {isoOfDay} from '../../domain/kernel/day';
import {parseInvoiceNumber} from '../../domain/kernel/invoice-number';
import type {MasterTable} from '../../domain/master/table';
import type {PdfRequest} from '../../domain/pdf/match';

/**
 * Requests without tab and date take them from the one Master row with their number; a number on
 * several rows, or on none, stays as it was (nothing is guessed).
 */
export function withMasterFacts(
  requests: readonly PdfRequest[],
  table: MasterTable,
): PdfRequest[] {
  const wanted = new Set(
    requests.filter(r => !r.tab && !r.date).map(r => r.key),
  );
  if (wanted.size === 0) return [...requests];
  /** Key -> table row, or -1 when the number is on more than one row. */
  const rowOf = new Map<string, number>();
  const numbers = table.text.invoiceNumber;
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] === '') continue;
    const parsed = parseInvoiceNumber(numbers[i]);
    if (!parsed.ok || !wanted.has(parsed.number.key)) continue;
    rowOf.set(parsed.number.key, rowOf.has(parsed.number.key) ? -1 : i);
  }
  return requests.map(r => {
    const i = r.tab || r.date ? undefined : rowOf.get(r.key);
    if (i === undefined || i < 0) return r;
    const day = Number.isNaN(table.dates.issueDate[i])
      ? table.dates.billingMonth[i]
      : table.dates.issueDate[i];
    const out: PdfRequest = {
      ...r,
      tab: table.tabs[table.tab[i]].layout.title,
    };
    if (!Number.isNaN(day)) out.date = isoOfDay(day);
    return out;
  });
}
