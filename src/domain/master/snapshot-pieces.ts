// The Master snapshot as cache items: a manifest naming one generation (id, length, a checksum per
// piece) and the pieces keyed by that generation, so a partly evicted or mixed snapshot is detected.
import {hashText} from './snapshot';

/** What the manifest item holds. */
export interface SnapshotManifest {
  /** Generation id: content hash and length; pieces of two generations never share a key. */
  gen: string;
  /** Length of the packed text. */
  length: number;
  /** FNV-1a of each piece, in order. */
  sums: string[];
}

/** The key of piece i of a generation. */
export function pieceKey(key: string, gen: string, i: number): string {
  return `${key}:${gen}:${i}`;
}

/** Every piece key a manifest names. */
export function pieceKeys(key: string, manifest: SnapshotManifest): string[] {
  return manifest.sums.map((_, i) => pieceKey(key, manifest.gen, i));
}

/**
 * The cache items of a packed (ASCII, e.g. base64) text: the manifest under `key` and pieces of at
 * most `pieceChars` characters under keys of this generation.
 */
export function snapshotItems(
  key: string,
  packed: string,
  pieceChars: number,
): Record<string, string> {
  const pieces: string[] = [];
  for (let at = 0; at < packed.length || pieces.length === 0; at += pieceChars)
    pieces.push(packed.slice(at, at + pieceChars));
  const gen = `${hashText(packed)}${packed.length.toString(36)}`;
  const manifest: SnapshotManifest = {
    gen,
    length: packed.length,
    sums: pieces.map(hashText),
  };
  const items: Record<string, string> = {[key]: JSON.stringify(manifest)};
  pieces.forEach((p, i) => (items[pieceKey(key, gen, i)] = p));
  return items;
}

/** The manifest in a cached text, or null when it is not one. */
export function parseManifest(text: string): SnapshotManifest | null {
  try {
    const m = JSON.parse(text) as SnapshotManifest;
    return m &&
      typeof m.gen === 'string' &&
      typeof m.length === 'number' &&
      Array.isArray(m.sums) &&
      m.sums.length > 0
      ? m
      : null;
  } catch {
    return null;
  }
}

/**
 * The packed text from the pieces found, or null when any piece is missing, altered or of another
 * generation (checksum), or the length differs: the caller then reads the Master again.
 */
export function assemblePieces(
  key: string,
  manifest: SnapshotManifest,
  found: Readonly<Record<string, string>>,
): string | null {
  const keys = pieceKeys(key, manifest);
  const parts: string[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const part = found[keys[i]];
    if (part === undefined || hashText(part) !== manifest.sums[i]) return null;
    parts[i] = part;
  }
  const text = parts.join('');
  return text.length === manifest.length ? text : null;
}
