// The Master snapshot in CacheService (the user's cache), split into values under the 100 KB limit.
//
// Why CacheService and not a hidden sheet: a snapshot of 2 x 100,000 rows is ~10-20 MB of text;
// CacheService stores it with one putAll (<= 1,000 values of <= 100 KB) and reads it back with one
// get + one getAll, without writing millions of cells into the user's spreadsheet (slow, counts
// against its 10M-cell limit, visible to everyone, and a second copy of client data). Its costs:
// entries live at most 6 h and may be evicted early; a partial snapshot is detected (missing
// piece) and treated as a miss, so the Master is simply read again. The user cache (not the
// document cache) is used so a user never sees rows read with another user's access.
import type {SnapshotStore} from '../../app/master/ports';
import {splitUtf8} from '../../domain/master/snapshot';

/** Bytes per cached value: under CacheService's 100 KB (102,400 bytes) with room to spare. */
export const CHUNK_BYTES = 100_000;
/** Pieces per snapshot: one putAll takes at most 1,000 values (999 pieces + the manifest). */
export const MAX_CHUNKS = 999;
/** Longest life CacheService allows (6 h). */
export const SNAPSHOT_TTL_S = 21_600;

interface Manifest {
  chunks: number;
  length: number;
}

/** A SnapshotStore over CacheService.getUserCache(): get = 2 calls, put = 1 call. */
export function userCacheSnapshots(): SnapshotStore {
  const cache = () => CacheService.getUserCache();
  return {
    get(key: string): string | null {
      const c = cache();
      const head = c.get(key);
      if (head === null) return null;
      let manifest: Manifest;
      try {
        manifest = JSON.parse(head) as Manifest;
      } catch {
        return null;
      }
      const keys: string[] = [];
      for (let i = 0; i < manifest.chunks; i++) keys.push(`${key}:${i}`);
      const found = c.getAll(keys);
      const parts: string[] = new Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        const part = found[keys[i]];
        if (part === undefined) return null;
        parts[i] = part;
      }
      const text = parts.join('');
      return text.length === manifest.length ? text : null;
    },

    put(key: string, text: string, alias?: string): boolean {
      const parts = splitUtf8(text, CHUNK_BYTES);
      if (parts.length > MAX_CHUNKS - (alias === undefined ? 0 : 1))
        return false;
      const values: Record<string, string> = {};
      parts.forEach((p, i) => (values[`${key}:${i}`] = p));
      values[key] = JSON.stringify({
        chunks: parts.length,
        length: text.length,
      } satisfies Manifest);
      if (alias !== undefined) values[alias] = key;
      try {
        cache().putAll(values, SNAPSHOT_TTL_S);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * The latest snapshot stored under an alias (see SnapshotStore.put), or null: 3 cache calls
 * (the alias, the manifest, the pieces). Usable in custom functions (CacheService only).
 */
export function latestSnapshot(alias: string): string | null {
  const key = CacheService.getUserCache().get(alias);
  return key === null ? null : userCacheSnapshots().get(key);
}
