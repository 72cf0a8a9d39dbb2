// Probe: a new protection starts with the spreadsheet's editors, and removing editors keeps owner and self.
import type {Probe} from './probe';

const emails = (users: GoogleAppsScript.Base.User[]) =>
  users.map(u => u.getEmail().toLowerCase()).sort();

/** A probe of Sheet.protect() on a temporary tab of ss (deleted afterwards). */
export function protectionProbe(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Probe {
  return {
    id: 'protection-editors',
    assumption:
      'Sheet.protect() empieza con los editores de la hoja; removeEditors no quita al dueño ni a quien ejecuta',
    emulatorRule:
      'editores de la protección = editores de la hoja; tras quitar a todos quedan dueño y usuario',
    run() {
      const sheetEditors = emails(ss.getEditors());
      if (sheetEditors.length < 2)
        return {
          observed: `la hoja tiene ${sheetEditors.length} editor`,
          agrees: null,
          why: 'comparta la hoja con otro editor para comprobarlo',
        };
      const tab = ss.insertSheet(`diag-protección-${Date.now()}`);
      try {
        const protection = tab.protect();
        const initial = emails(protection.getEditors());
        protection.removeEditors(protection.getEditors());
        const left = emails(protection.getEditors());
        const me = Session.getEffectiveUser().getEmail().toLowerCase();
        const owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
        const expectedLeft = [...new Set([me, owner].filter(Boolean))].sort();
        return {
          observed: `al proteger: ${initial.length} de ${sheetEditors.length} editores; quedan: ${left.join(', ')}`,
          agrees:
            initial.join() === sheetEditors.join() &&
            left.join() === expectedLeft.join(),
        };
      } finally {
        ss.deleteSheet(tab);
      }
    },
  };
}
