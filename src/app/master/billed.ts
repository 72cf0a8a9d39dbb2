// The Master as =FACTURADO sees it: read directly when it is this spreadsheet (only the columns the
// totals need), otherwise the latest snapshot the sidebar cached. Never Drive, never a write.
import type {Settings} from '../../shared/settings';
import {BILLED_FIELDS} from '../../domain/master/billed';
import {decodeTable} from '../../domain/master/snapshot';
import type {MasterTable} from '../../domain/master/table';
import {readMaster} from './read';
import type {MasterSheetReader} from './ports';
import {latestSnapshotAlias} from './service';

/** What a custom function may use to reach the Master (read-only, no Drive). */
export interface BilledMasterPorts {
  settings: Settings;
  /** Id of the spreadsheet the function runs in. */
  activeFileId(): string;
  /** A reader that opens only the active spreadsheet. */
  reader: MasterSheetReader;
  /** The text of the latest snapshot stored under an alias, or null. */
  latestSnapshot(alias: string): string | null;
}

/** What the cell says when the Master is elsewhere and the sidebar never cached it. */
export const NO_SNAPSHOT_MESSAGE =
  'Error: el Master no es esta hoja y no está en caché. Abra Extensiones > Facturación > Abrir panel > Consultar una vez para cargarlo (la copia dura hasta 6 horas).';

/**
 * The Master table for the totals, or a Spanish error text for the cell. Reading this spreadsheet
 * costs readMaster's 3 reader calls limited to BILLED_FIELDS; a snapshot costs 3 cache calls.
 */
export function loadBilledMaster(
  ports: BilledMasterPorts,
): MasterTable | string {
  const {settings} = ports;
  if (settings.masterSource.kind === 'active') {
    try {
      return readMaster(
        ports.reader,
        ports.activeFileId(),
        settings.masterProfile,
        BILLED_FIELDS,
      ).table;
    } catch (e) {
      return `Error: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  const text = ports.latestSnapshot(latestSnapshotAlias(settings));
  const table = text === null ? null : decodeTable(text);
  return table ?? NO_SNAPSHOT_MESSAGE;
}
