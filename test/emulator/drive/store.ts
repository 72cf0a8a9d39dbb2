// The emulated Drive's data: My Drive per user, shared drives, folders with several parents, files
// with content, per-user permissions, trash, and the change log the Changes API reads.

import {PagePlanner} from './paging';

/** MIME type of folders (Drive's own). */
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** MIME type of native Google Sheets. */
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
/** MIME type of .xlsx uploads. */
export const XLSX_MIME =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Access a user has to an item or a shared drive. */
export type Role = 'owner' | 'organizer' | 'writer' | 'reader';

/** How much each role allows (the best one wins when a user has several). */
const RANK: Record<Role, number> = {
  reader: 1,
  writer: 2,
  organizer: 3,
  owner: 4,
};

/** The principal standing for everyone in a domain ("anyone at finkargo.com with the link"). */
export function domainPrincipal(domain: string): string {
  return `domain:${domain}`;
}

/** A file or folder as the store keeps it (times in ms since the epoch). */
export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Parent folder ids (My Drive allows several); empty for roots. */
  parents: string[];
  /** Set for items in a shared drive (the drive's root folder has id === driveId). */
  driveId?: string;
  /** Owner's e-mail for My Drive items; shared-drive items have none. */
  owner?: string;
  createdTime: number;
  modifiedTime: number;
  trashed: boolean;
  explicitlyTrashed: boolean;
  description?: string;
  /** Content bytes, or a function producing them on demand (large generated trees). */
  content?: Uint8Array | (() => Uint8Array);
  /** Content length in bytes (absent for folders and native Google files). */
  size?: number;
  /** Explicit permissions granted on this item (inherited by descendants); absent when none. */
  shared?: Map<string, Role>;
  /** Creation order: DriveApp iterators and default list order follow it. */
  seq: number;
  /** True for a user's My Drive root folder. */
  isRoot?: boolean;
  /**
   * True for a native Sheet registered automatically from the Sheets emulator (world.ts); an
   * explicit addFile with the same id and mimeType adopts it (placement, owner) instead of failing.
   */
  mirrored?: boolean;
}

/** Told when items are renamed or deleted (world.ts keeps the Sheets emulator in step). */
export interface DriveStoreListener {
  renamed?(item: DriveItem): void;
  removed?(item: DriveItem): void;
}

/** A shared drive: its members see every item in it. */
export interface SharedDrive {
  id: string;
  name: string;
  createdTime: number;
  members: Map<string, Role>;
}

/** One entry of the change log (Changes API); numbered from 1 by position. */
export interface ChangeEntry {
  fileId: string;
  time: number;
  driveId?: string;
  /** Owner at the time of the change (so removals reach only those who could see the item). */
  owner?: string;
}

/** What addFile/addFolder accept. */
export interface NewItem {
  name: string;
  /** Parent folder id(s); default: the owner's My Drive root. */
  parents?: string[];
  mimeType?: string;
  owner?: string;
  content?: Uint8Array | (() => Uint8Array);
  size?: number;
  createdTime?: number;
  modifiedTime?: number;
  trashed?: boolean;
  description?: string;
  /** Force an id (converted spreadsheets keep their spreadsheet id). */
  id?: string;
}

export interface DriveStoreOptions {
  /** Who owns items created without an owner (default facturacion@finkargo.com). */
  defaultUser?: string;
  /** Clock for created/modified times (createDriveServices wires the emulator's clock). */
  now?: () => number;
}

const ID_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * In-memory Drive. Tests and fixtures populate it directly (no calls logged); the DriveApp and
 * Drive services read and change it through the emulator.
 */
