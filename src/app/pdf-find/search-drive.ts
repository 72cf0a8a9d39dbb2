// Finding a few invoices' PDFs with no index: exact name searches in Drive, kept to the roots' tree.
import {FOLDER_MIME} from '../../domain/kernel/drive-id';
import {invoiceKeysInFileName} from '../../domain/pdf/file-name';
import {
  groupByKey,
  matchPdfs,
  type PdfMatch,
  type PdfRequest,
} from '../../domain/pdf/match';
import {searchWordsFor} from '../../domain/pdf/name-search';
import {checkRoots, PdfIndexError} from '../pdf-index/build-index';
import {PdfTree} from '../pdf-index/tree';
import type {
  DriveItem,
  IndexedFolder,
  IndexedPdf,
  RunClock,
} from '../pdf-index/ports';
import type {PdfSearchPort} from './ports';

/**
 * Invoices per name search: two `name contains` terms each, 40 ORed terms a query, the size the
 * index lister ORs parents in (docs/platform.md "Drive queries": others OR at most 50 and met
 * "The query is too complex").
 */
export const INVOICES_PER_SEARCH = 20;

/** Time for the direct search in one run before giving up and pointing at the index. */
export const SEARCH_BUDGET_MS = 3 * 60 * 1000;

export interface DriveSearchOutcome {
  matches: PdfMatch[];
  /** Drive calls made (roots, name searches, folder pages). */
  calls: number;
  /** Drive said a search may have missed items. */
  incomplete: boolean;
}

/** Where each folder met so far stands: inside a root (with its parent in the tree) or outside. */
class FolderPlacer {
  private readonly seen = new Map<string, DriveItem>();
  private readonly inside = new Map<string, IndexedFolder>();
  private readonly outside = new Set<string>();
  private complete = false;

  constructor(roots: readonly IndexedFolder[]) {
    for (const r of roots) this.inside.set(r.id, r);
  }

  add(folder: DriveItem): void {
    if (folder.mimeType === FOLDER_MIME && !folder.trashed)
      this.seen.set(folder.id, folder);
  }

  /** Every folder of the corpus has been listed: an unplaced folder is outside the roots. */
  finish(): void {
    this.complete = true;
  }

  /** True inside, false outside, null when not known yet. */
  place(id: string, path: Set<string> = new Set()): boolean | null {
    if (this.inside.has(id)) return true;
    if (this.outside.has(id)) return false;
    const folder = this.seen.get(id);
    if (!folder || path.has(id)) {
      if (!this.complete) return null;
      this.outside.add(id);
      return false;
    }
    path.add(id);
    let unknown = false;
    for (const parent of folder.parents) {
      const placed = this.place(parent, path);
      if (placed) {
        this.inside.set(id, {id, parentId: parent, name: folder.name});
        return true;
      }
      if (placed === null) unknown = true;
    }
    if (unknown) return null;
    this.outside.add(id);
    return false;
  }

  /** The folders inside, roots first, each after its parent. */
  tree(): PdfTree {
    return new PdfTree([...this.inside.values()]);
  }
}

/**
 * Finds the requests' PDFs with one name search per INVOICES_PER_SEARCH invoices and the
 * corpus's folder listing (stopped as soon as every hit's folder is placed), then matches them
 * exactly as the index would: the same file-name reader, the same folder paths from the root's
 * name, the same found / duplicate / missing / suspicious rules.
 */
export function searchDriveForPdfs(
  drive: PdfSearchPort,
  clock: RunClock,
  roots: readonly string[],
  requests: readonly PdfRequest[],
): DriveSearchOutcome {
  const start = clock.now();
  const overBudget = () => {
    if (clock.now() - start > SEARCH_BUDGET_MS) {
      throw new PdfIndexError(
        'La búsqueda directa en Drive tardó demasiado para tantas facturas. Use «Actualizar índice» para construir el índice de PDF y vuelva a buscar.',
      );
    }
  };
  const {folders, corpus} = checkRoots(drive, roots);
  let calls = roots.length;
  let incomplete = false;
  const wanted = new Set(requests.map(r => r.key));
  const hits = new Map<string, DriveItem>();
  for (let i = 0; i < requests.length; i += INVOICES_PER_SEARCH) {
    const words = requests
      .slice(i, i + INVOICES_PER_SEARCH)
      .flatMap(r => searchWordsFor(r.key));
    let pageToken: string | null = null;
    do {
      overBudget();
      const page = drive.searchPdfs(words, corpus, pageToken);
      calls++;
      if (page.incompleteSearch) incomplete = true;
      for (const item of page.items) {
        if (item.trashed || hits.has(item.id)) continue;
        if (invoiceKeysInFileName(item.name).some(k => wanted.has(k)))
          hits.set(item.id, item);
      }
      pageToken = page.nextPageToken;
    } while (pageToken);
  }

  const placer = new FolderPlacer(folders);
  // A hit is settled when one of its folders is inside a root, or all of them are outside.
  const settled = (hit: DriveItem) => {
    let unknown = false;
    for (const p of hit.parents) {
      const placed = placer.place(p);
      if (placed) return true;
      if (placed === null) unknown = true;
    }
    return !unknown;
  };
  const unsettled = () => [...hits.values()].some(h => !settled(h));
  if (unsettled()) {
    let pageToken: string | null = null;
    for (;;) {
      overBudget();
      const page = drive.listFolders(corpus, pageToken);
      calls++;
      if (page.incompleteSearch) incomplete = true;
      for (const item of page.items) placer.add(item);
      pageToken = page.nextPageToken;
      if (!pageToken) placer.finish();
      // unsettled() also places every hit's folders, which the tree below is made of.
      if (!unsettled() || !pageToken) break;
    }
  }

  const tree = placer.tree();
  const entries: IndexedPdf[] = [];
  for (const hit of hits.values()) {
    const parent = tree.knownParent(hit);
    if (!parent) continue;
    for (const e of tree.addPdf(hit, parent))
      if (wanted.has(e.key)) entries.push(e);
  }
  return {
    matches: matchPdfs(requests, groupByKey(entries)),
    calls,
    incomplete,
  };
}
