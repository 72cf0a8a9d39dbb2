// The Drive advanced service (Drive API v3) as Apps Script exposes it: Drive.Files.list/get/create/
// copy/export/update/remove, Drive.Changes.getStartPageToken/list, Drive.Drives.list/get,
// Drive.Permissions.list/create.
// Reference: developers.google.com/workspace/drive/api/reference/rest/v3 (files, changes, drives, permissions).
import type {Access} from '../core/modes';
import type {Emulator} from '../core/emulator';
import {DriveBlob, readBlob, type BlobData} from './blob';
import {
  ApiError,
  apiException,
  fileNotFound,
  invalidValue,
  QUERY_TOO_COMPLEX,
  STANDARD_FAILURES,
} from './errors';
import {
  checkNames,
  FILE_FIELDS,
  parseFields,
  project,
  type FieldMask,
} from './fields';
import * as L from './latency';
import {
  hasFullText,
  parseQuery,
  QueryError,
  type QueryNode,
} from './query-parser';
import {
  grantPermission,
  listPermissions,
  PERMISSION_FIELDS,
  PERMISSION_LIST_TOP,
} from './permissions';
import {driveResource, fileResource} from './resource';
import {search, sortByOrder, type Scope} from './search';
import {
  FOLDER_MIME,
  SHEET_MIME,
  XLSX_MIME,
  type DriveItem,
  type DriveStore,
} from './store';
import type {DriveHooks} from './hooks';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type ChangeList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.ChangeList;
type Change = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Change;
type DriveList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.DriveList;
type StartPageToken = GoogleAppsScript.Drive_v3.Drive.V3.Schema.StartPageToken;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
type Args = Record<string, unknown>;

const LIST_TOP = new Set([
  'kind',
  'nextPageToken',
  'incompleteSearch',
  'files',
]);
const CHANGES_TOP = new Set([
  'kind',
  'nextPageToken',
  'newStartPageToken',
  'changes',
]);
const CHANGE_FIELDS = new Set([
  'kind',
  'changeType',
  'time',
  'removed',
  'fileId',
  'file',
  'driveId',
  'drive',
  'teamDriveId',
  'teamDrive',
  'type',
]);
const DRIVES_TOP = new Set(['kind', 'nextPageToken', 'drives']);
const DRIVE_FIELDS = new Set([
  'kind',
  'id',
  'name',
  'createdTime',
  'hidden',
  'capabilities',
  'restrictions',
  'themeId',
  'colorRgb',
  'backgroundImageLink',
  'backgroundImageFile',
  'orgUnitId',
]);
const DEFAULT_FILE_MASK = parseFields('kind,id,name,mimeType');
const DEFAULT_PERMISSION_MASK = parseFields('kind,id,type,role');
const DEFAULT_PERMISSION_LIST_MASK = parseFields(
  'kind,nextPageToken,permissions(kind,id,type,role)',
);
const DEFAULT_LIST_MASK = parseFields(
  'kind,nextPageToken,incompleteSearch,files(kind,id,name,mimeType)',
);
const DEFAULT_CHANGES_MASK = parseFields(
  'kind,nextPageToken,newStartPageToken,changes(kind,changeType,time,removed,fileId,driveId,file(kind,id,name,mimeType))',
);
/** Server-side list cursors kept, oldest dropped first (a dropped token answers 400 Invalid Value). */
const MAX_CURSORS = 500;

interface Cursor {
  signature: string;
  ids: string[];
  offset: number;
  incompleteSearch: boolean;
}

