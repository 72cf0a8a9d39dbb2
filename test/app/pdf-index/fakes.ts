// In-memory ports for the PDF index use cases: a counting fake Drive, stores and a clock.
import type {
  BuildCursor,
  BuildStore,
  Corpus,
  DriveChange,
  DriveChangePage,
  DriveIndexPort,
  DriveItem,
  DrivePage,
  IndexedFolder,
  IndexedPdf,
  IndexMeta,
  JobStatus,
  JobStatusStore,
  PdfIndexStore,
  RootFolder,
  SavedBuild,
  StoredIndex,
} from '../../../src/app/pdf-index/ports';
import type {BuildPorts} from '../../../src/app/pdf-index/build-index';

export const FOLDER = 'application/vnd.google-apps.folder';
export const PDF = 'application/pdf';

/** A Drive with files, a change log, call counts and a per-call cost on a shared clock. */
export class FakeDrive implements DriveIndexPort {
  readonly items = new Map<string, DriveItem>();
  readonly calls: string[] = [];
  readonly queries: string[][] = [];
  private changeLog: DriveChange[] = [];
  /** Throw this error at these call numbers (1-based over all calls). */
  failAt = new Map<number, Error>();
  constructor(
    readonly clock: {t: number},
    readonly msPerCall = 2000,
  ) {}

  add(
    item: Partial<DriveItem> & {id: string; name: string},
    log = false,
  ): void {
    const full: DriveItem = {
      mimeType: PDF,
      parents: [],
      modifiedTime: '2025-09-10T12:00:00.000Z',
      size: 1000,
      trashed: false,
      ...item,
    };
    this.items.set(full.id, full);
    if (log)
      this.changeLog.push({fileId: full.id, removed: false, file: {...full}});
  }

  change(id: string, patch: Partial<DriveItem>): void {
    const item = {...this.items.get(id)!, ...patch};
    this.items.set(id, item);
    this.changeLog.push({fileId: id, removed: false, file: {...item}});
  }

  remove(id: string): void {
    this.items.delete(id);
    this.changeLog.push({fileId: id, removed: true, file: null});
  }

  private tick(name: string): void {
    this.calls.push(name);
    this.clock.t += this.msPerCall;
    const fail = this.failAt.get(this.calls.length);
    if (fail) throw fail;
  }

  getRoot(id: string): RootFolder | null {
    this.tick('get');
    const f = this.items.get(id);
    if (!f) return null;
    return {
      id,
      name: f.name,
      isFolder: f.mimeType === FOLDER,
      trashed: f.trashed,
      driveId: null,
    };
  }

  listChildren(
    parentIds: readonly string[],
    _corpus: Corpus,
    pageToken: string | null,
  ): DrivePage {
    this.tick('list');
    this.queries.push([...parentIds]);
    const set = new Set(parentIds);
    const all = [...this.items.values()]
      .filter(i => !i.trashed && (i.mimeType === PDF || i.mimeType === FOLDER))
      .filter(i => i.parents.some(p => set.has(p)))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const start = pageToken ? Number(pageToken) : 0;
    const items = all
      .slice(start, start + 1000)
      .map(i => ({...i, parents: [...i.parents]}));
    const next = start + 1000 < all.length ? String(start + 1000) : null;
    return {items, nextPageToken: next, incompleteSearch: false};
  }

  getStartPageToken(): string {
    this.tick('token');
    return String(this.changeLog.length);
  }

  listChanges(pageToken: string): DriveChangePage {
    this.tick('changes');
    const start = Number(pageToken);
    const changes = this.changeLog.slice(start, start + 1000);
    const end = start + changes.length;
    return end < this.changeLog.length
      ? {changes, nextPageToken: String(end), newStartPageToken: null}
      : {
          changes,
          nextPageToken: null,
          newStartPageToken: String(this.changeLog.length),
        };
  }
}

export class MemoryIndexStore implements PdfIndexStore {
  stored: StoredIndex | null = null;
  writes = 0;
  reads = 0;
  read(): StoredIndex | null {
    this.reads++;
    return this.stored && JSON.parse(JSON.stringify(this.stored));
  }
  readMeta(): IndexMeta | null {
    return this.stored && {...this.stored.meta};
  }
  write(index: StoredIndex): void {
    this.writes++;
    this.stored = JSON.parse(JSON.stringify(index));
  }
  writeMeta(meta: IndexMeta): void {
    if (this.stored) this.stored.meta = {...meta};
  }
}

