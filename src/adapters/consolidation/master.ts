// The Master as the consolidation's append sees it: its invoice tabs (header row detected, invoice
// numbers read), a backup copy in its folder (Drive), and the append itself, undone if a write fails.
import {hostSpreadsheet} from '../common/spreadsheets';
import type {AppendLock, MasterPort} from '../../app/consolidation/ports';
import type {TargetTab} from '../../domain/consolidation/join';
import {
  TARGET_ORDER,
  TARGET_TABS,
  masterHeaderRow,
  type MasterTabState,
  type TabAppendPlan,
} from '../../domain/consolidation/rows';
import {vocabularyWith, type Vocabulary} from '../../domain/master/vocabulary';
import {parseDriveId} from '../../domain/kernel/drive-id';
import {foldKey, sameTabName} from '../../domain/kernel/text-fold';
import type {
  MasterProfileSettings,
  MasterSourceSettings,
} from '../../common/settings';
import {requireDrive} from '../common/advanced-services';
import {withRetry} from '../common/retry';
import {copyTaggedFile, fileUrl, nameContains} from '../common/drive-once';
import {ensureRows, toCells} from './sheets';
import {readCells} from '../common/cells';
import {driveMasterLocator} from '../master/locator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows scanned from the top of a Master tab for its header row (titles sit above it). */
const HEADER_SCAN_ROWS = 15;

/**
 * A MasterPort for the Master named in settings. It must be a Google Sheet: an .xlsx Master is read
 * through a converted copy, and appending there would be lost, so it is refused.
 */
export function sheetMaster(
  source: MasterSourceSettings,
  profile: MasterProfileSettings,
): MasterPort {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  let fileId = '';
  /** The Master's own time zone: its Date cells are read, and new dates written, in it. */
  let zone = '';
  const sheets = new Map<string, {sheet: Sheet; headerRow: number}>();
  const vocabulary = vocabularyWith(profile.synonyms);

  return {
    readTabs() {
      const location = driveMasterLocator.locate(source);
      // An .xlsx Master is located as its converted copy: the copy's id is not the file's own.
      if (
        !location.isActive &&
        parseDriveId(location.url) !== location.fileId
      ) {
        throw new Error(
          `El Master "${location.name}" es un archivo de Excel: solo se pueden agregar filas a una Hoja de cálculo de Google. Conviértalo (Archivo > Guardar como Hojas de cálculo de Google) y elíjalo en Configuración.`,
        );
      }
      fileId = location.fileId;
      spreadsheet = location.isActive
        ? hostSpreadsheet()
        : SpreadsheetApp.openById(location.fileId);
      zone = spreadsheet.getSpreadsheetTimeZone();
      const all = spreadsheet.getSheets();
      const tabs: Partial<Record<TargetTab, MasterTabState>> = {};
      for (const tab of TARGET_ORDER) {
        const sheet = findTab(all, tab, profile.invoiceTabs);
        if (!sheet) continue;
        const state = readTab(sheet, tab, zone, vocabulary);
        tabs[tab] = state;
        sheets.set(state.name, {sheet, headerRow: state.headerRow});
      }
      return {name: location.name, tabs};
    },

    backup(name: string, reviewId: string) {
      const drive = requireDrive();
      const file = withRetry(() =>
        drive.Files.get(fileId, {
          fields: 'id,parents',
          supportsAllDrives: true,
        }),
      );
      const folderId = file.parents?.[0];
      if (!folderId)
        throw new Error(
          'no se encontró la carpeta del Master para guardar la copia de respaldo.',
        );
      // One backup per review: a rerun after a kill, or a retry after a lost answer, finds the
      // copy already made (tagged with the review) instead of making a second one.
      const copy = copyTaggedFile(
        fileId,
        folderId,
        name,
        `respaldo ${reviewId}`,
        {
          sameJob: nameContains('BACKUP_'),
        },
      );
      return {name: copy.name ?? name, url: fileUrl(copy)};
    },

    append(plans: TabAppendPlan[]): number[] {
      const written: GoogleAppsScript.Spreadsheet.Range[] = [];
      const firstRows: number[] = [];
      for (const plan of plans) {
        const found = sheets.get(plan.masterTab);
        if (!found)
          throw new Error(`no se encontró la hoja '${plan.masterTab}'.`);
        const first =
          Math.max(found.sheet.getLastRow(), found.headerRow + 1) + 1;
        let range: GoogleAppsScript.Spreadsheet.Range;
        try {
          ensureRows(found.sheet, first + plan.rows.length - 1);
          range = found.sheet.getRange(first, 1, plan.rows.length, plan.width);
          range.setValues(toCells(plan.rows, plan.dateColumns, zone));
        } catch (e) {
          const undone = undo(written);
          throw new Error(
            `falló la escritura en la hoja '${plan.masterTab}' (${(e as Error).message}).${undone ? '' : ' No se pudieron borrar las filas ya escritas en otras hojas: restaure la copia de respaldo.'}`,
          );
        }
        written.push(range);
        firstRows.push(first);
      }
      return firstRows;
    },
  };
}

