// Every invoice of the current Consultar query, read page by page, as the rows the PDF search needs.
import type {InvoiceQuery} from '../../../common/master-api';
import type {PdfMasterRow} from '../../../common/pdf-api';
import {call} from '../../call';

/** Rows of the current query fetched at most (each page is one server call of 500 rows). */
const MAX_QUERY_INVOICES = 5000;
const QUERY_PAGE = 500;

/** What "Buscar" is doing right now. */
export interface Progress {
  label: string;
  done?: number;
  total?: number;
}

/** Every invoice of a query (page by page, with progress), as rows whose tab and dates feed the folder check. */
export async function queryRows(
  query: InvoiceQuery,
  onProgress: (p: Progress) => void,
): Promise<PdfMasterRow[]> {
  const rows: PdfMasterRow[] = [];
  for (let page = 0; ; page++) {
    const res = await call('queryInvoices', {
      ...query,
      page,
      pageSize: QUERY_PAGE,
    });
    for (const r of res.rows) {
      if (r.invoiceNumber)
        rows.push({
          tab: r.tab,
          invoiceNumber: r.invoiceNumber,
          issueDate: r.issueDate,
          billingMonth: r.billingMonth,
        });
    }
    const total = Math.min(res.total, MAX_QUERY_INVOICES);
    onProgress({
      label: 'Leyendo las facturas de la consulta',
      done: Math.min((page + 1) * QUERY_PAGE, total),
      total,
    });
    if (
      page + 1 >= res.pageCount ||
      (page + 1) * QUERY_PAGE >= MAX_QUERY_INVOICES
    )
      break;
  }
  return rows;
}