/** The `Drive` global: Files, Changes and Drives collections of Drive API v3. */
export class AdvancedDrive {
  readonly Files: {
    list(optionalArgs?: Args): FileList;
    get(fileId: string, optionalArgs?: Args): File | string;
    create(
      resource: File,
      mediaData?: GoogleAppsScript.Base.Blob | null,
      optionalArgs?: Args,
    ): File;
    copy(resource: File, fileId: string, optionalArgs?: Args): File;
    export(
      fileId: string,
      mimeType: string,
      optionalArgs?: Args,
    ): GoogleAppsScript.Base.Blob;
    update(
      resource: File,
      fileId: string,
      mediaData?: GoogleAppsScript.Base.Blob | null,
      optionalArgs?: Args,
    ): File;
    remove(fileId: string, optionalArgs?: Args): void;
  };
  readonly Changes: {
    getStartPageToken(optionalArgs?: Args): StartPageToken;
    list(pageToken: string, optionalArgs?: Args): ChangeList;
  };
  readonly Drives: {
    list(optionalArgs?: Args): DriveList;
    get(
      driveId: string,
      optionalArgs?: Args,
    ): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Drive;
  };
  readonly Permissions: {
    list(fileId: string, optionalArgs?: Args): PermissionList;
    create(
      resource: Permission,
      fileId: string,
      optionalArgs?: Args,
    ): Permission;
  };
  private readonly cursors = new Map<string, Cursor>();
  private cursorSeq = 0;

  constructor(
    private readonly emu: Emulator,
    private readonly store: DriveStore,
    private readonly hooks: DriveHooks = {},
  ) {
    this.Files = {
      list: (a = {}) => this.filesList(a),
      get: (id, a = {}) => this.filesGet(id, a),
      create: (r, m, a = {}) => this.filesCreate(r ?? {}, m ?? undefined, a),
      copy: (r, id, a = {}) => this.filesCopy(r ?? {}, id, a),
      export: (id, mime) => this.filesExport(id, mime),
      update: (r, id, m, a = {}) =>
        this.filesUpdate(r ?? {}, id, m ?? undefined, a),
      remove: (id, a = {}) => this.filesRemove(id, a),
    };
    this.Changes = {
      getStartPageToken: (a = {}) => this.changesStart(a),
      list: (token, a = {}) => this.changesList(token, a),
    };
    this.Drives = {
      list: (a = {}) => this.drivesList(a),
      get: (id, a = {}) => this.drivesGet(id, a),
    };
    this.Permissions = {
      list: (id, a = {}) => this.permissionsList(id, a),
      create: (r, id, a = {}) => this.permissionsCreate(r ?? {}, id, a),
    };
  }

  /** Drive.newFile(): an empty resource to fill (the advanced service's helper). */
  newFile(): File {
    return {};
  }

  private get user(): string {
    return this.emu.user;
  }

  // ---- call plumbing -------------------------------------------------------------------------

  /** emu.call, with injected faults turned into GoogleJsonResponseExceptions. */
  private charge(
    method: string,
    access: Access,
    cost: {ms: number; files?: number; bytes?: number},
    deferFaults = false,
  ): void {
    try {
      this.emu.call('Drive', method, access, cost, {deferFaults});
    } catch (e) {
      this.rethrowShaped(method, e);
    }
  }

  /** An injected fault (it has a code) as a GoogleJsonResponseException; anything else as is. */
  private rethrowShaped(method: string, e: unknown): never {
    {
      const code = this.emu.faultCode(e);
      if (typeof code === 'number') {
        const std = STANDARD_FAILURES[code];
        const msg = (e as Error).message || std?.message || 'Error';
        throw apiException(
          this.emu,
          apiName(method),
          code,
          msg,
          std?.reason ?? 'error',
        );
      }
      throw e;
    }
  }

  /** A read: computed first (pure), then charged with its real cost, then returned. */
  private read<T>(
    method: string,
    work: () => {value: T; ms: number; files?: number; bytes?: number},
  ): T {
    let out: {value: T; ms: number; files?: number; bytes?: number};
    try {
      out = work();
    } catch (e) {
      if (e instanceof ApiError) {
        this.charge(method, 'read', {ms: L.FILES_GET_MS});
        throw apiException(
          this.emu,
          apiName(method),
          e.code,
          e.message,
          e.reason,
          e.location,
        );
      }
      throw e;
    }
    this.charge(method, 'read', out);
    return out.value;
  }