export class MemoryBuildStore implements BuildStore {
  savedCursor: BuildCursor | null = null;
  folders: IndexedFolder[] = [];
  entries: IndexedPdf[] = [];
  saves = 0;
  cursor(): BuildCursor | null {
    return this.savedCursor && {...this.savedCursor};
  }
  load(): SavedBuild | null {
    if (!this.savedCursor) return null;
    const c = JSON.parse(JSON.stringify(this.savedCursor)) as BuildCursor;
    return {
      cursor: c,
      folders: this.folders.slice(0, c.folderCount).map(f => ({...f})),
      entries: this.entries.slice(0, c.entryCount).map(e => ({...e})),
    };
  }
  save(
    cursor: BuildCursor,
    newFolders: IndexedFolder[],
    newEntries: IndexedPdf[],
  ): void {
    this.saves++;
    const prev = this.savedCursor;
    this.folders.length = prev ? prev.folderCount : 0;
    this.entries.length = prev ? prev.entryCount : 0;
    this.folders.push(...newFolders.map(f => ({...f})));
    this.entries.push(...newEntries.map(e => ({...e})));
    this.savedCursor = JSON.parse(JSON.stringify(cursor));
  }
  clear(): void {
    this.savedCursor = null;
    this.folders = [];
    this.entries = [];
  }
}

export class MemoryJobs implements JobStatusStore {
  readonly byId = new Map<string, JobStatus>();
  get(jobId: string): JobStatus | null {
    return this.byId.get(jobId) ?? null;
  }
  put(status: JobStatus): void {
    this.byId.set(status.jobId, status);
  }
}

export function ports(drive: FakeDrive): BuildPorts & {
  index: MemoryIndexStore;
  build: MemoryBuildStore;
  jobs: MemoryJobs;
} {
  return {
    drive,
    index: new MemoryIndexStore(),
    build: new MemoryBuildStore(),
    jobs: new MemoryJobs(),
    clock: {now: () => drive.clock.t},
  };
}

const MONTHS = [
  '01. Enero',
  '02. Febrero',
  '03. Marzo',
  '04. Abril',
  '05. Mayo',
  '06. Junio',
  '07. Julio',
  '08. Agosto',
  '09. Septiembre',
  '10. Octubre',
  '11. Noviembre',
  '12. Diciembre',
];

/**
 * Facturacion/Año Y/MM. Mes/Facturacion Finkargo|mandato/Cliente N: 1 + 4 + 48 + 96 + 864 = 1,013
 * folders; pdfs PDFs spread over the client folders, FE numbered 1..pdfs (ITPA under mandato).
 */
export function bigTree(
  drive: FakeDrive,
  pdfs: number,
): {root: string; leaves: string[]} {
  const root = 'root0000000000';
  drive.add({id: root, name: 'Facturacion', mimeType: FOLDER});
  const leaves: string[] = [];
  for (const year of [2022, 2023, 2024, 2025]) {
    const y = `y${year}`;
    drive.add({id: y, name: `Año ${year}`, mimeType: FOLDER, parents: [root]});
    MONTHS.forEach((month, mi) => {
      const m = `${y}m${mi + 1}`;
      drive.add({id: m, name: month, mimeType: FOLDER, parents: [y]});
      for (const branch of ['Finkargo', 'mandato']) {
        const b = `${m}${branch}`;
        drive.add({
          id: b,
          name: `Facturacion ${branch}`,
          mimeType: FOLDER,
          parents: [m],
        });
        for (let c = 1; c <= 9; c++) {
          const leaf = `${b}c${c}`;
          drive.add({
            id: leaf,
            name: `Cliente ${c}`,
            mimeType: FOLDER,
            parents: [b],
          });
          leaves.push(leaf);
        }
      }
    });
  }
  for (let i = 1; i <= pdfs; i++) {
    const leaf = leaves[i % leaves.length];
    const prefix = leaf.includes('mandato') ? 'ITPA' : 'FE';
    drive.add({
      id: `pdf${String(i).padStart(6, '0')}`,
      name: `${prefix}${i}.pdf`,
      parents: [leaf],
    });
  }
  return {root, leaves};
}