export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  readonly drives = new Map<string, SharedDrive>();
  readonly changes: ChangeEntry[] = [];
  /** Listeners (world.ts: the Sheets side of native spreadsheets). */
  readonly listeners: DriveStoreListener[] = [];
  /** How Files.list fills its pages (drive/paging.ts): `pages.paging.shortPages = {seed, empty, partial}`. */
  readonly pages = new PagePlanner();
  defaultUser: string;
  now: () => number;
  private readonly childIndex = new Map<string, Set<string>>();
  private readonly roots = new Map<string, string>();
  private seq = 0;
  private idCounter = 0;

  constructor(options: DriveStoreOptions = {}) {
    this.defaultUser = options.defaultUser ?? 'facturacion@finkargo.com';
    this.now = options.now ?? (() => Date.UTC(2025, 9, 1, 13, 0, 0));
  }

  /** A new deterministic id shaped like Drive's (33 chars for files, 19 for shared drives). */
  newId(kind: 'file' | 'drive' = 'file'): string {
    let h = (2166136261 ^ Math.imul(++this.idCounter, 2654435761)) >>> 0;
    let out = kind === 'drive' ? '0A' : '1';
    const length = kind === 'drive' ? 19 : 33;
    while (out.length < length) {
      h = Math.imul(h ^ (h >>> 15), 2246822507);
      h = Math.imul(h ^ (h >>> 13), 3266489909);
      h = (h ^ (h >>> 16)) >>> 0;
      // Five base-62 characters per 32-bit draw.
      let v = h;
      for (let k = 0; k < 5 && out.length < length; k++) {
        out += ID_ALPHABET[v % 62];
        v = Math.floor(v / 62);
      }
    }
    return out;
  }

  /** The user's My Drive root folder (created on first use). */
  rootFor(user: string = this.defaultUser): DriveItem {
    const id = this.roots.get(user);
    if (id) return this.items.get(id)!;
    const root = this.insert({
      name: 'My Drive',
      mimeType: FOLDER_MIME,
      owner: user,
      parents: [],
    });
    root.isRoot = true;
    this.roots.set(user, root.id);
    return root;
  }

  /** Resolves Drive's 'root' alias for the user; other ids unchanged. */
  resolveId(id: string, user: string): string {
    return id === 'root' ? this.rootFor(user).id : id;
  }

  get(id: string): DriveItem | undefined {
    return this.items.get(id);
  }

  /** Ids of the direct children of a folder (any state), in creation order. */
  childIds(folderId: string): ReadonlySet<string> {
    return this.childIndex.get(folderId) ?? EMPTY;
  }

  addFolder(spec: NewItem): DriveItem {
    return this.insert({...spec, mimeType: FOLDER_MIME});
  }

  addFile(spec: NewItem): DriveItem {
    return this.insert({
      mimeType: 'application/octet-stream',
      ...spec,
    });
  }

  /** A folder path below `parentId`, creating missing folders ("Año 2025/09. Septiembre"). */
  ensurePath(parentId: string, path: string[]): DriveItem {
    let current: DriveItem | undefined = this.items.get(parentId);
    if (!current) throw new Error(`No folder ${parentId}`);
    for (const name of path) {
      let next: DriveItem | undefined;
      for (const id of this.childIds(current.id)) {
        const c: DriveItem = this.items.get(id)!;
        if (c.mimeType === FOLDER_MIME && c.name === name && !c.trashed) {
          next = c;
          break;
        }
      }
      current = next ?? this.addFolder({name, parents: [current.id]});
    }
    return current;
  }

  /** Creates a shared drive; members get the role given ('organizer' when a list is passed). */
  createSharedDrive(
    name: string,
    members: Record<string, Role> | string[] = [this.defaultUser],
  ): SharedDrive {
    const id = this.newId('drive');
    const map = new Map<string, Role>(
      Array.isArray(members)
        ? members.map(m => [m, 'organizer'] as const)
        : Object.entries(members),
    );
    const drive: SharedDrive = {
      id,
      name,
      createdTime: this.now(),
      members: map,
    };
    this.drives.set(id, drive);
    const root = this.insert({name, mimeType: FOLDER_MIME, parents: [], id});
    root.driveId = id;
    root.owner = undefined;
    return drive;
  }

  /** Grants a user access to an item (and, by inheritance, everything below it). */
  share(itemId: string, user: string, role: Role = 'reader'): void {
    const item = this.must(itemId);
    (item.shared ??= new Map()).set(user, role);
    if (user.startsWith('domain:')) this.domainShares = true;
    this.logChange(itemId);
  }

  /** Whether the user may see the item (owner, shared-drive member, or shared on it or above). */
  canRead(item: DriveItem, user: string): boolean {
    return this.roleOf(item, user) !== null;
  }

  /** Whether the user may change the item. */
  canWrite(item: DriveItem, user: string): boolean {
    const role = this.roleOf(item, user);
    return role !== null && role !== 'reader';
  }

  /**
   * Google groups by their e-mail: sharing with a group (`share(id, group, role)`) gives every
   * member that role (support.google.com/drive/answer/2494822, "Share files with a group").
   */
  readonly groups = new Map<string, Set<string>>();
  private domainShares = false;

  /** The principals a user acts as: themselves, each group they belong to, their domain. */
  principalsOf(user: string): string[] {
    const out = [user];
    for (const [group, members] of this.groups)
      if (members.has(user)) out.push(group);
    const at = user.lastIndexOf('@');
    if (at > 0) out.push(domainPrincipal(user.slice(at + 1)));
    return out;
  }

  /**
   * The user's effective role on an item, or null when they cannot see it: the best of what they
   * get directly, through a group, or through their domain (`share(id, domainPrincipal(d), role)`).
   */
  roleOf(item: DriveItem, user: string): Role | null {
    // Fast path (most worlds): nothing is shared with a group or a domain.
    if (this.groups.size === 0 && !this.domainShares)
      return this.directRoleOf(item, user);
    let best: Role | null = null;
    for (const p of this.principalsOf(user)) {
      const role = this.directRoleOf(item, p);
      if (role && (best === null || RANK[role] > RANK[best])) best = role;
    }
    return best;
  }

  private directRoleOf(item: DriveItem, user: string): Role | null {
    if (item.driveId) {
      const role = this.drives.get(item.driveId)?.members.get(user);
      if (role) return role;
    } else if (item.owner === user) {
      return 'owner';
    }
    return this.inheritedShare(item, user, 0);
  }

  private inheritedShare(
    item: DriveItem,
    user: string,
    depth: number,
  ): Role | null {
    const direct = item.shared?.get(user);
    if (direct) return direct;
    if (depth > 64) return null;
    for (const p of item.parents) {
      const parent = this.items.get(p);
      if (!parent) continue;
      const role = this.inheritedShare(parent, user, depth + 1);
      if (role) return role;
    }
    return null;
  }

  /** Moves an item to or from the trash; trashing a folder trashes what is below it. */
  setTrashed(itemId: string, trashed: boolean): void {
    const item = this.must(itemId);
    item.trashed = trashed;
    item.explicitlyTrashed = trashed;
    item.modifiedTime = this.now();
    this.logChange(itemId);
    if (item.mimeType === FOLDER_MIME) this.cascadeTrash(item, trashed);
  }

  private cascadeTrash(folder: DriveItem, trashed: boolean): void {
    for (const id of this.childIds(folder.id)) {
      const child = this.items.get(id)!;
      if (child.explicitlyTrashed) continue;
      if (child.trashed !== trashed) {
        child.trashed = trashed;
        this.logChange(id);
      }
      if (child.mimeType === FOLDER_MIME) this.cascadeTrash(child, trashed);
    }
  }

  rename(itemId: string, name: string): void {
    const item = this.must(itemId);
    item.name = name;
    item.modifiedTime = this.now();
    this.logChange(itemId);
    for (const l of this.listeners) l.renamed?.(item);
  }

  /** Replaces an item's parents (a move) and logs the change. */
  setParents(itemId: string, parents: string[]): void {
    const item = this.must(itemId);
    for (const p of item.parents) this.childIndex.get(p)?.delete(itemId);
    item.parents = [...parents];
    for (const p of parents) this.indexChild(p, itemId);
    this.logChange(itemId);
  }

  /** Replaces an item's content. */
  setContent(itemId: string, bytes: Uint8Array): void {
    const item = this.must(itemId);
    item.content = bytes;
    item.size = bytes.length;
    item.modifiedTime = this.now();
    this.logChange(itemId);
  }

  /** Deletes an item for good (and what is below a folder); the Changes API reports it removed. */
  remove(itemId: string): void {
    const item = this.must(itemId);
    if (item.mimeType === FOLDER_MIME) {
      for (const id of [...this.childIds(itemId)]) {
        const child = this.items.get(id);
        if (child && child.parents.length <= 1) this.remove(id);
        else if (child)
          this.setParents(
            id,
            child.parents.filter(p => p !== itemId),
          );
      }
    }
    for (const p of item.parents) this.childIndex.get(p)?.delete(itemId);
    this.items.delete(itemId);
    this.childIndex.delete(itemId);
    this.changes.push({
      fileId: itemId,
      time: this.now(),
      driveId: item.driveId,
      owner: item.owner,
    });
    for (const l of this.listeners) l.removed?.(item);
  }

  /** The item's content bytes (empty for folders and native files). */
  bytes(item: DriveItem): Uint8Array {
    const c = item.content;
    if (!c) return new Uint8Array(0);
    return typeof c === 'function' ? c() : c;
  }

  /** A readable path like "Facturacion/Año 2025/09. Septiembre/FE1.pdf" (first parent chain). */
  path(itemId: string): string {
    const names: string[] = [];
    let item = this.items.get(itemId);
    for (let guard = 0; item && guard < 100; guard++) {
      if (item.isRoot) break;
      names.unshift(item.name);
      if (item.driveId === item.id) break;
      item = item.parents.length ? this.items.get(item.parents[0]) : undefined;
    }
    return names.join('/');
  }

  /** Whether `ancestorId` is the item or above it in any parent chain. */
  isUnder(item: DriveItem, ancestorId: string): boolean {
    const seen = new Set<string>();
    const stack = [item.id];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === ancestorId) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      const it = this.items.get(id);
      if (it) stack.push(...it.parents);
    }
    return false;
  }

  /** Appends to the change log (Changes API); public so bulk loaders can skip or add entries. */
  logChange(itemId: string): void {
    const item = this.items.get(itemId);
    this.changes.push({
      fileId: itemId,
      time: this.now(),
      driveId: item?.driveId,
      owner: item?.owner,
    });
  }

  private must(itemId: string): DriveItem {
    const item = this.items.get(itemId);
    if (!item) throw new Error(`DriveStore: no item ${itemId}`);
    return item;
  }

  /** An explicit addFile of an auto-registered Sheet: place and own it as asked, keep the id. */
  private adopt(item: DriveItem, spec: NewItem): DriveItem {
    item.mirrored = false;
    item.name = spec.name;
    item.owner = spec.owner ?? item.owner ?? this.defaultUser;
    if (spec.createdTime !== undefined || spec.modifiedTime !== undefined) {
      item.createdTime = spec.createdTime ?? spec.modifiedTime!;
      item.modifiedTime = spec.modifiedTime ?? spec.createdTime!;
    }
    item.trashed = item.explicitlyTrashed = spec.trashed ?? false;
    if (spec.description !== undefined) item.description = spec.description;
    const parents = spec.parents ?? [this.rootFor(item.owner).id];
    for (const p of parents) {
      if (!this.items.has(p)) throw new Error(`DriveStore: no parent ${p}`);
    }
    item.seq = ++this.seq;
    this.setParents(item.id, parents);
    const first = this.items.get(parents[0] ?? '');
    item.driveId = first?.driveId;
    if (item.driveId) item.owner = undefined;
    // The Drive name is the file's name from now on (the spreadsheet follows it).
    for (const l of this.listeners) l.renamed?.(item);
    return item;
  }

  private insert(spec: NewItem & {mimeType: string}): DriveItem {
    const existing =
      spec.id === undefined ? undefined : this.items.get(spec.id);
    if (existing?.mirrored && existing.mimeType === spec.mimeType)
      return this.adopt(existing, spec);
    const now = this.now();
    const owner = spec.owner ?? this.defaultUser;
    const item: DriveItem = {
      id: spec.id ?? this.newId(),
      name: spec.name,
      mimeType: spec.mimeType,
      parents: [],
      owner,
      createdTime: spec.createdTime ?? spec.modifiedTime ?? now,
      modifiedTime: spec.modifiedTime ?? spec.createdTime ?? now,
      trashed: spec.trashed ?? false,
      explicitlyTrashed: spec.trashed ?? false,
      description: spec.description,
      content: spec.content,
      size:
        spec.size ??
        (spec.content instanceof Uint8Array ? spec.content.length : undefined),
      seq: ++this.seq,
    };
    if (this.items.has(item.id)) {
      throw new Error(`DriveStore: duplicate id ${item.id}`);
    }
    // Default parent: the owner's My Drive root (roots pass parents: []).
    item.parents = spec.parents ? [...spec.parents] : [this.rootFor(owner).id];
    for (const p of item.parents) {
      if (!this.items.has(p)) throw new Error(`DriveStore: no parent ${p}`);
    }
    this.items.set(item.id, item);
    for (const p of item.parents) this.indexChild(p, item.id);
    const first = item.parents[0] ? this.items.get(item.parents[0]) : undefined;
    if (first?.driveId) {
      item.driveId = first.driveId;
      item.owner = undefined;
    }
    this.logChange(item.id);
    return item;
  }

  private indexChild(parentId: string, childId: string): void {
    let set = this.childIndex.get(parentId);
    if (!set) this.childIndex.set(parentId, (set = new Set()));
    set.add(childId);
  }
}

const EMPTY: ReadonlySet<string> = new Set();
