// How the page's grid shows a cell value: es-CO numbers and dates (Bogotá), errors marked.
import type {CellJson} from './api';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ERROR = /^#(N\/A|REF!|NAME\?|VALUE!|DIV\/0!|NUM!|ERROR!|NULL!)$/;

const number = new Intl.NumberFormat('es-CO', {
  maximumFractionDigits: 10,
  useGrouping: false,
});
const dateOnly = new Intl.DateTimeFormat('es-CO', {
  timeZone: 'America/Bogota',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTime = new Intl.DateTimeFormat('es-CO', {
  timeZone: 'America/Bogota',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const bogotaTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'America/Bogota',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The text a cell shows, whether it aligns right (numbers, dates) and whether it is an error. */
export function formatCell(v: CellJson): {
  text: string;
  align: 'left' | 'right';
  error: boolean;
} {
  if (typeof v === 'number')
    return {text: number.format(v), align: 'right', error: false};
  if (typeof v === 'boolean') {
    return {text: v ? 'VERDADERO' : 'FALSO', align: 'left', error: false};
  }
  if (ISO_DATE.test(v)) {
    const d = new Date(v);
    const midnight = bogotaTime.format(d) === '00:00';
    return {
      text: (midnight ? dateOnly : dateTime).format(d),
      align: 'right',
      error: false,
    };
  }
  return {text: v, align: 'left', error: ERROR.test(v)};
}
