// Full build of the PDF index: breadth-first over the root folders, children listed in OR-groups of
// parents, resumable: it checkpoints its cursor and stops before the 6-minute limit.
import {FOLDER_MIME} from '../../domain/kernel/drive-id';
import {folderHashes} from './folder-hashes';
import {PdfTree} from './tree';
import {buildStatus, formatCount, isoOf} from './status';
import type {
  BuildCursor,
  BuildStore,
  Corpus,
  DriveIndexPort,
  IndexedFolder,
  IndexedPdf,
  JobStatus,
  JobStatusStore,
  PdfIndexStore,
  RunClock,
  SavedBuild,
} from './ports';
import {countText} from '../../common/plural';

/**
 * Parents per Files.list query. Drive sets no documented limit, but long OR-lists of parents
 * have failed with "The query is too complex" and rclone ORs at most 50 (docs/platform.md
 * "Drive queries"): 40 keeps a margin and still lists 1,000 folders in 25 groups.
 */
export const PARENTS_PER_QUERY = 40;

/**
 * Work time per run before checkpointing and stopping: the limit is 6 minutes (docs/platform.md
 * quotas); the rest covers the last page in flight and writing the index sheet.
 */
export const WORK_BUDGET_MS = 4 * 60 * 1000;

/** Pages between checkpoints, so that a run killed anyway loses little work. */
export const CHECKPOINT_EVERY_PAGES = 10;

/** A problem the user must fix (Spanish message), as opposed to a platform failure. */
export class PdfIndexError extends Error {}

export interface BuildPorts {
  drive: DriveIndexPort;
  index: PdfIndexStore;
  build: BuildStore;
  jobs: JobStatusStore;
  clock: RunClock;
}

/** Picks one corpus for all roots: My Drive, one shared drive, or all drives when mixed. */
export function corpusFor(driveIds: ReadonlyArray<string | null>): Corpus {
  const distinct = new Set(driveIds);
  if (distinct.size === 1) {
    const only = driveIds[0];
    return only ? {corpora: 'drive', driveId: only} : {corpora: 'user'};
  }
  return {corpora: 'allDrives'};
}

/** The configured roots as the index's first folders, and the corpus they live in. */
export interface CheckedRoots {
  folders: IndexedFolder[];
  corpus: Corpus;
}

/**
 * Checks the configured roots with Drive (one Files.get each). Throws PdfIndexError with a
 * Spanish message for a missing, unshared, trashed or non-folder root, or for no root at all.
 */
export function checkRoots(
  drive: Pick<DriveIndexPort, 'getRoot'>,
  roots: readonly string[],
): CheckedRoots {
  if (roots.length === 0) {
    throw new PdfIndexError(
      'No hay carpetas de PDF configuradas. Agregue al menos una carpeta raíz en Configuración.',
    );
  }
  const folders: IndexedFolder[] = [];
  const driveIds: Array<string | null> = [];
  for (const id of roots) {
    const root = drive.getRoot(id);
    if (!root) {
      throw new PdfIndexError(
        `La carpeta de PDF con id "${id}" no existe o no está compartida con su cuenta. Revise el id en Configuración o pida acceso a la carpeta.`,
      );
    }
    if (!root.isFolder) {
      throw new PdfIndexError(
        `El id "${id}" de Configuración es el archivo "${root.name}", no una carpeta. Use el id de la carpeta que contiene los PDF.`,
      );
    }
    if (root.trashed) {
      throw new PdfIndexError(
        `La carpeta "${root.name}" (id "${id}") está en la papelera. Restáurela o cambie la carpeta en Configuración.`,
      );
    }
    folders.push({id: root.id, parentId: '', name: root.name});
    driveIds.push(root.driveId);
  }
  return {folders, corpus: corpusFor(driveIds)};
}

/**
 * Checks the configured roots (checkRoots) and returns the first state of a new build, saved so
 * that it can be resumed.
 */
export function startBuild(
  ports: BuildPorts,
  roots: readonly string[],
  jobId: string,
): SavedBuild {
  const {folders, corpus} = checkRoots(ports.drive, roots);
  const startToken = ports.drive.getStartPageToken();
  const now = isoOf(ports.clock.now());
  const cursor: BuildCursor = {
    jobId,
    roots: [...roots],
    corpus,
    startToken,
    folderCount: 0,
    entryCount: 0,
    nextFolder: 0,
    groupSize: 0,
    pageToken: null,
    pdfCount: 0,
    unnamedCount: 0,
    incomplete: false,
    driveCalls: roots.length + 1,
    startedAt: now,
    runs: 0,
  };
  const tree = new PdfTree();
  const unique = folders.filter(f => tree.addFolder(f));
  cursor.folderCount = unique.length;
  ports.build.save(cursor, unique, []);
  return {cursor, folders: unique, entries: []};
}

