// One invoice of the Consultar results: its facts, a tick for the PDFs pane, "Ir a la fila" and its PDF.
import type {AmountColumn, InvoiceRow} from '../../common/master-api';
import type {FindPdfsResult} from '../../common/pdf-api';
import {call} from '../call';
import {formatDate, formatMoney} from '../format';
import {useAsync} from '../useAsync';
import {useShared} from '../shared-state';
import {ErrorBox} from './ErrorBox';
import {Spinner} from './Spinner';
import {PdfLookup} from './PdfLookup';
import {Notices} from './Notices';

/** Props: the row, whether the Master is this spreadsheet, and the money columns. */
export interface ResultRowProps {
  row: InvoiceRow;
  canGoToRow: boolean;
  columns: AmountColumn[];
}

/** The amount to show for a row: net billed, else the first money column with a value. */
function mainAmount(row: InvoiceRow, columns: AmountColumn[]): number | null {
  const net = row.amounts.valorNeto;
  if (typeof net === 'number') return net;
  for (const c of columns) {
    const v = row.amounts[c.key];
    if (typeof v === 'number') return v;
  }
  return null;
}

/** A card: every text from the sheet is rendered as text, never as HTML. */
export function ResultRow({row, canGoToRow, columns}: ResultRowProps) {
  const shared = useShared();
  const goTo = useAsync<void>();
  const pdf = useAsync<FindPdfsResult>();
  const amount = mainAmount(row, columns);
  const date = row.issueDate ?? row.billingMonth;
  const picked =
    row.invoiceNumber !== '' && shared.picked.includes(row.invoiceNumber);
  const label = row.invoiceNumber || `fila ${row.row}`;

  const togglePick = () => {
    const n = row.invoiceNumber;
    shared.setPicked(
      picked ? shared.picked.filter(p => p !== n) : [...shared.picked, n],
    );
  };
  const findPdf = () =>
    void pdf.run(() =>
      call('findPdfs', [
        {
          tab: row.tab,
          invoiceNumber: row.invoiceNumber,
          issueDate: row.issueDate,
          billingMonth: row.billingMonth,
        },
      ]),
    );

  return (
    <li class="card" data-testid="result-row">
      <div class="card-head">
        <label class="checkbox card-title">
          <input
            type="checkbox"
            checked={picked}
            disabled={!row.invoiceNumber}
            onChange={togglePick}
          />
          <span>{label}</span>
        </label>
        {amount !== null && (
          <span class="amount">
            {formatMoney(amount, row.currency || 'COP')}
          </span>
        )}
      </div>
      <div class="small break">
        {row.client || 'Sin cliente'} · NIT {row.nit || '—'}
        {row.nitDv !== null && `-${row.nitDv}`}
      </div>
      <div class="muted small break">
        {formatDate(date)}
        {row.desembolso && ` · ${row.desembolso}`}
        {row.status && ` · ${row.status}`}
      </div>
      <div class="muted small break">
        {row.tab}, fila {row.row}
      </div>
      <div class="card-actions">
        {canGoToRow && (
          <button
            type="button"
            class="link-button"
            aria-label={`Ir a la fila de ${label}`}
            onClick={() =>
              void goTo.run(() => call('goToRow', row.tab, row.row))
            }
          >
            Ir a la fila
          </button>
        )}
        {row.invoiceNumber && (
          <button
            type="button"
            class="link-button"
            aria-label={`Ver PDF de ${label}`}
            onClick={findPdf}
          >
            Ver PDF
          </button>
        )}
      </div>
      {goTo.error && <ErrorBox message={goTo.error} onRetry={goTo.retry} />}
      {pdf.loading && <Spinner label="Buscando el PDF…" />}
      {pdf.error && <ErrorBox message={pdf.error} onRetry={pdf.retry} />}
      {pdf.data &&
        pdf.data.results.map(r => <PdfLookup key={r.invoice} lookup={r} />)}
      {pdf.data && pdf.data.results.length === 0 && (
        <Notices texts={pdf.data.messages} />
      )}
    </li>
  );
}
