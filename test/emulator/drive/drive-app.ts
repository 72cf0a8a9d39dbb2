// DriveApp as Apps Script exposes it (Drive API v2 semantics): folders, files, iterators with
// continuation tokens, v2 search queries (`title contains`, `modifiedDate >`).
// Reference: developers.google.com/apps-script/reference/drive (DriveApp, Folder, File, FileIterator).
import type {Emulator} from '../core/emulator';
import type {Access} from '../core/modes';
import {DriveBlob, readBlob} from './blob';
import {
  DRIVEAPP_BAD_QUERY,
  DRIVEAPP_BAD_TOKEN,
  DRIVEAPP_NOT_FOUND,
  ITERATOR_END,
  QUERY_TOO_COMPLEX,
} from './errors';
import type {DriveHooks} from './hooks';
import * as L from './latency';
import {parseQuery, QueryError, type QueryNode} from './query-parser';
import {webViewLink} from './resource';
import {search} from './search';
import {
  FOLDER_MIME,
  SHEET_MIME,
  type DriveItem,
  type DriveStore,
} from './store';

/** Continuation tokens are "generally valid for one week" (FileIterator reference). */
export const CONTINUATION_TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;
/** DriveApp's message for writes the user may not make. */
export const ACCESS_DENIED = 'Access denied: DriveApp.';

/** What an iterator lists; serialised into continuation tokens. */
interface IterState {
  /** 'file' or 'folder' iterator. */
  k: 'file' | 'folder';
  /** Parent folder (folder-scoped listings). */
  p?: string;
  /** v2 query (searchFiles/searchFolders). */
  q?: string;
  /** Exact name (getFilesByName/getFoldersByName). */
  n?: string;
  /** MIME type (getFilesByType). */
  m?: string;
  /** Explicit id list (getParents). */
  ids?: string[];
  /** Leave out trashed items (listings do; searches follow the query). */
  t: boolean;
  /** Seq of the last item handed out. */
  a: number;
  u: string;
  i: number;
}

type FileApi = GoogleAppsScript.Drive.File;
type FolderApi = GoogleAppsScript.Drive.Folder;
type FileIteratorApi = GoogleAppsScript.Drive.FileIterator;
type FolderIteratorApi = GoogleAppsScript.Drive.FolderIterator;

/** Internal context shared by DriveApp's objects. */
class Ctx {
  constructor(
    readonly emu: Emulator,
    readonly store: DriveStore,
    readonly hooks: DriveHooks,
  ) {}

  get user(): string {
    return this.emu.user;
  }

  call(method: string, access: Access, ms: number, files = 0, bytes = 0): void {
    this.emu.call('DriveApp', method, access, {ms, files, bytes});
  }

  fail(message: string): Error {
    return this.emu.error(message);
  }

  /** The item when it exists and the user may open it; DriveApp's not-found error otherwise. */
  visible(id: string): DriveItem {
    const item = this.store.get(this.store.resolveId(String(id), this.user));
    if (!item || !this.store.canRead(item, this.user))
      throw this.fail(DRIVEAPP_NOT_FOUND);
    return item;
  }

  parseV2(q: string): QueryNode {
    try {
      return parseQuery(q, 'v2');
    } catch (e) {
      if (e instanceof QueryError)
        throw this.fail(e.tooComplex ? QUERY_TOO_COMPLEX : DRIVEAPP_BAD_QUERY);
      throw e;
    }
  }

  /** Items of an iterator state still to hand out, in creation order. */
  remaining(state: IterState): DriveItem[] {
    let items: DriveItem[];
    if (state.ids) {
      items = state.ids
        .map(id => this.store.get(id))
        .filter((i): i is DriveItem => !!i && this.store.canRead(i, state.u));
    } else {
      const ast = state.q ? this.parseV2(state.q) : null;
      const parentTerm: QueryNode | null = state.p
        ? {type: 'in', field: 'parents', value: state.p}
        : null;
      const combined: QueryNode | null =
        parentTerm && ast
          ? {type: 'and', children: [parentTerm, ast]}
          : (parentTerm ?? ast);
      items = search(this.store, state.u, combined, {
        sharedDrives: true,
        excludeTrashed: state.t,
      }).items;
    }
    return items
      .filter(
        i =>
          i.seq > state.a &&
          (state.k === 'folder') === (i.mimeType === FOLDER_MIME) &&
          (state.n === undefined || i.name === state.n) &&
          (state.m === undefined || i.mimeType === state.m),
      )
      .sort((x, y) => x.seq - y.seq);
  }

