// Probe: the zone a spreadsheet a script creates starts in, and that the add-on can set Bogotá on it.
import {requireDrive} from '../common/advanced-services';
import type {Probe} from './probe';

const BOGOTA = 'America/Bogota';

export const newSpreadsheetZoneProbe: Probe = {
  id: 'new-spreadsheet-zone',
  assumption:
    'Un libro que crea un script no nace en America/Bogota (el emulador usa America/Los_Angeles); setSpreadsheetTimeZone lo corrige',
  emulatorRule: `nace en America/Los_Angeles; tras fijarla: ${BOGOTA}`,
  run() {
    const ss = SpreadsheetApp.create('Diagnóstico de zona (temporal)');
    try {
      const born = ss.getSpreadsheetTimeZone();
      ss.setSpreadsheetTimeZone(BOGOTA);
      const fixed = ss.getSpreadsheetTimeZone();
      return {
        observed: `nace en ${born}; tras fijarla: ${fixed}`,
        // What matters to the add-on is that the zone can be set; the birth zone is informative.
        agrees: fixed === BOGOTA && born === 'America/Los_Angeles',
      };
    } finally {
      requireDrive().Files!.remove(ss.getId(), {supportsAllDrives: true});
    }
  },
};