/**
 * Continues a saved build within this run's time budget (runStartMs is when the run began).
 * Returns the job status: 'paused' when it stopped to be resumed, 'done' when the index was
 * written. A Drive failure that outlasts the retries pauses the build at its last page.
 */
export function continueBuild(
  ports: BuildPorts,
  saved: SavedBuild,
  runStartMs: number,
): JobStatus {
  const cursor: BuildCursor = {...saved.cursor, runs: saved.cursor.runs + 1};
  const tree = new PdfTree(saved.folders, saved.entries);
  let newFolders: IndexedFolder[] = [];
  let newEntries: IndexedPdf[] = [];
  let pagesSinceSave = 0;
  const warnings: string[] = [];

  const checkpoint = () => {
    cursor.folderCount += newFolders.length;
    cursor.entryCount += newEntries.length;
    ports.build.save(cursor, newFolders, newEntries);
    newFolders = [];
    newEntries = [];
    pagesSinceSave = 0;
  };
  const report = (state: JobStatus['state'], message?: string) => {
    const status = buildStatus(
      cursor,
      tree.folders.length,
      state,
      message,
      warnings,
      ports.clock.now(),
    );
    ports.jobs.put(status);
    return status;
  };

  report('running');
  for (;;) {
    if (ports.clock.now() - runStartMs > WORK_BUDGET_MS) {
      checkpoint();
      return report('paused');
    }
    if (cursor.groupSize === 0) {
      if (cursor.nextFolder >= tree.folders.length) break;
      cursor.groupSize = Math.min(
        PARENTS_PER_QUERY,
        tree.folders.length - cursor.nextFolder,
      );
      cursor.pageToken = null;
    }
    const parents = tree.folders
      .slice(cursor.nextFolder, cursor.nextFolder + cursor.groupSize)
      .map(f => f.id);
    let page;
    try {
      cursor.driveCalls++;
      page = ports.drive.listChildren(parents, cursor.corpus, cursor.pageToken);
    } catch (e) {
      checkpoint();
      const reason = e instanceof Error ? e.message : String(e);
      return report(
        'paused',
        `Drive no respondió (${reason}). Lo encontrado hasta ahora quedó guardado; vuelva a actualizar el índice para continuar.`,
      );
    }
    if (page.incompleteSearch) cursor.incomplete = true;
    const parentSet = new Set(parents);
    for (const item of page.items) {
      const parentId =
        item.parents.find(p => parentSet.has(p)) ?? tree.knownParent(item);
      if (!parentId || item.trashed) continue;
      if (item.mimeType === FOLDER_MIME) {
        const folder = {id: item.id, parentId, name: item.name};
        if (tree.addFolder(folder)) newFolders.push(folder);
      } else {
        if (tree.hasFile(item.id)) continue;
        const added = tree.addPdf(item, parentId);
        cursor.pdfCount++;
        if (added.length === 0) cursor.unnamedCount++;
        newEntries.push(...added);
      }
    }
    cursor.pageToken = page.nextPageToken;
    if (!cursor.pageToken) {
      cursor.nextFolder += cursor.groupSize;
      cursor.groupSize = 0;
    }
    if (++pagesSinceSave >= CHECKPOINT_EVERY_PAGES) checkpoint();
    else report('running');
  }

  if (cursor.incomplete) {
    warnings.push(
      'Drive indicó que algunas búsquedas fueron incompletas (incompleteSearch): puede faltar algún PDF. Vuelva a construir el índice más tarde.',
    );
  }
  if (cursor.pdfCount === 0) {
    warnings.push('Las carpetas configuradas no contienen ningún PDF.');
  }
  const entries = tree.entries();
  ports.index.write({
    meta: {
      roots: cursor.roots,
      builtAt: isoOf(ports.clock.now()),
      changesToken: cursor.startToken,
      corpus: cursor.corpus,
      pdfCount: cursor.pdfCount,
      unnamedCount: cursor.unnamedCount,
      incomplete: cursor.incomplete,
      entryCount: entries.length,
      folderCount: tree.folders.length,
      folderHashes: folderHashes(tree.folders.map(f => f.id)),
    },
    folders: tree.folders,
    entries,
  });
  ports.build.clear();
  return report(
    'done',
    `Índice listo: ${formatCount(cursor.pdfCount)} PDF en ${countText(tree.folders.length, {one: 'carpeta', other: 'carpetas'})} (${formatCount(cursor.unnamedCount)} sin número de factura en el nombre).`,
  );
}
