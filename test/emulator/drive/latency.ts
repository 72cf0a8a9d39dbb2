// Modeled durations of Drive and DriveApp calls. No published timings exist (docs/platform.md,
// "Measured speed"), so every figure here is an ASSUMPTION, chosen to keep orders of magnitude
// plausible: a request round trip of a few hundred ms, listing dearer than a lookup by id,
// content moving at a few MB/s, DriveApp iteration paying a hidden page fetch every 100 items.

/** Files.list: fixed cost of one page (assumption: one API round trip + search). */
export const FILES_LIST_PAGE_MS = 300;
/** Files.list / Changes.list: extra cost per item returned in a page (assumption). */
export const LIST_PER_ITEM_MS = 1;
/** Files.get, Drives.get: one metadata round trip (assumption). */
export const FILES_GET_MS = 150;
/** Files.create / DriveApp.createFile: fixed cost (assumption). */
export const CREATE_MS = 500;
/** Files.copy / makeCopy: fixed cost (assumption). */
export const COPY_MS = 800;
/** Conversion of an upload into a Google Sheet (xlsx -> spreadsheet): extra (assumption). */
export const CONVERT_MS = 3000;
/** Files.export: fixed cost (assumption). */
export const EXPORT_MS = 1000;
/** Files.update, setTrashed, setName, moveTo: one write round trip (assumption). */
export const UPDATE_MS = 300;
/** Content transfer speed, bytes per ms (assumption: 5 MB/s). */
export const BYTES_PER_MS = 5000;
/** Changes.getStartPageToken (assumption). */
export const START_PAGE_TOKEN_MS = 100;
/** Changes.list: fixed cost of one page (assumption). */
export const CHANGES_PAGE_MS = 200;
/** Drives.list: one page (assumption). */
export const DRIVES_LIST_MS = 200;

/** DriveApp lookups by id (getFolderById, getFileById, getRootFolder) (assumption). */
export const DRIVEAPP_GET_MS = 150;
/**
 * DriveApp iterators fetch items in hidden pages: the step that needs a new page pays this
 * (assumption; DriveApp's page size is not published either, see DRIVEAPP_PAGE_SIZE).
 */
export const DRIVEAPP_PAGE_MS = 400;
/** Items per hidden DriveApp iterator page (assumption). */
export const DRIVEAPP_PAGE_SIZE = 100;
/** Every FileIterator/FolderIterator next() (assumption: object construction server-side). */
export const DRIVEAPP_NEXT_MS = 10;
/**
 * Getters on an already fetched File/Folder (getName, getId, getSize...). The old editor's
 * execution transcript listed them as calls costing ~0 s; 1 ms is an assumption.
 */
export const DRIVEAPP_GETTER_MS = 1;

/** Modeled cost of moving `bytes` of content. */
export function transferMs(bytes: number): number {
  return Math.ceil(bytes / BYTES_PER_MS);
}