  /**
   * A write: charged first (so a forbidden mode changes nothing), then performed; a fault added
   * with `afterEffect` fails it after it took effect (the answer lost on the way back).
   */
  private write<T>(
    method: string,
    cost: {ms: number; files?: number; bytes?: number},
    work: () => T,
  ): T {
    this.charge(method, 'write', cost, true);
    try {
      const out = work();
      try {
        this.emu.raiseDeferred();
      } catch (e) {
        this.rethrowShaped(method, e);
      }
      return out;
    } catch (e) {
      if (e instanceof ApiError) {
        throw apiException(
          this.emu,
          apiName(method),
          e.code,
          e.message,
          e.reason,
          e.location,
        );
      }
      throw e;
    }
  }

  // ---- Files -------------------------------------------------------------------------------

  private filesList(a: Args): FileList {
    return this.read('Files.list', () => {
      const corpora = str(a.corpora) ?? 'user';
      if (!['user', 'drive', 'allDrives', 'domain'].includes(corpora))
        throw invalidValue('corpora');
      const driveId = str(a.driveId) ?? str(a.teamDriveId);
      if ((corpora === 'drive') !== (driveId !== undefined)) {
        throw new ApiError(
          400,
          'The driveId parameter must be specified if and only if corpora is set to drive.',
          'teamDriveIdRequiresTeamDriveCorpora',
        );
      }
      const includeAll =
        a.includeItemsFromAllDrives === true ||
        a.includeTeamDriveItems === true;
      const supportsAll =
        a.supportsAllDrives === true || a.supportsTeamDrives === true;
      if ((corpora === 'drive' || corpora === 'allDrives') && !includeAll) {
        throw new ApiError(
          403,
          'The includeItemsFromAllDrives parameter must be set to true when driveId is specified or corpora contains drive or allDrives.',
          'teamDriveItemsRequired',
        );
      }
      if (driveId) this.mustBeMember(driveId);
      const pageSize = a.pageSize === undefined ? 100 : Number(a.pageSize);
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
        throw invalidValue('pageSize');
      const mask = this.mask(a.fields, DEFAULT_LIST_MASK, LIST_TOP, {
        files: FILE_FIELDS,
      });
      const q = str(a.q);
      const ast = q === undefined || q.trim() === '' ? null : parseV3(q);
      const orderBy = str(a.orderBy);
      if (orderBy && ast && hasFullText(ast)) {
        throw new ApiError(
          400,
          'Sorting is not supported for queries with fullText terms. Results are always in descending relevance order.',
          'badRequest',
          'orderBy',
        );
      }
      const scope: Scope = {
        sharedDrives: includeAll && supportsAll,
        driveId,
        allDrives: corpora === 'allDrives',
        noMyDrive: corpora === 'drive',
      };
      const signature = JSON.stringify([
        q ?? '',
        orderBy ?? '',
        corpora,
        driveId ?? '',
        scope.sharedDrives,
        this.user,
      ]);
      let cursor: Cursor;
      const token = str(a.pageToken);
      if (token) {
        const found = this.cursors.get(token);
        if (!found || found.signature !== signature)
          throw invalidValue('pageToken');
        cursor = found;
      } else {
        const result = search(this.store, this.user, ast, scope);
        const items = orderBy
          ? sortByOrder(result.items, orderBy)
          : result.items;
        cursor = {
          signature,
          ids: items.map(i => i.id),
          offset: 0,
          incompleteSearch: result.incompleteSearch,
        };
      }
      const page: File[] = [];
      let i = cursor.offset;
      // Pages need not be full (drive/paging.ts): capped with parents in fields, or seeded short.
      const plan = this.store.pages.plan(
        pageSize,
        cursor.ids.length - cursor.offset,
        mask,
      );
      for (; i < cursor.ids.length && page.length < plan.take; i++) {
        const item = this.store.get(cursor.ids[i]);
        if (item) page.push(fileResource(item, this.user));
      }
      const list: FileList = {
        kind: 'drive#fileList',
        incompleteSearch: cursor.incompleteSearch,
        files: page,
      };
      if (i < cursor.ids.length || plan.trailingToken) {
        list.nextPageToken = this.saveCursor({...cursor, offset: i});
      }
      return {
        value: project(list, mask) as FileList,
        ms: L.FILES_LIST_PAGE_MS + L.LIST_PER_ITEM_MS * page.length,
        files: page.length,
      };
    });
  }

