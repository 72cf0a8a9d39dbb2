// Runs a query over the store for one user and one corpus: which items are searched (My Drive,
// one shared drive, all drives), which the user may see, and in what order.
import {ApiError} from './errors';
import {candidates, matches, type EvalContext} from './query-eval';
import type {QueryNode} from './query-parser';
import {FOLDER_MIME, type DriveItem, type DriveStore} from './store';

/**
 * allDrives searches give up past this many shared drives and answer incompleteSearch: true
 * (ASSUMPTION: Google documents only that "all corpora couldn't be searched", not when; the
 * emulator's rule is "more than ALL_DRIVES_SEARCH_LIMIT shared drives the user belongs to", and
 * only the first ones, by creation, are searched). Adjustable per store via
 * `store.allDrivesSearchLimit` for tests.
 */
export const ALL_DRIVES_SEARCH_LIMIT = 5;

export interface Scope {
  /** Shared-drive items may be returned (includeItemsFromAllDrives && supportsAllDrives). */
  sharedDrives: boolean;
  /** Only this shared drive (corpora=drive). */
  driveId?: string;
  /** corpora=allDrives: apply the incompleteSearch rule. */
  allDrives?: boolean;
  /** Leave out My Drive items (corpora=drive). */
  noMyDrive?: boolean;
  /** Leave out trashed items (DriveApp folder listings). */
  excludeTrashed?: boolean;
}

export interface SearchResult {
  items: DriveItem[];
  incompleteSearch: boolean;
}

/** Items matching `ast` (all when null) that the user may see within the scope, in creation order. */
export function search(
  store: DriveStore & {allDrivesSearchLimit?: number},
  user: string,
  ast: QueryNode | null,
  scope: Scope,
): SearchResult {
  const ctx: EvalContext = {store, user};
  let searchable: Set<string> | null = null;
  let incompleteSearch = false;
  if (scope.allDrives && scope.sharedDrives) {
    const limit = store.allDrivesSearchLimit ?? ALL_DRIVES_SEARCH_LIMIT;
    const mine = [...store.drives.values()].filter(d => d.members.has(user));
    if (mine.length > limit) {
      incompleteSearch = true;
      searchable = new Set(mine.slice(0, limit).map(d => d.id));
    }
  }
  const pool = ast ? candidates(ast, ctx) : null;
  const out: DriveItem[] = [];
  const consider = (item: DriveItem | undefined) => {
    if (!item || item.isRoot || item.id === item.driveId) return;
    if (item.driveId) {
      if (!scope.sharedDrives) return;
      if (scope.driveId && item.driveId !== scope.driveId) return;
      if (searchable && !searchable.has(item.driveId)) return;
    } else if (scope.noMyDrive || scope.driveId) {
      return;
    }
    if (scope.excludeTrashed && item.trashed) return;
    if (!store.canRead(item, user)) return;
    if (ast && !matches(ast, item, ctx)) return;
    out.push(item);
  };
  if (pool) {
    for (const id of pool) consider(store.get(id));
    out.sort((a, b) => a.seq - b.seq);
  } else {
    for (const item of store.items.values()) consider(item);
  }
  return {items: out, incompleteSearch};
}

const ORDER_KEYS = new Set([
  'createdTime',
  'folder',
  'modifiedByMeTime',
  'modifiedTime',
  'name',
  'name_natural',
  'quotaBytesUsed',
  'recency',
  'sharedWithMeTime',
  'starred',
  'viewedByMeTime',
]);

/** Sorts by a v3 orderBy ("folder,modifiedTime desc,name"); 400 Invalid Value for unknown keys. */
export function sortByOrder(items: DriveItem[], orderBy: string): DriveItem[] {
  const keys = orderBy.split(',').map(part => {
    const [key, dir, extra] = part.trim().split(/\s+/);
    if (
      !ORDER_KEYS.has(key) ||
      extra ||
      (dir && dir !== 'desc' && dir !== 'asc')
    ) {
      throw new ApiError(400, 'Invalid Value', 'invalid', 'orderBy');
    }
    return {key, sign: dir === 'desc' ? -1 : 1};
  });
  const value = (item: DriveItem, key: string): number | string => {
    switch (key) {
      case 'folder':
        return item.mimeType === FOLDER_MIME ? 0 : 1;
      case 'createdTime':
        return item.createdTime;
      case 'modifiedTime':
      case 'modifiedByMeTime':
      case 'recency':
        return item.modifiedTime;
      case 'name':
      case 'name_natural':
        return item.name.toLowerCase();
      case 'quotaBytesUsed':
        return item.size ?? 0;
      default:
        return 0;
    }
  };
  return [...items].sort((a, b) => {
    for (const {key, sign} of keys) {
      const va = value(a, key);
      const vb = value(b, key);
      if (va < vb) return -sign;
      if (va > vb) return sign;
    }
    return a.seq - b.seq;
  });
}
