// Incremental refresh of the PDF index from the Drive Changes API, and the entry point that picks
// between resuming a build, refreshing, or building from scratch.
import {FOLDER_MIME, PDF_MIME} from '../../domain/kernel/drive-id';
import {folderHashes, folderTest} from './folder-hashes';
import {PdfTree} from './tree';
import {
  continueBuild,
  PARENTS_PER_QUERY,
  startBuild,
  type BuildPorts,
} from './build-index';
import {isoOf} from './status';
import type {DriveChange, IndexMeta, JobStatus} from './ports';
import {countText} from '../../common/plural';

/** Change pages read before giving up on incremental work and rebuilding (1,000 changes a page). */
export const MAX_CHANGE_PAGES = 5;
/** New folders listed by a refresh before a full build is cheaper and safer. */
export const MAX_NEW_FOLDERS = 200;

export interface RefreshOptions {
  /** Rebuild from scratch even when a refresh would do. */
  full?: boolean;
  /** Drop an unfinished build and start over. */
  restart?: boolean;
}

/** A change the index may care about: a PDF, a folder, or a removal that does not say what it was. */
function mayTouchIndex(c: DriveChange): boolean {
  return (
    c.removed ||
    !c.file ||
    c.file.mimeType === PDF_MIME ||
    c.file.mimeType === FOLDER_MIME
  );
}

/**
 * Whether a change may touch the indexed tree, told from the folder hashes alone: a folder that is
 * or goes into an indexed folder, a PDF that goes into one, a PDF that may have left one (unless it
 * was created after the index was written, so it was never in it), or a removal that does not say
 * what it was. Anything else is outside the roots.
 */
function mayTouchTree(
  c: DriveChange,
  inTree: (id: string) => boolean,
  indexedAt: string,
): boolean {
  if (!mayTouchIndex(c)) return false;
  const f = c.file;
  if (c.removed || !f) return true;
  if (f.parents.some(inTree)) return true;
  if (f.mimeType === FOLDER_MIME) return inTree(f.id);
  return !(f.createdTime && f.createdTime > indexedAt);
}

