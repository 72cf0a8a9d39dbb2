// es-CO presentation: money per currency and dd/mm/yyyy dates in America/Bogota, through Intl.
import {ymdOfDay} from './day';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * "$ 1.234.568" for COP (no decimals), "US$ 1.234.567,89" for USD; another ISO code gets its
 * own Intl format; a code Intl does not know is printed after the number.
 */
export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('es-CO', {
        style: 'currency',
        currency,
        ...(currency === 'COP'
          ? {maximumFractionDigits: 0, minimumFractionDigits: 0}
          : {}),
      });
    } catch {
      return `${formatNumber(amount)} ${currency}`;
    }
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

const numberFormat = new Intl.NumberFormat('es-CO', {maximumFractionDigits: 2});

/** "1.234.567,89". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** dd/mm/yyyy of a day number (days are already Bogotá calendar days). */
export function formatDay(day: number): string {
  const {y, m, d} = ymdOfDay(day);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** dd/mm/yyyy HH:mm of an instant, in America/Bogota (run times, "leído a las"). */
export function formatInstant(ms: number): string {
  const parts = new Intl.DateTimeFormat('es-CO', {
    timeZone: 'America/Bogota',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const get = (type: string) => parts.find(p => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** How a time zone reads in a sentence: "hora de Colombia" for America/Bogota, else "hora de <zone>". */
export function zoneLabel(timeZone: string): string {
  return timeZone === 'America/Bogota'
    ? 'hora de Colombia'
    : `hora de ${timeZone}`;
}
