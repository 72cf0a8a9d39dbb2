// Where a ZIP job waits between executions: its plan and each PDF's outcome in a hidden sheet, its
// cursor and the status the sidebar polls in the spreadsheet's state (document-state.ts).
//
// Sheet "_facturacion_pdf_zip" (hidden, warning-only protected, plain text), 7 columns, one row per
// PDF of the plan first (row = index + 1), then one per missing invoice and per note:
//   PDF:     outcome ('' | ok | reason) | F | invoice | file id | name | path in the ZIP | bytes
//   missing: '' | M | invoice
//   note:    '' | N | text
import {outputSpreadsheet} from '../common/outputs';
import {
  deleteDocumentState,
  readDocumentJson,
  writeDocumentState,
} from '../common/document-state';
import type {SavedZipJob, ZipJobStore} from '../../app/pdf-find/zip-job';
import type {ZipCursor} from '../../app/pdf-find/zip-status';
import type {ZipItem, ZipPlan} from '../../app/pdf-find/zip-pdfs';
import type {ZipJobStatusDto} from '../../common/pdf-api';
import {cellText, findSheet, ownSheet, writeTextRows} from './hidden-sheet';
import {withRetry} from '../common/retry';

export const PDF_ZIP_SHEET = '_facturacion_pdf_zip';
const CURSOR_KEY = 'facturacion.pdfZip.job';
const STATUS_KEY = 'facturacion.pdfZip.status';
const WIDTH = 7;

/** The cursor plus how many missing and note rows follow the PDFs (to read the sheet exactly). */
interface StoredCursor extends ZipCursor {
  missingCount: number;
  noteCount: number;
}

/** The job store of this run (the sheet looked up once per run). */
export function sheetZipStore(): ZipJobStore {
  let stored: StoredCursor | null = null;
  const sheet = () =>
    ownSheet(PDF_ZIP_SHEET, 'ZIP de PDF en curso: no la edite.');
  const writeCursor = (cursor: ZipCursor) => {
    const extra = stored ?? {missingCount: 0, noteCount: 0};
    stored = {
      ...cursor,
      missingCount: extra.missingCount,
      noteCount: extra.noteCount,
    };
    writeDocumentState(CURSOR_KEY, JSON.stringify(stored));
  };
  return {
    load(): SavedZipJob | null {
      const cursor = readDocumentJson<StoredCursor>(CURSOR_KEY);
      if (!cursor) return null;
      const rowCount = cursor.total + cursor.missingCount + cursor.noteCount;
      const found = findSheet(PDF_ZIP_SHEET);
      if (!found || rowCount === 0 || found.getLastRow() < rowCount)
        return null;
      const rows = found
        .getRange(1, 1, rowCount, WIDTH)
        .getValues()
        .map(r => r.map(cellText));
      const items: ZipItem[] = [];
      const outcomes: string[] = [];
      const plan: ZipPlan = {items, missing: [], notes: []};
      for (const r of rows) {
        if (r[1] === 'F') {
          outcomes.push(r[0]);
          items.push({
            invoice: r[2],
            fileId: r[3],
            name: r[4],
            path: r[5],
            size: Number(r[6]) || 0,
          });
        } else if (r[1] === 'M') plan.missing.push(r[2]);
        else if (r[1] === 'N') plan.notes.push(r[2]);
      }
      // The sheet does not hold what the cursor says: start over rather than guess.
      if (
        items.length !== cursor.total ||
        plan.missing.length !== cursor.missingCount ||
        plan.notes.length !== cursor.noteCount
      )
        return null;
      stored = cursor;
      return {cursor, plan, outcomes};
    },

    start(cursor: ZipCursor, plan: ZipPlan): void {
      const rows = [
        ...plan.items.map(it => [
          '',
          'F',
          it.invoice,
          it.fileId,
          it.name,
          it.path,
          String(it.size),
        ]),
        ...plan.missing.map(m => ['', 'M', m, '', '', '', '']),
        ...plan.notes.map(n => ['', 'N', n, '', '', '', '']),
      ];
      const target = sheet();
      // Idempotent (the same cells written again), so a retry after a timeout is safe.
      withRetry(() => {
        target.clearContents();
        writeTextRows(target, 1, rows, WIDTH);
      });
      stored = {
        ...cursor,
        missingCount: plan.missing.length,
        noteCount: plan.notes.length,
      };
      writeDocumentState(CURSOR_KEY, JSON.stringify(stored));
    },

    advance(cursor: ZipCursor, from: number, outcomes: readonly string[]) {
      if (outcomes.length > 0) {
        const target = findSheet(PDF_ZIP_SHEET) ?? sheet();
        withRetry(() =>
          writeTextRows(
            target,
            from + 1,
            outcomes.map(o => [o]),
            1,
          ),
        );
      }
      writeCursor(cursor);
    },

    saveCursor: writeCursor,

    clear(): void {
      deleteDocumentState(CURSOR_KEY);
      withRetry(() => {
        const found = findSheet(PDF_ZIP_SHEET);
        if (found) outputSpreadsheet().deleteSheet(found);
      });
    },
  };
}

/** Saves the status the sidebar polls. */
export function putZipStatus(status: ZipJobStatusDto): void {
  writeDocumentState(STATUS_KEY, JSON.stringify(status));
}

/** This spreadsheet's latest ZIP job status (null when none). */
export function latestZipStatus(): ZipJobStatusDto | null {
  return readDocumentJson<ZipJobStatusDto>(STATUS_KEY);
}
