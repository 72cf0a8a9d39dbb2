// Probe: Utilities.gzip makes real gzip bytes and ungzip gives them back (the Master snapshot relies on it).
import {same, type Probe} from './probe';

const EXPECTED = 'cabecera 31,-117 | ida y vuelta idéntica';

export const gzipProbe: Probe = {
  id: 'gzip-real',
  assumption:
    'Utilities.gzip produce gzip real (bytes firmados) y ungzip lo invierte',
  emulatorRule: EXPECTED,
  run() {
    const text = 'FE9133;900206480;'.repeat(500);
    const zipped = Utilities.gzip(Utilities.newBlob(text, 'text/plain'));
    const bytes = zipped.getBytes();
    const back = Utilities.ungzip(zipped).getDataAsString();
    const observed = `cabecera ${bytes[0]},${bytes[1]} | ida y vuelta ${back === text ? 'idéntica' : 'distinta'}`;
    return same(EXPECTED, observed);
  },
};