  private filesGet(fileId: string, a: Args): File | string {
    return this.read<File | string>('Files.get', () => {
      const item = this.visible(fileId, a.supportsAllDrives === true);
      if (a.alt === 'media') {
        if (item.mimeType.startsWith('application/vnd.google-apps.')) {
          throw new ApiError(
            403,
            'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
            'fileNotDownloadable',
            'alt',
          );
        }
        const bytes = this.store.bytes(item);
        return {
          value: new TextDecoder().decode(bytes),
          ms: L.FILES_GET_MS + L.transferMs(bytes.length),
          files: 1,
          bytes: bytes.length,
        };
      }
      const mask = this.mask(a.fields, DEFAULT_FILE_MASK, FILE_FIELDS);
      return {
        value: project(
          fileResource(item, this.user, this.store.roleOf(item, this.user)),
          mask,
        ) as File,
        ms: L.FILES_GET_MS,
        files: 1,
      };
    });
  }

  private filesCreate(
    resource: File,
    media: GoogleAppsScript.Base.Blob | undefined,
    a: Args,
  ): File {
    const blob = media === undefined ? null : readBlob(media);
    const bytes = blob?.bytes.length ?? 0;
    const converting = resource.mimeType === SHEET_MIME && blob !== null;
    const cost = {
      ms: L.CREATE_MS + L.transferMs(bytes) + (converting ? L.CONVERT_MS : 0),
      files: 1,
      bytes,
    };
    return this.write('Files.create', cost, () => {
      const mask = this.mask(a.fields, DEFAULT_FILE_MASK, FILE_FIELDS);
      const parents = (resource.parents ?? ['root']).map(
        p => this.writableFolder(p, a.supportsAllDrives === true).id,
      );
      const name = resource.name ?? blob?.name ?? 'Untitled';
      let item: DriveItem;
      if (converting) {
        item = this.convert(blob!, name, parents);
      } else if (
        resource.mimeType === SHEET_MIME &&
        blob === null &&
        this.hooks.blankSpreadsheet
      ) {
        // A Google file of that type, empty, right in its folder: "create a blank file in a
        // folder using the Drive API's files.create method" (developers.google.com/docs/api/
        // how-tos/documents, "Work with Google Drive folders").
        item = this.adopt(this.hooks.blankSpreadsheet(name), name, parents);
        if (resource.description !== undefined)
          item.description = resource.description;
      } else if (resource.mimeType === FOLDER_MIME) {
        item = this.store.addFolder({
          name,
          parents,
          owner: this.user,
          description: resource.description,
        });
      } else {
        item = this.store.addFile({
          name,
          parents,
          owner: this.user,
          mimeType:
            resource.mimeType ??
            blob?.contentType ??
            'application/octet-stream',
          content: blob?.bytes ?? new Uint8Array(0),
          description: resource.description,
        });
      }
      return project(
        fileResource(item, this.user, this.store.roleOf(item, this.user)),
        mask,
      ) as File;
    });
  }

  private filesCopy(resource: File, fileId: string, a: Args): File {
    const source = this.store.get(this.store.resolveId(fileId, this.user));
    const bytes = source?.size ?? 0;
    const converting =
      resource.mimeType === SHEET_MIME && source?.mimeType !== SHEET_MIME;
    const cost = {
      ms: L.COPY_MS + (converting ? L.CONVERT_MS : 0),
      files: 1,
      bytes,
    };
    return this.write('Files.copy', cost, () => {
      const supports = a.supportsAllDrives === true;
      const item = this.visible(fileId, supports);
      if (item.mimeType === FOLDER_MIME) {
        throw new ApiError(
          403,
          'This file cannot be copied by the user.',
          'cannotCopyFile',
        );
      }
      const mask = this.mask(a.fields, DEFAULT_FILE_MASK, FILE_FIELDS);
      const parents = (
        resource.parents ??
        item.parents.filter(p => {
          const parent = this.store.get(p);
          return parent && this.store.canWrite(parent, this.user);
        })
      ).map(p => this.writableFolder(p, supports).id);
      const name = resource.name ?? item.name;
      const data = this.store.bytes(item);
      let copy: DriveItem;
      if (converting) {
        if (item.mimeType !== XLSX_MIME && !/\.xlsx$/i.test(item.name)) {
          throw new ApiError(
            400,
            `Conversion from ${item.mimeType} to ${SHEET_MIME} is not supported.`,
            'badRequest',
          );
        }
        copy = this.convert(
          {bytes: data, contentType: item.mimeType, name: item.name},
          name,
          parents,
        );
      } else if (item.mimeType === SHEET_MIME && this.hooks.copySpreadsheet) {
        // A native Sheet is copied by the Sheets side (new id, same tabs); Drive adopts the id.
        copy = this.store.addFile({
          id: this.hooks.copySpreadsheet(item.id, name),
          name,
          parents: parents.length ? parents : undefined,
          owner: this.user,
          mimeType: SHEET_MIME,
          description: resource.description ?? item.description,
        });
      } else {
        copy = this.store.addFile({
          name,
          parents: parents.length ? parents : undefined,
          owner: this.user,
          mimeType: resource.mimeType ?? item.mimeType,
          content: data,
          description: resource.description ?? item.description,
        });
      }
      return project(fileResource(copy, this.user), mask) as File;
    });
  }

