// The Master snapshot in CacheService: gzip-compressed (Utilities.gzip), base64 text in pieces under
// the 100 KB value limit, behind a manifest that names one generation (see snapshot-pieces.ts).
//
// Why CacheService and not a hidden sheet: a snapshot of 2 x 100,000 rows is ~20 MB of JSON (a few
// MB compressed); CacheService stores it with one putAll and reads it back with one get + one
// getAll, without writing millions of cells into the user's spreadsheet (slow, counts against its
// 10M-cell limit, visible to everyone, and a second copy of client data).
// The platform's rules (reference: developers.google.com/apps-script/reference/cache/cache): values
// <= 100 KB, life <= 6 h, items may be evicted early, and a cache holds 1,000 items, keeping the 900
// farthest from expiry past that. So a snapshot takes at most MAX_SNAPSHOT_ITEMS items (several
// generations and the add-on's other entries fit under 900), the newest write is always the one
// farthest from expiry, and a partly evicted snapshot is detected (missing piece, checksum, length)
// and read again from the Master, never mixed with pieces of another generation.
import type {SnapshotStore} from '../../app/master/ports';
import {
  assemblePieces,
  parseManifest,
  pieceKeys,
  snapshotItems,
} from '../../domain/master/snapshot-pieces';

/** Characters per cached piece: base64 is ASCII, so under CacheService's 100 KB (102,400 bytes). */
export const PIECE_CHARS = 100_000;
/** Cache items one snapshot may take (manifest, alias and pieces): ~15 MB of compressed data. */
export const MAX_SNAPSHOT_ITEMS = 200;
/** Longest life CacheService allows (6 h). */
export const SNAPSHOT_TTL_S = 21_600;

/**
 * The cache the snapshot lives in: the document's, so every editor's =FACTURADO reads the snapshot
 * any editor's sidebar cached. A custom function runs with "access to user data: locale only"
 * (developers.google.com/apps-script/guides/sheets/functions): a user cache there is not the
 * sidebar user's, so with the user cache a colleague would always get "no snapshot". Sharing it
 * with the document's editors exposes nothing new: what =FACTURADO computes is written into the
 * document's cells for all of them, and the sidebar checks each user's own Drive access to the
 * Master (its modifiedTime) before using the snapshot. The user cache is the fallback where there
 * is no document (a time-driven execution).
 */
export function snapshotCache(): GoogleAppsScript.Cache.Cache {
  return CacheService.getDocumentCache() ?? CacheService.getUserCache();
}

/** Text -> gzip -> base64 (cache values are strings). */
function pack(text: string): string {
  const zipped = Utilities.gzip(Utilities.newBlob(text, 'application/json'));
  return Utilities.base64Encode(zipped.getBytes());
}

/** base64 -> gunzip -> text, or null when the data is damaged. */
function unpack(packed: string): string | null {
  try {
    const bytes = Utilities.base64Decode(packed);
    return Utilities.ungzip(
      Utilities.newBlob(bytes, 'application/x-gzip'),
    ).getDataAsString('UTF-8');
  } catch {
    return null;
  }
}

/** Reads one snapshot by key with a cache already open: 2 calls (manifest, pieces). */
function readSnapshot(
  cache: GoogleAppsScript.Cache.Cache,
  key: string,
): string | null {
  const head = cache.get(key);
  const manifest = head === null ? null : parseManifest(head);
  if (manifest === null) return null;
  const packed = assemblePieces(
    key,
    manifest,
    cache.getAll(pieceKeys(key, manifest)),
  );
  return packed === null ? null : unpack(packed);
}

/** A SnapshotStore over snapshotCache(): get = 2 calls, put = 1 putAll of at most maxItems items. */
export function cacheSnapshots(maxItems = MAX_SNAPSHOT_ITEMS): SnapshotStore {
  return {
    get: key => readSnapshot(snapshotCache(), key),

    put(key: string, text: string, alias?: string): boolean {
      const items = snapshotItems(key, pack(text), PIECE_CHARS);
      if (alias !== undefined) {
        items[alias] = key;
        items[writtenAtKey(alias)] = String(Date.now());
      }
      if (Object.keys(items).length > maxItems) return false;
      try {
        snapshotCache().putAll(items, SNAPSHOT_TTL_S);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Where the time (ms) the aliased snapshot was written is kept, beside the alias. */
function writtenAtKey(alias: string): string {
  return `${alias}:at`;
}

/**
 * The latest snapshot stored under an alias (see SnapshotStore.put), or null: 3 cache calls
 * (the alias with its written time, the manifest, the pieces). With maxAgeMs, a snapshot written
 * longer ago than that is not read (null after 1 call). Usable in custom functions (CacheService only).
 */
export function latestSnapshot(
  alias: string,
  maxAgeMs?: number,
): string | null {
  const cache = snapshotCache();
  const at = writtenAtKey(alias);
  const head = cache.getAll([alias, at]);
  const key = head[alias] ?? null;
  if (key === null) return null;
  if (maxAgeMs !== undefined) {
    const written = Number(head[at]);
    if (!(Date.now() - written <= maxAgeMs)) return null;
  }
  return readSnapshot(cache, key);
}
