// Staging area of an unfinished PDF index build: found folders/entries appended to a hidden sheet,
// the cursor in a document property. Rows past the cursor's counts are ignored (a run killed
// between the append and the cursor write leaves them; the next append overwrites them).
//
// Sheet "_facturacion_pdf_build" (hidden, warning-only protected, plain text), 8 columns:
//   folder: D | id | parent id | name
//   entry:  P | invoice key | file id | name | folder path | modified | bytes | folder id
import {outputSpreadsheet} from '../common/outputs';
import {
  deleteDocumentState,
  readDocumentJson,
  writeDocumentState,
} from '../common/document-state';
import type {
  BuildCursor,
  BuildStore,
  IndexedFolder,
  IndexedPdf,
  SavedBuild,
} from '../../app/pdf-index/ports';
import {cellText, findSheet, ownSheet, writeTextRows} from './hidden-sheet';
import {withRetry} from '../common/retry';

export const PDF_BUILD_SHEET = '_facturacion_pdf_build';
export const PDF_BUILD_CURSOR_KEY = 'facturacion.pdfIndex.build';
const WIDTH = 8;

function readCursor(): BuildCursor | null {
  return readDocumentJson<BuildCursor>(PDF_BUILD_CURSOR_KEY);
}

export const sheetBuildStore: BuildStore = {
  cursor: readCursor,

  load(): SavedBuild | null {
    const cursor = readCursor();
    if (!cursor) return null;
    const total = cursor.folderCount + cursor.entryCount;
    const sheet = findSheet(PDF_BUILD_SHEET);
    const rows =
      sheet && total > 0 ? sheet.getRange(1, 1, total, WIDTH).getValues() : [];
    const folders: IndexedFolder[] = [];
    const entries: IndexedPdf[] = [];
    for (const r of rows) {
      const c = r.map(cellText);
      if (c[0] === 'D') folders.push({id: c[1], parentId: c[2], name: c[3]});
      else if (c[0] === 'P') {
        entries.push({
          key: c[1],
          fileId: c[2],
          name: c[3],
          folderPath: c[4],
          modified: c[5],
          size: Number(c[6]) || 0,
          folderId: c[7],
        });
      }
    }
    if (
      folders.length !== cursor.folderCount ||
      entries.length !== cursor.entryCount
    ) {
      // The staging sheet does not hold what the cursor says: start over rather than guess.
      return null;
    }
    return {cursor, folders, entries};
  },

  save(
    cursor: BuildCursor,
    newFolders: IndexedFolder[],
    newEntries: IndexedPdf[],
  ): void {
    const previous = readCursor();
    const start =
      previous && previous.jobId === cursor.jobId
        ? previous.folderCount + previous.entryCount
        : 0;
    const rows: string[][] = [
      ...newFolders.map(f => ['D', f.id, f.parentId, f.name, '', '', '', '']),
      ...newEntries.map(e => [
        'P',
        e.key,
        e.fileId,
        e.name,
        e.folderPath,
        e.modified,
        String(e.size),
        e.folderId,
      ]),
    ];
    const sheet = ownSheet(
      PDF_BUILD_SHEET,
      'Construcción del índice de PDF en curso: no la edite.',
    );
    // Both idempotent (the same cells written again), so a retry after a timeout is safe.
    withRetry(() => {
      if (start === 0) sheet.clearContents();
      writeTextRows(sheet, start + 1, rows, WIDTH);
    });
    writeDocumentState(PDF_BUILD_CURSOR_KEY, JSON.stringify(cursor));
  },

  clear(): void {
    deleteDocumentState(PDF_BUILD_CURSOR_KEY);
    // Looked up again on each try: a retried delete that already took effect finds nothing.
    withRetry(() => {
      const sheet = findSheet(PDF_BUILD_SHEET);
      if (sheet) outputSpreadsheet().deleteSheet(sheet);
    });
  },
};