  blob(
    item: DriveItem,
    bytes: Uint8Array,
    contentType: string,
  ): GoogleAppsScript.Base.Blob {
    if (this.hooks.newBlob)
      return this.hooks.newBlob(bytes, contentType, item.name);
    return new DriveBlob(
      bytes,
      contentType,
      item.name,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }

  file(item: DriveItem): FileApi {
    return (item.mimeType === FOLDER_MIME
      ? new EmuFolder(this, item)
      : new EmuFile(this, item)) as unknown as FileApi;
  }

  folder(item: DriveItem): FolderApi {
    return new EmuFolder(this, item) as unknown as FolderApi;
  }

  iterator(state: IterState): FileIteratorApi & FolderIteratorApi {
    return new EmuIterator(this, state) as unknown as FileIteratorApi &
      FolderIteratorApi;
  }

  newState(k: IterState['k'], rest: Partial<IterState>): IterState {
    return {k, t: true, a: 0, u: this.user, i: this.emu.clock.now(), ...rest};
  }

  /** Creates a file from a Blob or (name, content, mimeType) in a folder. */
  createFile(method: string, parent: DriveItem, args: unknown[]): DriveItem {
    let name: string;
    let bytes: Uint8Array;
    let mimeType: string;
    if (args.length === 1) {
      const blob = readBlob(args[0]);
      if (!blob) throw this.fail('Invalid argument: blob');
      name = blob.name ?? 'Untitled';
      bytes = blob.bytes;
      mimeType = blob.contentType ?? 'application/octet-stream';
    } else {
      name = String(args[0]);
      bytes = new TextEncoder().encode(String(args[1] ?? ''));
      mimeType = args[2] === undefined ? 'text/plain' : String(args[2]);
    }
    this.call(
      method,
      'write',
      L.CREATE_MS + L.transferMs(bytes.length),
      1,
      bytes.length,
    );
    if (!this.store.canWrite(parent, this.user)) throw this.fail(ACCESS_DENIED);
    return this.store.addFile({
      name,
      parents: [parent.id],
      owner: this.user,
      mimeType,
      content: bytes,
    });
  }
}

/** DriveApp.File (and the File side of a folder, as getFileById returns for folder ids). */
class EmuFile implements Pick<
  FileApi,
  | 'getId'
  | 'getName'
  | 'getMimeType'
  | 'getSize'
  | 'getUrl'
  | 'getDateCreated'
  | 'getLastUpdated'
  | 'getDescription'
  | 'isTrashed'
  | 'getDownloadUrl'
> {
  constructor(
    protected readonly ctx: Ctx,
    protected readonly item: DriveItem,
  ) {}

  protected get kind(): string {
    return 'File';
  }

  protected getter(method: string): void {
    this.ctx.call(`${this.kind}.${method}`, 'read', L.DRIVEAPP_GETTER_MS);
  }

  getId(): string {
    this.getter('getId');
    return this.item.id;
  }

  getName(): string {
    this.getter('getName');
    return this.item.name;
  }

  getMimeType(): string {
    this.getter('getMimeType');
    return this.item.mimeType;
  }

  getSize(): number {
    this.getter('getSize');
    return this.item.mimeType.startsWith('application/vnd.google-apps.')
      ? 0
      : (this.item.size ?? 0);
  }

  getUrl(): string {
    this.getter('getUrl');
    return webViewLink(this.item);
  }

  getDownloadUrl(): string {
    this.getter('getDownloadUrl');
    return `https://drive.google.com/uc?id=${this.item.id}&export=download`;
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    this.getter('getDateCreated');
    return this.ctx.emu.date(this.item.createdTime);
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.getter('getLastUpdated');
    return this.ctx.emu.date(this.item.modifiedTime);
  }

  getDescription(): string | null {
    this.getter('getDescription');
    return this.item.description ?? null;
  }

  isTrashed(): boolean {
    this.getter('isTrashed');
    return this.item.trashed;
  }

  /** A FolderIterator over the parents the user may see. */
  getParents(): FolderIteratorApi {
    this.ctx.call(`${this.kind}.getParents`, 'read', L.DRIVEAPP_GET_MS);
    return this.ctx.iterator(
      this.ctx.newState('folder', {ids: [...this.item.parents], t: false}),
    );
  }

  getOwner(): {getEmail(): string} | null {
    this.getter('getOwner');
    const owner = this.item.owner;
    return owner ? {getEmail: () => owner} : null;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs(
      this.nativeType() ? 'application/pdf' : this.item.mimeType,
      'getBlob',
    );
  }

  getAs(contentType: string, method = 'getAs'): GoogleAppsScript.Base.Blob {
    const {ctx, item} = this;
    if (this.nativeType()) {
      if (!ctx.hooks.exportFile)
        throw new Error(
          'Drive emulator: DriveHooks.exportFile is not wired for this world',
        );
      const out = ctx.hooks.exportFile(item.id, contentType);
      ctx.call(
        `${this.kind}.${method}`,
        'read',
        L.EXPORT_MS + L.transferMs(out.length),
        1,
        out.length,
      );
      return ctx.blob(item, out, contentType);
    }
    const bytes = ctx.store.bytes(item);
    ctx.call(
      `${this.kind}.${method}`,
      'read',
      L.DRIVEAPP_GET_MS + L.transferMs(bytes.length),
      1,
      bytes.length,
    );
    if (contentType !== item.mimeType && method === 'getAs') {
      throw ctx.fail(
        `Converting from ${item.mimeType} to ${contentType} is not supported.`,
      );
    }
    return ctx.blob(item, bytes.slice(), item.mimeType);
  }

  makeCopy(
    nameOrDestination?: string | FolderApi,
    destination?: FolderApi,
  ): FileApi {
    const {ctx, item} = this;
    ctx.call(`${this.kind}.makeCopy`, 'write', L.COPY_MS, 1, item.size ?? 0);
    const name =
      typeof nameOrDestination === 'string'
        ? nameOrDestination
        : `Copy of ${item.name}`;
    const dest = (typeof nameOrDestination === 'object'
      ? nameOrDestination
      : destination) as unknown as EmuFolder | undefined;
    const parents = dest
      ? [dest.itemId]
      : item.parents.filter(p => {
          const parent = ctx.store.get(p);
          return parent && ctx.store.canWrite(parent, ctx.user);
        });
    for (const p of parents) {
      if (!ctx.store.canWrite(ctx.store.get(p)!, ctx.user))
        throw ctx.fail(ACCESS_DENIED);
    }
    const copy = ctx.store.addFile({
      // A native Sheet is copied by the Sheets side (new id, same tabs); Drive adopts the id.
      id:
        item.mimeType === SHEET_MIME && ctx.hooks.copySpreadsheet
          ? ctx.hooks.copySpreadsheet(item.id, name)
          : undefined,
      name,
      parents: parents.length ? parents : undefined,
      owner: ctx.user,
      mimeType: item.mimeType,
      content: item.content ? ctx.store.bytes(item).slice() : undefined,
      size: item.size,
      description: item.description,
    });
    return ctx.file(copy);
  }

  setTrashed(trashed: boolean): this {
    this.ctx.call(`${this.kind}.setTrashed`, 'write', L.UPDATE_MS, 1);
    if (!this.ctx.store.canWrite(this.item, this.ctx.user))
      throw this.ctx.fail(ACCESS_DENIED);
    this.ctx.store.setTrashed(this.item.id, trashed);
    return this;
  }

  setName(name: string): this {
    this.ctx.call(`${this.kind}.setName`, 'write', L.UPDATE_MS, 1);
    if (!this.ctx.store.canWrite(this.item, this.ctx.user))
      throw this.ctx.fail(ACCESS_DENIED);
    this.ctx.store.rename(this.item.id, name);
    return this;
  }

  /** Moves the item into `destination` (its only parent afterwards). */
  moveTo(destination: FolderApi): this {
    this.ctx.call(`${this.kind}.moveTo`, 'write', L.UPDATE_MS, 1);
    const dest = destination as unknown as EmuFolder;
    const target = this.ctx.store.get(dest.itemId);
    if (
      !target ||
      !this.ctx.store.canWrite(target, this.ctx.user) ||
      !this.ctx.store.canWrite(this.item, this.ctx.user)
    ) {
      throw this.ctx.fail(ACCESS_DENIED);
    }
    this.ctx.store.setParents(this.item.id, [target.id]);
    return this;
  }

  /** The store id (for the emulator's own plumbing; not an Apps Script method). */
  get itemId(): string {
    return this.item.id;
  }

  private nativeType(): boolean {
    return this.item.mimeType.startsWith('application/vnd.google-apps.');
  }
}

/** DriveApp.Folder. */
class EmuFolder extends EmuFile {
  protected override get kind(): string {
    return 'Folder';
  }

