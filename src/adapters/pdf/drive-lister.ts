// The PDF index's view of Drive through the advanced service v3: root checks, folder listings in
// OR-groups of parents, and the Changes API; every call retried by the add-on's one retry policy.
import {withRetry} from '../common/retry';
import type {
  Corpus,
  DriveChangePage,
  DriveIndexPort,
  DriveItem,
  DrivePage,
  RootFolder,
} from '../../app/pdf-index/ports';
import {FOLDER_MIME, PDF_MIME} from '../../domain/kernel/drive-id';
import {requireDrive} from '../common/advanced-services';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** Only what the index reads: fewer fields, smaller pages (files.list `fields`). */
const FILE_FIELDS =
  'id,name,mimeType,parents,modifiedTime,createdTime,size,trashed';
export const LIST_FIELDS = `nextPageToken,incompleteSearch,files(${FILE_FIELDS})`;
const CHANGE_FIELDS = `nextPageToken,newStartPageToken,changes(fileId,removed,file(${FILE_FIELDS}))`;
/** files.list maximum (docs/platform.md quotas: pageSize 1-1000). */
export const PAGE_SIZE = 1000;

/** A Drive id is letters, digits, - and _; anything else would break out of the query's quotes. */
function quoteId(id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id))
    throw new Error(`Id de carpeta no válido: "${id}"`);
  return `'${id}'`;
}

/** `('a' in parents or 'b' in parents) and trashed = false and (PDF or folder)`. */
export function childrenQuery(parentIds: readonly string[]): string {
  const parents = parentIds.map(id => `${quoteId(id)} in parents`).join(' or ');
  return `(${parents}) and trashed = false and (mimeType = '${PDF_MIME}' or mimeType = '${FOLDER_MIME}')`;
}

export function item(f: File): DriveItem {
  return {
    id: f.id ?? '',
    name: f.name ?? '',
    mimeType: f.mimeType ?? '',
    parents: f.parents ?? [],
    modifiedTime: f.modifiedTime ?? '',
    createdTime: f.createdTime ?? '',
    size: Number(f.size ?? 0) || 0,
    trashed: f.trashed === true,
  };
}

/** Not found, or not shared with the user: Drive answers 404 (or 403 without a rate-limit reason). */
function isNotFound(e: unknown): boolean {
  const d = (e as {details?: {code?: unknown}} | null)?.details;
  if (d?.code === 404) return true;
  const msg = e instanceof Error ? e.message : String(e);
  return /not found|notFound|insufficient.*permission|does not have permission/i.test(
    msg,
  );
}

export function corpusArgs(corpus: Corpus): Record<string, unknown> {
  return corpus.corpora === 'drive'
    ? {corpora: 'drive', driveId: corpus.driveId}
    : {corpora: corpus.corpora};
}

/** DriveIndexPort over Drive.Files / Drive.Changes (shared drives included). */
/** One page of a Files.list query over the corpus (shared drives included), with the index's fields. */
export function listPage(
  q: string,
  corpus: Corpus,
  pageToken: string | null,
): DrivePage {
  const drive = requireDrive();
  const args: Record<string, unknown> = {
    q,
    pageSize: PAGE_SIZE,
    fields: LIST_FIELDS,
    supportsAllDrives: true,
    includeItemsFromAllDrives: true,
    ...corpusArgs(corpus),
  };
  if (pageToken) args.pageToken = pageToken;
  const list = withRetry(() => drive.Files.list(args));
  return {
    items: (list.files ?? []).map(item),
    nextPageToken: list.nextPageToken ?? null,
    incompleteSearch: list.incompleteSearch === true,
  };
}

export const drivePdfLister: DriveIndexPort = {
  getRoot(id: string): RootFolder | null {
    const drive = requireDrive();
    let f: File;
    try {
      f = withRetry(() =>
        drive.Files.get(id, {
          fields: 'id,name,mimeType,trashed,driveId',
          supportsAllDrives: true,
        }),
      );
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
    return {
      id: f.id ?? id,
      name: f.name ?? id,
      isFolder: f.mimeType === FOLDER_MIME,
      trashed: f.trashed === true,
      driveId: f.driveId ?? null,
    };
  },

  listChildren(
    parentIds: readonly string[],
    corpus: Corpus,
    pageToken: string | null,
  ): DrivePage {
    return listPage(childrenQuery(parentIds), corpus, pageToken);
  },

  getStartPageToken(): string {
    const drive = requireDrive();
    const t = withRetry(() =>
      drive.Changes.getStartPageToken({supportsAllDrives: true}),
    );
    return t.startPageToken ?? '';
  },

  listChanges(pageToken: string): DriveChangePage {
    const drive = requireDrive();
    const list = withRetry(() =>
      drive.Changes.list(pageToken, {
        pageSize: PAGE_SIZE,
        fields: CHANGE_FIELDS,
        includeItemsFromAllDrives: true,
        supportsAllDrives: true,
        includeRemoved: true,
      }),
    );
    return {
      changes: (list.changes ?? []).map(c => ({
        fileId: c.fileId ?? '',
        removed: c.removed === true,
        file: c.file ? item(c.file) : null,
      })),
      nextPageToken: list.nextPageToken ?? null,
      newStartPageToken: list.newStartPageToken ?? null,
    };
  },
};
