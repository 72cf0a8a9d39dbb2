// The indexed folder tree in memory: folders by id, their paths, and the PDFs found in them.
import {invoiceKeysInFileName} from '../../domain/pdf/file-name';
import type {DriveItem, IndexedFolder, IndexedPdf} from './ports';

/** Folders and PDFs of the index, with paths computed from folder names. */
export class PdfTree {
  readonly folders: IndexedFolder[] = [];
  private readonly folderById = new Map<string, IndexedFolder>();
  private readonly entriesByFile = new Map<string, IndexedPdf[]>();
  private pathCache = new Map<string, string>();

  constructor(
    folders: readonly IndexedFolder[] = [],
    entries: readonly IndexedPdf[] = [],
  ) {
    for (const f of folders) this.addFolder(f);
    for (const e of entries) {
      const list = this.entriesByFile.get(e.fileId);
      if (list) {
        if (!list.some(x => x.key === e.key)) list.push(e);
      } else this.entriesByFile.set(e.fileId, [e]);
    }
  }

  hasFolder(id: string): boolean {
    return this.folderById.has(id);
  }

  getFolder(id: string): IndexedFolder | undefined {
    return this.folderById.get(id);
  }

  hasFile(id: string): boolean {
    return this.entriesByFile.has(id);
  }

  /** Adds a folder once (a folder reached twice, or a cycle, is ignored); true when new. */
  addFolder(folder: IndexedFolder): boolean {
    if (this.folderById.has(folder.id)) return false;
    this.folderById.set(folder.id, folder);
    this.folders.push(folder);
    return true;
  }

  /** "Root name/Año 2025/09. Septiembre/...": names from the root down. */
  pathOf(folderId: string): string {
    const cached = this.pathCache.get(folderId);
    if (cached !== undefined) return cached;
    const names: string[] = [];
    const seen = new Set<string>();
    let id = folderId;
    while (id && !seen.has(id)) {
      seen.add(id);
      const f = this.folderById.get(id);
      if (!f) break;
      names.push(f.name);
      id = f.parentId;
    }
    const path = names.reverse().join('/');
    this.pathCache.set(folderId, path);
    return path;
  }

  /** The first parent of an item that belongs to the tree, or null. */
  knownParent(item: DriveItem): string | null {
    return item.parents.find(p => this.folderById.has(p)) ?? null;
  }

  /**
   * Records a PDF found under folderId: one entry per invoice key its name stands for.
   * Returns the new entries ([] when the name has no number or the file was already recorded).
   */
  addPdf(item: DriveItem, folderId: string): IndexedPdf[] {
    if (this.entriesByFile.has(item.id)) return [];
    const entries = invoiceKeysInFileName(item.name).map(key => ({
      key,
      fileId: item.id,
      name: item.name,
      folderId,
      folderPath: this.pathOf(folderId),
      modified: item.modifiedTime,
      size: item.size,
    }));
    if (entries.length > 0) this.entriesByFile.set(item.id, entries);
    return entries;
  }

  /** Forgets a file's entries; true when it had some. */
  removeFile(fileId: string): boolean {
    return this.entriesByFile.delete(fileId);
  }

  /** Forgets a folder, its subfolders and every PDF under them. */
  removeFolderTree(folderId: string): void {
    const doomed = new Set<string>([folderId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const f of this.folders) {
        if (!doomed.has(f.id) && doomed.has(f.parentId)) {
          doomed.add(f.id);
          grew = true;
        }
      }
    }
    for (const id of doomed) this.folderById.delete(id);
    const kept = this.folders.filter(f => !doomed.has(f.id));
    this.folders.length = 0;
    this.folders.push(...kept);
    for (const [fileId, list] of this.entriesByFile) {
      if (list.some(e => doomed.has(e.folderId)))
        this.entriesByFile.delete(fileId);
    }
    this.pathCache = new Map();
  }

  /** Renames or moves a folder inside the tree; paths of everything below follow. */
  updateFolder(folder: IndexedFolder): void {
    const existing = this.folderById.get(folder.id);
    if (!existing) return;
    existing.name = folder.name;
    existing.parentId = folder.parentId;
    this.pathCache = new Map();
  }

  /** All entries, with folder paths recomputed (after renames). */
  entries(): IndexedPdf[] {
    const out: IndexedPdf[] = [];
    for (const list of this.entriesByFile.values()) {
      for (const e of list)
        out.push({...e, folderPath: this.pathOf(e.folderId)});
    }
    return out;
  }
}
