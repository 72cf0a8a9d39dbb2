// Drive ids from what users paste (a bare id or any of Drive's and Sheets' URLs), a file's link, the MIME types the add-on reads.

/** Drive's MIME type of a folder. */
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** The MIME type of a PDF. */
export const PDF_MIME = 'application/pdf';
/** A Google Sheet, an .xlsx and an old .xls: the files a Master (or an export) may be. */
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const XLSX_MIME =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLS_MIME = 'application/vnd.ms-excel';

/** The Drive link of a file. */
export function driveUrl(fileId: string): string {
  return `https://drive.google.com/file/d/${encodeURIComponent(fileId)}/view`;
}

/**
 * The id in "https://drive.google.com/drive/folders/<id>", ".../file/d/<id>/view",
 * "https://docs.google.com/spreadsheets/d/<id>/edit#gid=0", "...?id=<id>", or a bare id.
 * Null when the text holds none.
 */
export function parseDriveId(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  const path = /\/(?:folders|d)\/([A-Za-z0-9_-]{10,})/.exec(t);
  if (path) return path[1];
  const query = /[?&]id=([A-Za-z0-9_-]{10,})/.exec(t);
  if (query) return query[1];
  if (/^[A-Za-z0-9_-]{10,}$/.test(t)) return t;
  return null;
}
