// Drive files the add-on creates (exports, ZIPs, backups) made exactly once: each carries a tag in
// its description, and a retry or a rerun first looks for the tagged file in the target folder.
import {requireDrive} from './advanced-services';
import {createOnce, withRetry} from './retry';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The description that marks a file as made by the add-on for one job (tag = job or review id). */
export function tagDescription(tag: string): string {
  return `Facturación: ${tag}`;
}

/** A Drive query string literal: backslash and quote escaped (files.list `q` syntax). */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The name term of a query: exactly `name`, or (for names that carry a time) containing `part`. */
export const nameIs = (name: string) => `name = ${literal(name)}`;
export const nameContains = (part: string) => `name contains ${literal(part)}`;

/** The file in folder `folderId` matching `nameTerm`, not trashed, whose description carries `tag`; or null. */
export function findTaggedFile(
  folderId: string,
  nameTerm: string,
  tag: string,
  fields = 'id,name,description,webViewLink',
): File | null {
  const drive = requireDrive();
  const list = withRetry(() =>
    drive.Files.list({
      q: `${nameTerm} and ${literal(folderId)} in parents and trashed = false`,
      fields: `files(${fields})`,
      pageSize: 10,
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
    }),
  );
  const wanted = tagDescription(tag);
  return (list.files ?? []).find(f => f.description === wanted) ?? null;
}

/**
 * Files.create of `blob` as `name` in `folderId`, tagged; a rerun of the same job (same tag) or a
 * retry after a lost answer returns the file already there instead of making a second one.
 * `sameJob` is the name term that finds it (default: exactly `name`).
 */
export function createTaggedFile(
  folderId: string,
  name: string,
  mimeType: string,
  blob: GoogleAppsScript.Base.Blob,
  tag: string,
  sameJob: string = nameIs(name),
): File {
  const drive = requireDrive();
  const find = () => findTaggedFile(folderId, sameJob, tag);
  const existing = find();
  if (existing) return existing;
  return createOnce(find, () =>
    drive.Files.create(
      {name, parents: [folderId], mimeType, description: tagDescription(tag)},
      blob,
      {supportsAllDrives: true, fields: 'id,name,description,webViewLink'},
    ),
  );
}

/**
 * Files.copy of `sourceId` as `name` into `folderId`, tagged, made once per tag (as
 * createTaggedFile); `sameJob` is the name term that finds an earlier copy of the same job (its
 * name may carry another time); `mimeType` converts (an .xlsx copied as a Google Sheet).
 */
export function copyTaggedFile(
  sourceId: string,
  folderId: string,
  name: string,
  tag: string,
  options: {sameJob?: string; mimeType?: string} = {},
): File {
  const drive = requireDrive();
  const sameJob = options.sameJob ?? nameIs(name);
  const find = () => findTaggedFile(folderId, sameJob, tag);
  const existing = find();
  if (existing) return existing;
  const resource: File = {
    name,
    parents: [folderId],
    description: tagDescription(tag),
  };
  if (options.mimeType) resource.mimeType = options.mimeType;
  return createOnce(find, () =>
    drive.Files.copy(resource, sourceId, {
      supportsAllDrives: true,
      fields: 'id,name,description,webViewLink',
    }),
  );
}

/** The link Drive gives, or one built from the id. */
export function fileUrl(file: File): string {
  return file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`;
}
