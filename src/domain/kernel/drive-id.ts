// Drive file and folder ids from what users paste: a bare id or any of Drive's and Sheets' URLs.

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
