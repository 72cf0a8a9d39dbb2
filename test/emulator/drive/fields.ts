// The `fields` system parameter: "nextPageToken, files(id, name, parents)", "files/id", "*".
// Parses the mask, validates names against the resource, and keeps only what was asked for.
import {ApiError} from './errors';

/** A parsed mask: each key maps to a sub-mask, or true for "the whole value". */
export type FieldMask = Map<string, FieldMask | true>;

/** Valid top-level names of a files resource (Drive v3), modelled or not. */
export const FILE_FIELDS = new Set([
  'kind',
  'id',
  'name',
  'mimeType',
  'description',
  'starred',
  'trashed',
  'explicitlyTrashed',
  'trashingUser',
  'trashedTime',
  'parents',
  'properties',
  'appProperties',
  'spaces',
  'version',
  'webContentLink',
  'webViewLink',
  'iconLink',
  'hasThumbnail',
  'thumbnailLink',
  'thumbnailVersion',
  'viewedByMe',
  'viewedByMeTime',
  'createdTime',
  'modifiedTime',
  'modifiedByMeTime',
  'modifiedByMe',
  'sharedWithMeTime',
  'sharingUser',
  'owners',
  'driveId',
  'teamDriveId',
  'lastModifyingUser',
  'shared',
  'ownedByMe',
  'capabilities',
  'viewersCanCopyContent',
  'copyRequiresWriterPermission',
  'writersCanShare',
  'permissions',
  'permissionIds',
  'hasAugmentedPermissions',
  'folderColorRgb',
  'originalFilename',
  'fullFileExtension',
  'fileExtension',
  'md5Checksum',
  'sha1Checksum',
  'sha256Checksum',
  'size',
  'quotaBytesUsed',
  'headRevisionId',
  'contentHints',
  'imageMediaMetadata',
  'videoMediaMetadata',
  'isAppAuthorized',
  'exportLinks',
  'shortcutDetails',
  'contentRestrictions',
  'resourceKey',
  'linkShareMetadata',
  'labelInfo',
  'downloadRestrictions',
]);

/** Parses a mask; throws 400 "Invalid field selection X" on bad syntax. */
export function parseFields(text: string): FieldMask {
  let pos = 0;
  const fail = (): never => {
    throw new ApiError(
      400,
      `Invalid field selection ${text.trim()}`,
      'invalidParameter',
      'fields',
    );
  };
  function parseList(): FieldMask {
    const mask: FieldMask = new Map();
    for (;;) {
      while (text[pos] === ' ') pos++;
      const start = pos;
      while (pos < text.length && /[A-Za-z0-9_*/.]/.test(text[pos])) pos++;
      const path = text.slice(start, pos);
      if (!path) fail();
      while (text[pos] === ' ') pos++;
      let leaf: FieldMask | true = true;
      if (text[pos] === '(') {
        pos++;
        leaf = parseList();
        if (text[pos] !== ')') fail();
        pos++;
      }
      const parts = path.split('/');
      let target = mask;
      for (let i = 0; i < parts.length - 1; i++) {
        const existing = target.get(parts[i]);
        const next: FieldMask = existing instanceof Map ? existing : new Map();
        if (existing !== true) target.set(parts[i], next);
        target = next;
      }
      const last = parts[parts.length - 1];
      if (!last) fail();
      target.set(last, leaf);
      while (text[pos] === ' ') pos++;
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      return mask;
    }
  }
  const mask = parseList();
  if (pos !== text.length) fail();
  return mask;
}

/** Throws 400 "Invalid field selection <name>" for names the resource does not have. */
export function checkNames(
  mask: FieldMask,
  valid: ReadonlySet<string>,
  nested: Record<string, ReadonlySet<string>> = {},
): void {
  for (const [key, sub] of mask) {
    if (key === '*') continue;
    if (!valid.has(key)) {
      throw new ApiError(
        400,
        `Invalid field selection ${key}`,
        'invalidParameter',
        'fields',
      );
    }
    if (sub instanceof Map && nested[key]) checkNames(sub, nested[key]);
  }
}

/** Keeps only the masked properties of a plain object (arrays are projected element-wise). */
export function project<T extends object>(
  value: T,
  mask: FieldMask | true,
): Partial<T> {
  if (mask === true || mask.has('*')) return value;
  const out: Record<string, unknown> = {};
  const src = value as Record<string, unknown>;
  for (const [key, sub] of mask) {
    if (!(key in src) || src[key] === undefined) continue;
    const v = src[key];
    if (sub === true || v === null || typeof v !== 'object') out[key] = v;
    else if (Array.isArray(v))
      out[key] = v.map(e =>
        e && typeof e === 'object' ? project(e as object, sub) : e,
      );
    else out[key] = project(v as object, sub);
  }
  return out as Partial<T>;
}
