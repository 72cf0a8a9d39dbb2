// Short hashes of the indexed folders, kept in the index's metadata, so that a refresh can tell a
// Drive change outside the configured roots without reading the index.

/** 24-bit FNV-1a of an id as 4 characters of a 64-letter alphabet. */
const ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function hash4(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 8;
  let out = '';
  for (let k = 0; k < 4; k++) {
    out += ALPHABET[h & 63];
    h >>>= 6;
  }
  return out;
}

/**
 * Folders hashed at most: 4 characters each keeps the metadata (a document property, 9 KB a value)
 * under 7 KB. A bigger tree stores none and its refreshes read the index as before.
 */
export const MAX_HASHED_FOLDERS = 1500;

/** The hashes of these folder ids, or undefined past MAX_HASHED_FOLDERS. */
export function folderHashes(ids: readonly string[]): string | undefined {
  if (ids.length > MAX_HASHED_FOLDERS) return undefined;
  return ids.map(hash4).join('');
}

/**
 * Whether an id may be one of the hashed folders: false is certain; true may be a collision
 * (about 1 in 11,000 for 1,500 folders), which only costs a read of the index.
 */
export function folderTest(hashes: string): (id: string) => boolean {
  const set = new Set<string>();
  for (let i = 0; i + 4 <= hashes.length; i += 4)
    set.add(hashes.slice(i, i + 4));
  return id => set.has(hash4(id));
}