function sameRoots(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Applies the Drive changes since the index's token. Returns null when a full build is needed
 * (token rejected, too many changes or new folders).
 */
export function refreshFromChanges(
  ports: BuildPorts,
  storedMeta: IndexMeta,
  jobId: string,
): JobStatus | null {
  const startedAt = isoOf(ports.clock.now());
  const changes: DriveChange[] = [];
  let token: string | null = storedMeta.changesToken;
  let newToken: string | null = null;
  let calls = 0;
  try {
    for (let pages = 0; token; pages++) {
      if (pages >= MAX_CHANGE_PAGES) return null;
      const page = ports.drive.listChanges(token);
      calls++;
      for (const c of page.changes) changes.push(c);
      token = page.nextPageToken;
      newToken = page.newStartPageToken ?? newToken;
    }
  } catch {
    return null;
  }
  const meta = {
    ...storedMeta,
    builtAt: isoOf(ports.clock.now()),
    changesToken: newToken ?? storedMeta.changesToken,
  };
  let folderCount: number | null = null;
  const done = (message: string, warnings: string[] = []): JobStatus => {
    const status: JobStatus = {
      jobId,
      kind: 'pdf-index',
      state: 'done',
      message,
      foldersListed: folderCount ?? storedMeta.folderCount,
      foldersKnown: folderCount ?? storedMeta.folderCount,
      pdfsFound: meta.pdfCount,
      driveCalls: calls,
      startedAt,
      updatedAt: isoOf(ports.clock.now()),
      warnings,
    };
    ports.jobs.put(status);
    return status;
  };
  if (changes.length === 0) {
    ports.index.writeMeta(meta);
    return done('El índice de PDF está al día: no hubo cambios en Drive.');
  }
  // A file that is neither a PDF nor a folder (the add-on's own spreadsheet, ZIPs, exports) was
  // never in the index and cannot become part of it (a file keeps its type): no need to read it.
  if (!changes.some(mayTouchIndex)) {
    ports.index.writeMeta(meta);
    return done(
      'El índice de PDF está al día: ningún cambio de Drive es de un PDF o una carpeta.',
    );
  }

  const inTree = storedMeta.folderHashes
    ? folderTest(storedMeta.folderHashes)
    : null;
  if (
    inTree &&
    !changes.some(c => mayTouchTree(c, inTree, storedMeta.builtAt))
  ) {
    ports.index.writeMeta(meta);
    return done(
      'El índice de PDF está al día: ningún cambio de Drive toca las carpetas configuradas.',
    );
  }

  const stored = ports.index.read();
  if (!stored) return null;
  const tree = new PdfTree(stored.folders, stored.entries);
  const roots = new Set(storedMeta.roots);
  const toList: string[] = [];
  const isFolderChange = (c: DriveChange) =>
    c.file ? c.file.mimeType === FOLDER_MIME : tree.hasFolder(c.fileId);
  let touched = 0;
  // Folders first, so that a PDF created in a new folder in the same batch finds its parent.
  for (const c of changes.filter(isFolderChange)) {
    const gone = c.removed || !c.file || c.file.trashed;
    if (roots.has(c.fileId)) {
      if (gone) return null;
      const root = tree.getFolder(c.fileId);
      if (root && c.file) tree.updateFolder({...root, name: c.file.name});
      touched++;
      continue;
    }
    const parent = c.file && !gone ? tree.knownParent(c.file) : null;
    if (tree.hasFolder(c.fileId)) {
      if (parent && c.file)
        tree.updateFolder({id: c.fileId, parentId: parent, name: c.file.name});
      else tree.removeFolderTree(c.fileId);
      touched++;
    } else if (parent && c.file) {
      tree.addFolder({id: c.fileId, parentId: parent, name: c.file.name});
      toList.push(c.fileId);
      touched++;
    }
  }
  let pdfDelta = 0;
  for (const c of changes.filter(c => !isFolderChange(c))) {
    if (tree.removeFile(c.fileId)) {
      pdfDelta--;
      touched++;
    }
    const f = c.file;
    if (c.removed || !f || f.trashed || f.mimeType !== PDF_MIME) continue;
    const parent = tree.knownParent(f);
    if (!parent) continue;
    tree.addPdf(f, parent);
    pdfDelta++;
    touched++;
  }
  // Folders that arrived (created or moved in): list what is inside them, breadth-first.
  for (let next = 0; next < toList.length;) {
    if (toList.length > MAX_NEW_FOLDERS) return null;
    const parents = toList.slice(next, next + PARENTS_PER_QUERY);
    next += parents.length;
    let pageToken: string | null = null;
    do {
      const page = ports.drive.listChildren(
        parents,
        stored.meta.corpus,
        pageToken,
      );
      calls++;
      if (page.incompleteSearch) meta.incomplete = true;
      for (const item of page.items) {
        const parent = tree.knownParent(item);
        if (!parent || item.trashed) continue;
        if (item.mimeType === FOLDER_MIME) {
          if (tree.addFolder({id: item.id, parentId: parent, name: item.name}))
            toList.push(item.id);
        } else if (!tree.hasFile(item.id)) {
          tree.addPdf(item, parent);
          pdfDelta++;
        }
      }
      pageToken = page.nextPageToken;
    } while (pageToken);
  }
  folderCount = tree.folders.length;
  if (touched === 0) {
    ports.index.writeMeta(meta);
    return done(
      'El índice de PDF está al día: ningún cambio de Drive toca las carpetas configuradas.',
    );
  }
  meta.pdfCount = Math.max(0, meta.pdfCount + pdfDelta);
  const entries = tree.entries();
  meta.entryCount = entries.length;
  meta.folderCount = tree.folders.length;
  meta.folderHashes = folderHashes(tree.folders.map(f => f.id));
  ports.index.write({meta, folders: tree.folders, entries});
  return done(
    `Índice de PDF actualizado con ${countText(touched, {one: 'cambio', other: 'cambios'})} de Drive (${countText(tree.folders.length, {one: 'carpeta', other: 'carpetas'})}).`,
  );
}

/**
 * Brings the index up to date: resumes an unfinished build, else refreshes from the Changes
 * API, else (no index, other roots, options.full, or too many changes) builds from scratch.
 */
export function refreshPdfIndexJob(
  ports: BuildPorts,
  roots: readonly string[],
  options: RefreshOptions,
  newJobId: string,
): JobStatus {
  const runStart = ports.clock.now();
  if (options.restart) {
    ports.build.clear();
    const fresh = startBuild(ports, roots, newJobId);
    return continueBuild(ports, fresh, runStart);
  }
  const saved = ports.build.load();
  if (saved && sameRoots(saved.cursor.roots, roots)) {
    return continueBuild(ports, saved, runStart);
  }
  if (!options.full) {
    const meta = ports.index.readMeta();
    if (meta && sameRoots(meta.roots, roots) && meta.changesToken) {
      const status = refreshFromChanges(ports, meta, newJobId);
      if (status) return status;
    }
  }
  const fresh = startBuild(ports, roots, newJobId);
  return continueBuild(ports, fresh, runStart);
}
