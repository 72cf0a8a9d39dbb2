// Money and plain numbers as es-CO writes them, through Intl: the one formatter of the server's texts and the sidebar's.

const moneyFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = new Intl.NumberFormat('es-CO', {maximumFractionDigits: 2});

/** "1.234.567,89": es-CO separators, at most two decimals. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * "$ 1.234.568" for COP (no decimals), "US$ 1.234.567,89" for USD; another ISO code (any case,
 * blanks around it ignored) gets its own Intl format; a code Intl does not know (a typo in the
 * sheet) is printed as written after the number.
 */
export function formatMoney(amount: number, currency: string): string {
  const code = currency.trim().toUpperCase();
  let format = moneyFormats.get(code);
  if (!format) {
    try {
      format = new Intl.NumberFormat('es-CO', {
        style: 'currency',
        currency: code,
        ...(code === 'COP'
          ? {maximumFractionDigits: 0, minimumFractionDigits: 0}
          : {}),
      });
    } catch {
      return `${formatNumber(amount)} ${currency}`.trim();
    }
    moneyFormats.set(code, format);
  }
  return format.format(amount);
}
