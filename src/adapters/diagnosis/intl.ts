// Probe: the es-CO formats the add-on prints (Intl on Apps Script's V8 against Node's ICU).
import {formatInstant} from '../../domain/kernel/format';
import {formatMoney, formatNumber} from '../../common/money';
import {same, visible, type Probe} from './probe';

/** What Node 20's ICU prints, which the emulator (and every test) sees. */
const EXPECTED = [
  '$\u00a01.234.568',
  'US$\u00a01.234.567,89',
  '1.234.567,89',
  '15/09/2025 12:04',
].join(' | ');

export const intlProbe: Probe = {
  id: 'intl-es-co',
  assumption:
    'Intl en es-CO formatea pesos, dólares, números y fechas como Node 20',
  emulatorRule: visible(EXPECTED),
  run() {
    const observed = [
      formatMoney(1234567.5, 'COP'),
      formatMoney(1234567.89, 'USD'),
      formatNumber(1234567.891),
      formatInstant(Date.UTC(2025, 8, 15, 17, 4)),
    ].join(' | ');
    const o = same(EXPECTED, observed);
    return {...o, observed: visible(observed)};
  },
};