  private filesExport(
    fileId: string,
    mimeType: string,
  ): GoogleAppsScript.Base.Blob {
    return this.read('Files.export', () => {
      const item = this.visible(fileId, true);
      if (
        !item.mimeType.startsWith('application/vnd.google-apps.') ||
        item.mimeType === FOLDER_MIME
      ) {
        throw new ApiError(
          403,
          'Export only supports Docs Editors files.',
          'fileNotExportable',
        );
      }
      if (!this.hooks.exportFile) {
        throw new Error(
          'Drive emulator: DriveHooks.exportFile is not wired for this world',
        );
      }
      const bytes = this.hooks.exportFile(item.id, mimeType);
      if (bytes.length > EXPORT_LIMIT_BYTES) {
        throw new ApiError(
          403,
          'This file is too large to be exported.',
          'exportSizeLimitExceeded',
        );
      }
      return {
        value: this.blob(bytes, mimeType, item.name),
        ms: L.EXPORT_MS + L.transferMs(bytes.length),
        files: 1,
        bytes: bytes.length,
      };
    });
  }

  private filesUpdate(
    resource: File,
    fileId: string,
    media: GoogleAppsScript.Base.Blob | undefined,
    a: Args,
  ): File {
    const blob = media === undefined ? null : readBlob(media);
    const bytes = blob?.bytes.length ?? 0;
    return this.write(
      'Files.update',
      {ms: L.UPDATE_MS + L.transferMs(bytes), files: 1, bytes},
      () => {
        const supports = a.supportsAllDrives === true;
        const item = this.visible(fileId, supports);
        if (!this.store.canWrite(item, this.user)) {
          throw new ApiError(
            403,
            'The user does not have sufficient permissions for this file.',
            'insufficientFilePermissions',
          );
        }
        const mask = this.mask(a.fields, DEFAULT_FILE_MASK, FILE_FIELDS);
        if (resource.name !== undefined)
          this.store.rename(item.id, resource.name);
        if (resource.description !== undefined)
          item.description = resource.description;
        const add = (str(a.addParents) ?? '').split(',').filter(Boolean);
        const removeList = (str(a.removeParents) ?? '')
          .split(',')
          .filter(Boolean);
        if (add.length || removeList.length) {
          const addIds = add.map(p => this.writableFolder(p, supports).id);
          const removeIds = removeList.map(p =>
            this.store.resolveId(p, this.user),
          );
          const next = item.parents.filter(p => !removeIds.includes(p));
          for (const p of addIds) if (!next.includes(p)) next.push(p);
          this.store.setParents(item.id, next);
        }
        if (blob) this.store.setContent(item.id, blob.bytes);
        if (
          resource.trashed !== undefined &&
          resource.trashed !== item.trashed
        ) {
          this.store.setTrashed(item.id, resource.trashed);
        }
        return project(
          fileResource(item, this.user, this.store.roleOf(item, this.user)),
          mask,
        ) as File;
      },
    );
  }

