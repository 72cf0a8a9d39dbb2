// "Ir a la fila": selects a Master row in the open spreadsheet.
import {hostSpreadsheet} from '../common/spreadsheets';
import {sameTabName} from '../../domain/kernel/text-fold';

/**
 * Activates the tab (matched ignoring case, accents and spaces) and selects the whole row.
 * Throws a Spanish message when the tab or row does not exist.
 */
export function selectMasterRow(tab: string, row: number): void {
  const ss = hostSpreadsheet();
  const sheet = ss.getSheets().find(s => sameTabName(s.getName(), tab));
  if (!sheet)
    throw new Error(`Esta hoja de cálculo no tiene la hoja '${tab}'.`);
  if (!Number.isInteger(row) || row < 1 || row > sheet.getMaxRows()) {
    throw new Error(`La hoja '${sheet.getName()}' no tiene la fila ${row}.`);
  }
  sheet.activate();
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}
