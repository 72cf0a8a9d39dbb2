// The Master as =FACTURADO sees it: the snapshot the sidebar cached (when the Master is this
// spreadsheet, only one written minutes ago), else read directly (only the columns the totals
// need). Never Drive, never a write.
import type {Settings} from '../../common/settings';
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
  /** The text of the latest snapshot stored under an alias (written at most maxAgeMs ago), or null. */
  latestSnapshot(alias: string, maxAgeMs?: number): string | null;
}

/** What the cell says when the Master is elsewhere and the sidebar never cached it. */
export const NO_SNAPSHOT_MESSAGE =
  'Error: el Master no es esta hoja y no está en caché. Abra Extensiones > Facturación > Abrir panel > Consultar una vez para cargarlo (la copia dura hasta 6 horas).';

/**
 * How old a snapshot of this spreadsheet's Master =FACTURADO still takes instead of reading it.
 * A custom function cannot ask Drive whether the Master changed since (the sidebar does, by its
 * modifiedTime, and writes a new snapshot when it did), so this bounds how long an edit made by
 * hand can go unseen: 10 minutes, the time of a session in the sidebar. Reading 4 columns of
 * 200,000 rows instead costs about 7 s (SpreadsheetApp, 118k cells/s).
 */
export const ACTIVE_SNAPSHOT_MAX_AGE_MS = 10 * 60 * 1000;

/**
 * The Master table for the totals, or a Spanish error text for the cell. A snapshot costs 3 cache
 * calls; reading this spreadsheet costs readMaster's 3 reader calls limited to BILLED_FIELDS.
 */
export function loadBilledMaster(
  ports: BilledMasterPorts,
): MasterTable | string {
  const {settings} = ports;
  if (settings.masterSource.kind === 'active') {
    const recent = ports.latestSnapshot(
      latestSnapshotAlias(settings),
      ACTIVE_SNAPSHOT_MAX_AGE_MS,
    );
    const cached = recent === null ? null : decodeTable(recent);
    if (cached) return cached;
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