  private filesRemove(fileId: string, a: Args): void {
    this.write('Files.remove', {ms: L.UPDATE_MS, files: 1}, () => {
      const item = this.visible(fileId, a.supportsAllDrives === true);
      const role = this.store.roleOf(item, this.user);
      if (role !== 'owner' && role !== 'organizer') {
        throw new ApiError(
          403,
          'The user does not have sufficient permissions for this file.',
          'insufficientFilePermissions',
        );
      }
      this.store.remove(item.id);
    });
  }

  // ---- Permissions -------------------------------------------------------------------------

  private permissionsList(fileId: string, a: Args): PermissionList {
    return this.read('Permissions.list', () => {
      const item = this.visible(fileId, a.supportsAllDrives === true);
      const mask = this.mask(
        a.fields,
        DEFAULT_PERMISSION_LIST_MASK,
        PERMISSION_LIST_TOP,
        {permissions: PERMISSION_FIELDS},
      );
      const list: PermissionList = {
        kind: 'drive#permissionList',
        permissions: listPermissions(this.store, item, this.user),
      };
      return {value: project(list, mask) as PermissionList, ms: L.FILES_GET_MS};
    });
  }

  /** permissions.create; `sendNotificationEmail` is accepted (the emulator sends no mail). */
  private permissionsCreate(
    resource: Permission,
    fileId: string,
    a: Args,
  ): Permission {
    return this.write('Permissions.create', {ms: L.UPDATE_MS}, () => {
      const item = this.visible(fileId, a.supportsAllDrives === true);
      const mask = this.mask(
        a.fields,
        DEFAULT_PERMISSION_MASK,
        PERMISSION_FIELDS,
      );
      return project(
        grantPermission(this.store, item, this.user, resource),
        mask,
      ) as Permission;
    });
  }

  // ---- Changes -----------------------------------------------------------------------------

  private changesStart(a: Args): StartPageToken {
    return this.read('Changes.getStartPageToken', () => {
      const driveId = str(a.driveId);
      if (driveId) this.mustBeMember(driveId);
      return {
        value: {
          kind: 'drive#startPageToken',
          startPageToken: String(this.store.changes.length + 1),
        },
        ms: L.START_PAGE_TOKEN_MS,
      };
    });
  }

  private changesList(pageToken: string, a: Args): ChangeList {
    return this.read('Changes.list', () => {
      const log = this.store.changes;
      const start = Number(pageToken);
      if (
        typeof pageToken !== 'string' ||
        !/^\d+$/.test(pageToken) ||
        start < 1 ||
        start > log.length + 1
      ) {
        throw invalidValue('pageToken');
      }
      let pageSize = a.pageSize === undefined ? 100 : Number(a.pageSize);
      if (!Number.isInteger(pageSize) || pageSize < 1)
        throw invalidValue('pageSize');
      pageSize = Math.min(pageSize, 1000);
      const includeRemoved = a.includeRemoved !== false;
      const sharedDrives =
        (a.includeItemsFromAllDrives === true ||
          a.includeTeamDriveItems === true) &&
        a.supportsAllDrives === true;
      const driveId = str(a.driveId);
      if (driveId) this.mustBeMember(driveId);
      const restrictToMyDrive = a.restrictToMyDrive === true;
      const mask = this.mask(a.fields, DEFAULT_CHANGES_MASK, CHANGES_TOP, {
        changes: CHANGE_FIELDS,
      });
      const byFile = new Map<string, Change>();
      let i = start - 1;
      for (; i < log.length && byFile.size < pageSize; i++) {
        const entry = log[i];
        if (
          driveId ? entry.driveId !== driveId : entry.driveId && !sharedDrives
        )
          continue;
        const item = this.store.get(entry.fileId);
        const time = new Date(entry.time).toISOString();
        let change: Change | null = null;
        if (
          item &&
          this.store.canRead(item, this.user) &&
          !item.isRoot &&
          item.id !== item.driveId
        ) {
          if (restrictToMyDrive && item.driveId) continue;
          change = {
            kind: 'drive#change',
            changeType: 'file',
            type: 'file',
            time,
            removed: false,
            fileId: item.id,
            file: fileResource(item, this.user),
          };
          if (item.driveId) change.driveId = item.driveId;
        } else if (
          includeRemoved &&
          !item &&
          this.couldSee(entry.owner, entry.driveId)
        ) {
          change = {
            kind: 'drive#change',
            changeType: 'file',
            type: 'file',
            time,
            removed: true,
            fileId: entry.fileId,
          };
        }
        if (change) {
          byFile.delete(entry.fileId);
          byFile.set(entry.fileId, change);
        }
      }
      const changes = [...byFile.values()];
      const list: ChangeList = {kind: 'drive#changeList', changes};
      if (i < log.length) list.nextPageToken = String(i + 1);
      else list.newStartPageToken = String(log.length + 1);
      return {
        value: project(list, mask) as ChangeList,
        ms: L.CHANGES_PAGE_MS + L.LIST_PER_ITEM_MS * changes.length,
        files: changes.length,
      };
    });
  }

