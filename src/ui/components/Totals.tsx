// Totals per currency (COP and USD are never added together), in es-CO format.
import {formatMoney} from '../format';

/** One currency's total. */
export interface CurrencyTotal {
  currency: string;
  amount: number;
  rows?: number;
}

/** A definition list: one line per currency, never a mixed grand total. */
export function Totals({
  totals,
  label = 'Totales',
}: {
  totals: CurrencyTotal[];
  label?: string;
}) {
  if (totals.length === 0) return null;
  return (
    <dl class="totals" aria-label={label} data-testid="totals">
      {totals.map(t => (
        <div class="total" key={t.currency}>
          <dt>{t.currency}</dt>
          <dd>{formatMoney(t.amount, t.currency)}</dd>
        </div>
      ))}
    </dl>
  );
}
