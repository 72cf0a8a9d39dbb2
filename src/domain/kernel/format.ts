// es-CO presentation of days and instants (dd/mm/yyyy in America/Bogota) and time zones, through Intl; money and numbers: src/common/money.ts.
import {ymdOfDay} from './day';

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