  // ---- Drives ------------------------------------------------------------------------------

  private drivesList(a: Args): DriveList {
    return this.read('Drives.list', () => {
      if (a.q !== undefined)
        throw new Error('Drive emulator: Drives.list q is not modelled');
      const pageSize = a.pageSize === undefined ? 10 : Number(a.pageSize);
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
        throw invalidValue('pageSize');
      const mask = this.mask(
        a.fields,
        parseFields('kind,nextPageToken,drives(kind,id,name)'),
        DRIVES_TOP,
        {drives: DRIVE_FIELDS},
      );
      const mine = [...this.store.drives.values()].filter(d =>
        d.members.has(this.user),
      );
      const token = str(a.pageToken);
      const offset = token === undefined ? 0 : Number(token.replace(/^d/, ''));
      if (
        token !== undefined &&
        (!/^d\d+$/.test(token) || offset > mine.length)
      )
        throw invalidValue('pageToken');
      const page = mine.slice(offset, offset + pageSize);
      const list: DriveList = {
        kind: 'drive#driveList',
        drives: page.map(driveResource),
      };
      if (offset + pageSize < mine.length)
        list.nextPageToken = `d${offset + pageSize}`;
      return {value: project(list, mask) as DriveList, ms: L.DRIVES_LIST_MS};
    });
  }

