// Looking invoices up: in the stored PDF index (no Drive call) or, with no index for these roots,
// by direct name searches in Drive; with the index's own status.
import {driveUrl} from '../../domain/kernel/drive-id';
import {
  groupByKey,
  matchPdfs,
  type PdfIndexEntry,
  type PdfMatch,
} from '../../domain/pdf/match';
import type {
  FindPdfsResult,
  PdfCounts,
  PdfFileDto,
  PdfIndexStatusDto,
  PdfLookupDto,
  PdfRequestInput,
} from '../../common/pdf-api';
import type {
  BuildStore,
  IndexMeta,
  PdfIndexStore,
  RunClock,
} from '../pdf-index/ports';
import {formatCount} from '../pdf-index/status';
import type {PdfSearchPort} from './ports';
import {formatInstant} from '../../domain/kernel/format';
import {countText} from '../../common/plural';
import {readRequests} from './requests';
import {searchDriveForPdfs} from './search-drive';
import {withMasterFacts} from './master-facts';
import type {MasterTable} from '../../domain/master/table';

/** An index older than this gets a reminder to refresh it. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface FindPorts {
  index: PdfIndexStore;
  build: BuildStore;
  /** Root folder ids from settings. */
  roots: readonly string[];
  now: number;
  /** Drive, for the direct search when there is no index for these roots. */
  drive: PdfSearchPort;
  clock: RunClock;
  /**
   * The Master as last cached (no Drive, no sheet read), for numbers given without their row;
   * null when there is none. Called only when some number needs it.
   */
  masterTable?: () => MasterTable | null;
}

/**
 * Most invoices searched directly in Drive when there is no index: 100 name searches (20
 * invoices each, about 0.3 s apiece) plus the folder listing stay well inside one run; past it,
 * building the index (resumable, and then 0 Drive calls per lookup) is the cheaper way.
 */
export const MAX_DIRECT_SEARCH = 2000;

/** Said when pasted numbers could not be compared with their Master rows. */
export const NO_MASTER_FOR_FOLDERS =
  'La carpeta de cada PDF no se comparó con el mes y la rama de su fila del Master, porque el Master aún no está en caché: haga una consulta en Consultar y busque de nuevo.';

function fileDto(e: PdfIndexEntry): PdfFileDto {
  return {
    fileId: e.fileId,
    name: e.name,
    folderPath: e.folderPath,
    modified: e.modified,
    url: driveUrl(e.fileId),
    size: e.size,
  };
}

export function lookupDto(m: PdfMatch): PdfLookupDto {
  return {
    invoice: m.key,
    status: m.status,
    files: m.files.map(fileDto),
    reason: m.reason ?? '',
  };
}

export function countStatuses(
  results: readonly {status: keyof PdfCounts}[],
): PdfCounts {
  const counts: PdfCounts = {found: 0, duplicate: 0, missing: 0, suspicious: 0};
  for (const r of results) counts[r.status]++;
  return counts;
}

const FOLDERS = {one: 'carpeta', other: 'carpetas'};

/** What the index is: built when, how big, whether it matches the settings, an unfinished build. */
export function indexStatus(
  meta: IndexMeta | null,
  unfinishedJobId: string | null,
  roots: readonly string[],
  now: number,
): PdfIndexStatusDto {
  if (!meta) {
    return {
      exists: false,
      builtAt: null,
      pdfCount: 0,
      entryCount: 0,
      folderCount: 0,
      rootsChanged: false,
      unfinishedJobId,
      message: unfinishedJobId
        ? 'El índice de PDF se está construyendo: continúe la actualización para terminarlo.'
        : 'Todavía no hay índice de PDF: use «Actualizar índice» para construirlo.',
    };
  }
  const rootsChanged =
    meta.roots.length !== roots.length ||
    meta.roots.some((r, i) => r !== roots[i]);
  const age = now - Date.parse(meta.builtAt);
  let message = `Índice del ${formatInstant(Date.parse(meta.builtAt))}: ${formatCount(meta.pdfCount)} PDF en ${countText(meta.folderCount, FOLDERS)}.`;
  if (rootsChanged) {
    message += ' Las carpetas de Configuración cambiaron: actualice el índice.';
  } else if (age > STALE_AFTER_MS) {
    message += ' Tiene más de un día: actualícelo si faltan PDF recientes.';
  }
  if (meta.incomplete) {
    message += ' Drive indicó que alguna búsqueda fue incompleta.';
  }
  return {
    exists: true,
    builtAt: meta.builtAt,
    pdfCount: meta.pdfCount,
    entryCount: meta.entryCount,
    folderCount: meta.folderCount,
    rootsChanged,
    unfinishedJobId,
    message,
  };
}

/**
 * Reads the request and answers it by the cheaper way: the stored index when there is one for
 * these roots (one sheet read, no Drive call), else up to MAX_DIRECT_SEARCH invoices by direct
 * searches in Drive (search-drive.ts, the same exact matching); more than that with no index gets
 * no answer but the advice to build it.
 */
export function lookupPdfs(
  ports: FindPorts,
  input: PdfRequestInput,
): FindPdfsResult {
  const read = readRequests(input);
  const {messages} = read;
  let requests = read.requests;
  if (ports.masterTable && requests.some(r => !r.tab && !r.date)) {
    const table = ports.masterTable();
    if (table) requests = withMasterFacts(requests, table);
    else if (requests.length > 0) messages.push(NO_MASTER_FOR_FOLDERS);
  }
  const meta = ports.index.readMeta();
  const unfinished = ports.build.cursor()?.jobId ?? null;
  const index = indexStatus(meta, unfinished, ports.roots, ports.now);
  const usable = meta !== null && !index.rootsChanged;
  if (!usable && requests.length > 0 && requests.length <= MAX_DIRECT_SEARCH) {
    const found = searchDriveForPdfs(
      ports.drive,
      ports.clock,
      ports.roots,
      requests,
    );
    const results = found.matches.map(lookupDto);
    messages.push(
      `${index.message} Se buscó directamente en Drive (${formatCount(found.calls)} consultas).`,
    );
    if (found.incomplete)
      messages.push(
        'Drive indicó que alguna búsqueda fue incompleta: puede faltar algún PDF.',
      );
    return {results, counts: countStatuses(results), messages, index};
  }
  const stored = usable ? ports.index.read() : null;
  if (!stored) {
    return {
      results: [],
      counts: countStatuses([]),
      messages: [...messages, index.message],
      index,
    };
  }
  const results = matchPdfs(requests, groupByKey(stored.entries)).map(
    lookupDto,
  );
  if (ports.now - Date.parse(stored.meta.builtAt) > STALE_AFTER_MS) {
    messages.push(index.message);
  }
  return {results, counts: countStatuses(results), messages, index};
}