  getFiles(): FileIteratorApi {
    this.ctx.call('Folder.getFiles', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.ctx.newState('file', {p: this.item.id}));
  }

  getFolders(): FolderIteratorApi {
    this.ctx.call('Folder.getFolders', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.ctx.newState('folder', {p: this.item.id}));
  }

  getFilesByName(name: string): FileIteratorApi {
    this.ctx.call('Folder.getFilesByName', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(
      this.ctx.newState('file', {p: this.item.id, n: String(name)}),
    );
  }

  getFilesByType(mimeType: string): FileIteratorApi {
    this.ctx.call('Folder.getFilesByType', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(
      this.ctx.newState('file', {p: this.item.id, m: String(mimeType)}),
    );
  }

  getFoldersByName(name: string): FolderIteratorApi {
    this.ctx.call('Folder.getFoldersByName', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(
      this.ctx.newState('folder', {p: this.item.id, n: String(name)}),
    );
  }

  /** v2 query within this folder's children; trashed items are included unless the query excludes them. */
  searchFiles(params: string): FileIteratorApi {
    this.ctx.call('Folder.searchFiles', 'read', L.DRIVEAPP_GETTER_MS);
    this.ctx.parseV2(String(params));
    return this.ctx.iterator(
      this.ctx.newState('file', {p: this.item.id, q: String(params), t: false}),
    );
  }

  searchFolders(params: string): FolderIteratorApi {
    this.ctx.call('Folder.searchFolders', 'read', L.DRIVEAPP_GETTER_MS);
    this.ctx.parseV2(String(params));
    return this.ctx.iterator(
      this.ctx.newState('folder', {
        p: this.item.id,
        q: String(params),
        t: false,
      }),
    );
  }

  createFile(...args: unknown[]): FileApi {
    return this.ctx.file(
      this.ctx.createFile('Folder.createFile', this.item, args),
    );
  }

  createFolder(name: string): FolderApi {
    this.ctx.call('Folder.createFolder', 'write', L.CREATE_MS, 1);
    if (!this.ctx.store.canWrite(this.item, this.ctx.user))
      throw this.ctx.fail(ACCESS_DENIED);
    return this.ctx.folder(
      this.ctx.store.addFolder({
        name: String(name),
        parents: [this.item.id],
        owner: this.ctx.user,
      }),
    );
  }
}

/** FileIterator / FolderIterator: hidden pages of DRIVEAPP_PAGE_SIZE, continuation tokens. */
class EmuIterator implements Pick<
  FileIteratorApi,
  'hasNext' | 'getContinuationToken'
> {
  private pending: DriveItem[] | null = null;
  private pos = 0;
  private fetched = 0;
  private pages = 0;

  constructor(
    private readonly ctx: Ctx,
    private readonly state: IterState,
  ) {}

  private get name(): string {
    return this.state.k === 'file' ? 'FileIterator' : 'FolderIterator';
  }

  /** Items still to hand out (computed on first use) and the hidden page fetch this step pays. */
  private step(): {pending: DriveItem[]; ms: number} {
    const pending = (this.pending ??= this.ctx.remaining(this.state));
    if (this.pos < this.fetched) return {pending, ms: 0};
    if (this.pos >= pending.length && this.pages > 0) return {pending, ms: 0};
    this.pages++;
    this.fetched = Math.min(
      pending.length,
      this.fetched + L.DRIVEAPP_PAGE_SIZE,
    );
    return {pending, ms: L.DRIVEAPP_PAGE_MS};
  }

  hasNext(): boolean {
    const {pending, ms} = this.step();
    this.ctx.call(`${this.name}.hasNext`, 'read', ms);
    return this.pos < pending.length;
  }

  next(): FileApi & FolderApi {
    const {pending, ms} = this.step();
    this.ctx.call(`${this.name}.next`, 'read', L.DRIVEAPP_NEXT_MS + ms, 1);
    if (this.pos >= pending.length) throw this.ctx.fail(ITERATOR_END);
    const item = pending[this.pos++];
    this.state.a = item.seq;
    return (
      this.state.k === 'folder' ? this.ctx.folder(item) : this.ctx.file(item)
    ) as FileApi & FolderApi;
  }

  getContinuationToken(): string {
    this.ctx.call(
      `${this.name}.getContinuationToken`,
      'read',
      L.DRIVEAPP_GETTER_MS,
    );
    const state: IterState = {...this.state, i: this.ctx.emu.clock.now()};
    return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
  }
}

/** The DriveApp global. */
export class EmuDriveApp {
  private readonly ctx: Ctx;

  constructor(emu: Emulator, store: DriveStore, hooks: DriveHooks = {}) {
    this.ctx = new Ctx(emu, store, hooks);
  }

  getRootFolder(): FolderApi {
    this.ctx.call('getRootFolder', 'read', L.DRIVEAPP_GET_MS);
    return this.ctx.folder(this.ctx.store.rootFor(this.ctx.user));
  }

  getFolderById(id: string): FolderApi {
    this.ctx.call('getFolderById', 'read', L.DRIVEAPP_GET_MS);
    const item = this.ctx.visible(id);
    if (item.mimeType !== FOLDER_MIME) throw this.ctx.fail(DRIVEAPP_NOT_FOUND);
    return this.ctx.folder(item);
  }

  getFileById(id: string): FileApi {
    this.ctx.call('getFileById', 'read', L.DRIVEAPP_GET_MS);
    return this.ctx.file(this.ctx.visible(id));
  }

  getFiles(): FileIteratorApi {
    this.ctx.call('getFiles', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.ctx.newState('file', {}));
  }

  getFolders(): FolderIteratorApi {
    this.ctx.call('getFolders', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.ctx.newState('folder', {}));
  }

  getFilesByName(name: string): FileIteratorApi {
    this.ctx.call('getFilesByName', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.ctx.newState('file', {n: String(name)}));
  }

  getFilesByType(mimeType: string): FileIteratorApi {
    this.ctx.call('getFilesByType', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.ctx.newState('file', {m: String(mimeType)}));
  }

  getFoldersByName(name: string): FolderIteratorApi {
    this.ctx.call('getFoldersByName', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.ctx.newState('folder', {n: String(name)}));
  }

  /** v2 query over every item the user can see; trashed ones included unless the query excludes them. */
  searchFiles(params: string): FileIteratorApi {
    this.ctx.call('searchFiles', 'read', L.DRIVEAPP_GETTER_MS);
    this.ctx.parseV2(String(params));
    return this.ctx.iterator(
      this.ctx.newState('file', {q: String(params), t: false}),
    );
  }

  searchFolders(params: string): FolderIteratorApi {
    this.ctx.call('searchFolders', 'read', L.DRIVEAPP_GETTER_MS);
    this.ctx.parseV2(String(params));
    return this.ctx.iterator(
      this.ctx.newState('folder', {q: String(params), t: false}),
    );
  }

  createFile(...args: unknown[]): FileApi {
    return this.ctx.file(
      this.ctx.createFile(
        'createFile',
        this.ctx.store.rootFor(this.ctx.user),
        args,
      ),
    );
  }

  createFolder(name: string): FolderApi {
    this.ctx.call('createFolder', 'write', L.CREATE_MS, 1);
    return this.ctx.folder(
      this.ctx.store.addFolder({name: String(name), owner: this.ctx.user}),
    );
  }

  continueFileIterator(continuationToken: string): FileIteratorApi {
    this.ctx.call('continueFileIterator', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.decode(continuationToken, 'file'));
  }

  continueFolderIterator(continuationToken: string): FolderIteratorApi {
    this.ctx.call('continueFolderIterator', 'read', L.DRIVEAPP_GETTER_MS);
    return this.ctx.iterator(this.decode(continuationToken, 'folder'));
  }

  private decode(token: string, kind: IterState['k']): IterState {
    let state: IterState;
    try {
      state = JSON.parse(
        Buffer.from(String(token), 'base64url').toString('utf8'),
      ) as IterState;
    } catch {
      throw this.ctx.fail(DRIVEAPP_BAD_TOKEN);
    }
    if (
      !state ||
      state.k !== kind ||
      state.u !== this.ctx.user ||
      typeof state.a !== 'number' ||
      this.ctx.emu.clock.now() - state.i > CONTINUATION_TOKEN_TTL_MS
    ) {
      throw this.ctx.fail(DRIVEAPP_BAD_TOKEN);
    }
    return state;
  }
}

// Compile-time check: DriveApp's emulated methods fit the published typings.
export type DriveAppTypingsCheck =
  EmuDriveApp extends Pick<
    GoogleAppsScript.Drive.DriveApp,
    | 'getRootFolder'
    | 'getFolderById'
    | 'getFileById'
    | 'getFiles'
    | 'getFolders'
    | 'getFilesByName'
    | 'getFoldersByName'
    | 'getFilesByType'
    | 'searchFiles'
    | 'searchFolders'
    | 'createFolder'
    | 'continueFileIterator'
    | 'continueFolderIterator'
  >
    ? true
    : never;
const driveAppTypingsCheck: DriveAppTypingsCheck = true;
void driveAppTypingsCheck;
