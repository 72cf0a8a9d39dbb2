// A write refused because the user may only view the spreadsheet becomes a Spanish message saying
// they need edit access; checked only after a failure, so a normal run pays nothing for it.
import {currentSpreadsheet} from './spreadsheets';
import {requireDrive} from './advanced-services';

/** What a viewer sees when an action needs to write into the spreadsheet. */
export const VIEW_ONLY_MESSAGE =
  'Usted solo tiene acceso de lectura a esta hoja de cálculo. Pida a su propietario acceso de edición para usar esta función de Facturación.';

/**
 * Whether the current user may edit the active spreadsheet: Drive's `capabilities.canEdit`
 * (developers.google.com/drive/api/reference/rest/v3/files), which counts access through a group
 * or the domain. True when there is no spreadsheet or Drive cannot say (the original error stands).
 */
export function canEditActiveSpreadsheet(): boolean {
  const ss = currentSpreadsheet();
  if (!ss) return true;
  try {
    const file = requireDrive().Files!.get(ss.getId(), {
      fields: 'capabilities(canEdit)',
      supportsAllDrives: true,
    });
    return file.capabilities?.canEdit !== false;
  } catch {
    return true;
  }
}

/** Runs an action that writes; when it fails for a user with view access only, says so in Spanish. */
export function withEditAccess<T>(action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (!canEditActiveSpreadsheet()) throw new Error(VIEW_ONLY_MESSAGE);
    throw e;
  }
}
