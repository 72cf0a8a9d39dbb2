// Ports of the PDF index use cases: Drive listing, the stored index, the build cursor, job status, time.
import type {PdfIndexEntry} from '../../domain/pdf/match';
import type {PdfJobState, PdfJobStatusDto} from '../../common/pdf-api';

/** A Drive file or folder as the index needs it (Drive v3 fields id,name,mimeType,parents,...). */
export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** ISO 8601 */
  modifiedTime: string;
  /** ISO 8601, when Drive said (a refresh tells a new file from one that moved). */
  createdTime?: string;
  size: number;
  trashed: boolean;
}

/** One page of Files.list. */
export interface DrivePage {
  items: DriveItem[];
  nextPageToken: string | null;
  /** Drive's own flag: the result may miss items (shared-drive corpora). */
  incompleteSearch: boolean;
}

/** Which corpus Files.list searches (docs/platform.md "Drive queries": shared drives need one). */
export type Corpus =
  | {corpora: 'user'}
  | {corpora: 'drive'; driveId: string}
  | {corpora: 'allDrives'};

/** A configured root folder, as Drive describes it. */
export interface RootFolder {
  id: string;
  name: string;
  isFolder: boolean;
  trashed: boolean;
  /** Shared drive id, absent in My Drive. */
  driveId: string | null;
}

/** One entry of the Changes API. */
export interface DriveChange {
  fileId: string;
  removed: boolean;
  file: DriveItem | null;
}

export interface DriveChangePage {
  changes: DriveChange[];
  nextPageToken: string | null;
  newStartPageToken: string | null;
}

/** What the index needs from Drive; every method is one Drive call (retries included). */
export interface DriveIndexPort {
  /** The folder, or null when it does not exist or is not shared with the user. */
  getRoot(id: string): RootFolder | null;
  /** PDFs and folders (not trashed) whose parent is one of parentIds. */
  listChildren(
    parentIds: readonly string[],
    corpus: Corpus,
    pageToken: string | null,
  ): DrivePage;
  getStartPageToken(): string;
  listChanges(pageToken: string): DriveChangePage;
}

/** A folder of the indexed tree: rootId is the configured root it hangs from. */
export interface IndexedFolder {
  id: string;
  /** '' for a root. */
  parentId: string;
  name: string;
}

/** An index entry plus the folder it sits in (to rename paths when a folder changes). */
export interface IndexedPdf extends PdfIndexEntry {
  folderId: string;
}

/** Facts of a finished index. */
export interface IndexMeta {
  /** Root folder ids the index was built from, in settings order. */
  roots: string[];
  /** ISO time the last build or refresh finished. */
  builtAt: string;
  /** Changes API token to refresh from. */
  changesToken: string;
  /** The corpus the roots live in (for listing folders that appear later). */
  corpus: Corpus;
  /** PDFs seen in the tree (with or without an invoice number). */
  pdfCount: number;
  /** PDFs whose name carries no invoice number. */
  unnamedCount: number;
  /** Index rows (one per invoice number and file) and folders, for status without reading them. */
  entryCount: number;
  folderCount: number;
  /** Drive said at least one listing was incomplete. */
  incomplete: boolean;
  /** Short hashes of the tree's folder ids (folder-hashes.ts); absent past MAX_HASHED_FOLDERS. */
  folderHashes?: string;
}

export interface StoredIndex {
  meta: IndexMeta;
  folders: IndexedFolder[];
  entries: IndexedPdf[];
}

/** Where the finished index lives (a hidden sheet in the spreadsheet, read by custom functions too). */
export interface PdfIndexStore {
  read(): StoredIndex | null;
  /** Only the metadata: what a refresh needs before it knows whether anything changed. */
  readMeta(): IndexMeta | null;
  /** Replaces the whole index. */
  write(index: StoredIndex): void;
  /** Only the metadata (e.g. a refresh with nothing changed). */
  writeMeta(meta: IndexMeta): void;
}

/** The resumable part of a build: where it stands (small, JSON). */
export interface BuildCursor {
  jobId: string;
  roots: string[];
  corpus: Corpus;
  /** Changes token taken when the build started: changes made during the build are refreshed later. */
  startToken: string;
  /** Folders known so far (also the BFS queue, in discovery order); rows staged. */
  folderCount: number;
  entryCount: number;
  /** Index in the folder queue of the first folder of the group being listed. */
  nextFolder: number;
  /** Size of the group being listed (0: none). */
  groupSize: number;
  pageToken: string | null;
  pdfCount: number;
  unnamedCount: number;
  incomplete: boolean;
  driveCalls: number;
  startedAt: string;
  runs: number;
}

/** A saved build: the cursor and the folders/entries found so far. */
export interface SavedBuild {
  cursor: BuildCursor;
  folders: IndexedFolder[];
  entries: IndexedPdf[];
}

/** Staging area of an unfinished build (a second hidden sheet plus a document property). */
export interface BuildStore {
  load(): SavedBuild | null;
  /** Only the cursor of an unfinished build (cheap: no staged rows read). */
  cursor(): BuildCursor | null;
  /**
   * Saves the cursor after appending the folders and entries found since the last save
   * (cursor.folderCount/entryCount are the totals after the append).
   */
  save(
    cursor: BuildCursor,
    newFolders: IndexedFolder[],
    newEntries: IndexedPdf[],
  ): void;
  clear(): void;
}

/** Progress the sidebar polls with getJobStatus(jobId) (the shared DTO). */
export type JobStatus = PdfJobStatusDto;
export type JobState = PdfJobState;

export interface JobStatusStore {
  get(jobId: string): JobStatus | null;
  put(status: JobStatus): void;
}

/** Time as the run sees it. */
export interface RunClock {
  now(): number;
}