  private drivesGet(
    driveId: string,
    a: Args,
  ): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Drive {
    return this.read('Drives.get', () => {
      const drive = this.mustBeMember(driveId);
      const mask = this.mask(
        a.fields,
        parseFields('kind,id,name'),
        DRIVE_FIELDS,
      );
      return {value: project(driveResource(drive), mask), ms: L.FILES_GET_MS};
    });
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** Whether the user could have seen a deleted item (its owner, or a member of its drive). */
  private couldSee(
    owner: string | undefined,
    driveId: string | undefined,
  ): boolean {
    if (driveId)
      return this.store.drives.get(driveId)?.members.has(this.user) ?? false;
    return owner === this.user;
  }

  private mask(
    fields: unknown,
    fallback: FieldMask,
    valid: ReadonlySet<string>,
    nested: Record<string, ReadonlySet<string>> = {},
  ): FieldMask {
    const text = str(fields);
    if (text === undefined || text.trim() === '') return fallback;
    const mask = parseFields(text);
    checkNames(mask, valid, nested);
    return mask;
  }

  private mustBeMember(driveId: string) {
    const drive = this.store.drives.get(driveId);
    if (!drive || !drive.members.has(this.user)) {
      throw new ApiError(
        404,
        `Shared drive not found: ${driveId}`,
        'notFound',
        'driveId',
      );
    }
    return drive;
  }

  /** The item if the user may see it; shared-drive items need supportsAllDrives (else 404, as Drive does). */
  private visible(fileId: string, supportsAllDrives: boolean): DriveItem {
    const id = this.store.resolveId(String(fileId), this.user);
    const item = this.store.get(id);
    if (
      !item ||
      !this.store.canRead(item, this.user) ||
      (item.driveId && !supportsAllDrives)
    ) {
      throw fileNotFound(String(fileId));
    }
    return item;
  }

  private writableFolder(id: string, supportsAllDrives: boolean): DriveItem {
    const folder = this.visible(id, supportsAllDrives);
    if (folder.mimeType !== FOLDER_MIME) throw fileNotFound(id);
    if (!this.store.canWrite(folder, this.user)) {
      throw new ApiError(
        403,
        'The user does not have sufficient permissions for this file.',
        'insufficientFilePermissions',
      );
    }
    return folder;
  }

  private convert(blob: BlobData, name: string, parents: string[]): DriveItem {
    const isXlsx =
      blob.contentType === XLSX_MIME || /\.xlsx$/i.test(blob.name ?? name);
    if (!isXlsx) {
      throw new ApiError(
        400,
        `Conversion from ${blob.contentType ?? 'unknown'} to ${SHEET_MIME} is not supported.`,
        'badRequest',
      );
    }
    if (!this.hooks.xlsxToSpreadsheet) {
      throw new Error(
        'Drive emulator: DriveHooks.xlsxToSpreadsheet is not wired for this world',
      );
    }
    const title = name.replace(/\.xlsx$/i, '');
    return this.adopt(
      this.hooks.xlsxToSpreadsheet(blob.bytes, title),
      title,
      parents,
    );
  }

  /** The Drive file of a spreadsheet the Sheets emulator just made, placed and named. */
  private adopt(id: string, title: string, parents: string[]): DriveItem {
    const existing = this.store.get(id);
    if (existing) {
      this.store.rename(id, title);
      this.store.setParents(id, parents);
      return existing;
    }
    return this.store.addFile({
      id,
      name: title,
      parents,
      owner: this.user,
      mimeType: SHEET_MIME,
    });
  }

  private saveCursor(cursor: Cursor): string {
    const token = `~!!~${(++this.cursorSeq).toString(36)}${this.store.newId().slice(1, 25)}`;
    this.cursors.set(token, cursor);
    if (this.cursors.size > MAX_CURSORS) {
      const oldest = this.cursors.keys().next().value;
      if (oldest !== undefined) this.cursors.delete(oldest);
    }
    return token;
  }

  private blob(
    bytes: Uint8Array,
    contentType: string | null,
    name: string | null,
  ): GoogleAppsScript.Base.Blob {
    if (this.hooks.newBlob) return this.hooks.newBlob(bytes, contentType, name);
    return new DriveBlob(
      bytes,
      contentType,
      name,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }
}

/** Files.export's cap on exported content: "the exported content is limited to 10MB" (v3 reference). */
export const EXPORT_LIMIT_BYTES = 10 * 1024 * 1024;

/** "Files.list" -> "drive.files.list", as Apps Script names the call in its messages. */
export function apiName(method: string): string {
  const [collection, verb] = method.split('.');
  return `drive.${collection.toLowerCase()}.${verb}`;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function parseV3(q: string): QueryNode {
  try {
    return parseQuery(q, 'v3');
  } catch (e) {
    if (e instanceof QueryError) {
      if (e.tooComplex)
        throw new ApiError(400, QUERY_TOO_COMPLEX, 'badRequest', 'q');
      throw invalidValue('q');
    }
    throw e;
  }
}

// Compile-time check: the emulated collections fit the published typings of the `Drive` global
// (a signature that differs from the real API fails to compile). get (a string for alt=media) and
// export (typed void; the emulator returns the Blob) are pinned by the tests instead.
type DriveGlobal = GoogleAppsScript.Drive;
export type TypingsCheck = [
  AdvancedDrive['Files'] extends Pick<
    DriveGlobal['Files'],
    'list' | 'create' | 'copy' | 'update' | 'remove'
  >
    ? true
    : never,
  AdvancedDrive['Changes'] extends Pick<
    DriveGlobal['Changes'],
    'getStartPageToken' | 'list'
  >
    ? true
    : never,
  AdvancedDrive['Drives'] extends Pick<DriveGlobal['Drives'], 'list' | 'get'>
    ? true
    : never,
  AdvancedDrive['Permissions'] extends Pick<
    DriveGlobal['Permissions'],
    'list' | 'create'
  >
    ? true
    : never,
];
const typingsCheck: TypingsCheck = [true, true, true, true];
void typingsCheck;