/** The Master tab for a target: by its usual names, else an invoice tab of the profile that says so. */
function findTab(
  all: Sheet[],
  tab: TargetTab,
  invoiceTabs: string[],
): Sheet | null {
  const names = TARGET_TABS[tab].tabNames;
  const byName = all.find(s => names.some(n => sameTabName(s.getName(), n)));
  if (byName) return byName;
  const word = tab === 'mandato' ? 'mandato' : 'costosfijos';
  return (
    all.find(
      s =>
        invoiceTabs.some(t => sameTabName(s.getName(), t)) &&
        foldKey(s.getName()).includes(word),
    ) ?? null
  );
}

/** Header row (scanned) and the invoice numbers below it: two reads. */
function readTab(
  sheet: Sheet,
  tab: TargetTab,
  zone: string,
  vocabulary: Vocabulary,
): MasterTabState {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const name = sheet.getName();
  if (lastRow === 0 || lastColumn === 0) {
    throw new Error(
      `La hoja '${name}' del Master está vacía: no tiene encabezados.`,
    );
  }
  const top = readCells(
    sheet
      .getRange(1, 1, Math.min(HEADER_SCAN_ROWS, lastRow), lastColumn)
      .getValues(),
    zone,
  );
  const found = masterHeaderRow(tab, top, vocabulary);
  if (!found) {
    throw new Error(
      `La hoja '${name}' del Master no tiene la columna '# Factura' en sus primeras ${HEADER_SCAN_ROWS} filas.`,
    );
  }
  const {headerRow, numberColumn} = found;
  const headers = top[headerRow].map(h => String(h ?? '').trim());
  const dataRows = lastRow - headerRow - 1;
  const existingNumbers =
    dataRows > 0
      ? readCells(
          sheet
            .getRange(headerRow + 2, numberColumn + 1, dataRows, 1)
            .getValues(),
          zone,
        ).map(r => r[0])
      : [];
  return {name, headerRow, headers, existingNumbers};
}

/** Clears the rows appended so far (they were blank before); false when that failed. */
function undo(written: GoogleAppsScript.Spreadsheet.Range[]): boolean {
  try {
    for (const range of written) range.clearContent();
    return true;
  } catch {
    return false;
  }
}

/** The append lock: the script lock, so two users (in any document) never append at once. */
export function scriptAppendLock(): AppendLock {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  return {
    acquire() {
      lock = LockService.getScriptLock();
      if (!lock.tryLock(30000)) {
        lock = null;
        throw new Error(
          'Otra persona está agregando filas al Master en este momento; intente de nuevo en un minuto.',
        );
      }
    },
    release() {
      lock?.releaseLock();
      lock = null;
    },
  };
}
