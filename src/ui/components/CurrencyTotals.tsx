// Totals of a query per currency (COP and USD are never added together), formatted es-CO with Intl.
import type {AmountColumn, CurrencyTotal} from '../../common/master-api';
import {formatCount, formatMoney} from '../format';

/** Props: the totals per currency and the money columns the Master has. */
export interface CurrencyTotalsProps {
  totals: CurrencyTotal[];
  columns: AmountColumn[];
}

/** One line per currency with its invoice count and net billed; every column total on demand. */
export function CurrencyTotals({totals, columns}: CurrencyTotalsProps) {
  if (totals.length === 0) return null;
  return (
    <div data-testid="totals">
      <dl class="totals" aria-label="Totales por moneda">
        {totals.map(t => (
          <div class="total" key={t.currency} data-currency={t.currency}>
            <dt>
              {t.currency || 'Sin moneda'} · {formatCount(t.count)}
            </dt>
            <dd>
              {t.amounts.valorNeto !== undefined
                ? formatMoney(t.amounts.valorNeto, t.currency)
                : t.netText}
            </dd>
          </div>
        ))}
      </dl>
      {columns.length > 1 && (
        <details>
          <summary>Totales por columna</summary>
          {totals.map(t => (
            <dl
              class="totals"
              key={t.currency}
              aria-label={`Totales en ${t.currency}`}
            >
              {columns.map(c => {
                const v = t.amounts[c.key];
                return v === undefined ? null : (
                  <div class="total" key={c.key}>
                    <dt>
                      {c.label} ({t.currency})
                    </dt>
                    <dd>{formatMoney(v, t.currency)}</dd>
                  </div>
                );
              })}
            </dl>
          ))}
        </details>
      )}
    </div>
  );
}
