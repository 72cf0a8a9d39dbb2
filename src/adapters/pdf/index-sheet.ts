// The PDF index stored in the outputs' workbook (the companion by default), where =FACTURA_PDF reads it.
//
// Layout (read by =FACTURA_PDF, issue 9, through readPdfIndexForLookup below; keep in step):
//   Sheet "_facturacion_pdf_index": hidden, warning-only protected (every editor refreshes it),
//   developer metadata key "facturacion.pdf" = "_facturacion_pdf_index". Every cell is plain text
//   (number format "@"), so names are stored exactly as in Drive and nothing can run as a formula.
//     Row 1  header: Factura | Id archivo | Nombre | Carpeta | Modificado | Enlace | Bytes | Id carpeta
//     Row 2+ one row per (invoice number, file), sorted by Factura then newest Modificado first:
//       A Factura     canonical number, prefix + consecutive without leading zeros ("FE10555", "NCFE7")
//       B Id archivo  Drive file id
//       C Nombre      file name as in Drive ("Factura FE-10555 ACME.pdf")
//       D Carpeta     folder path from the root folder's name ("Facturacion/Año 2025/09. Septiembre/...")
//       E Modificado  ISO 8601 modified time ("2025-09-10T15:00:00.000Z")
//       F Enlace      https://drive.google.com/file/d/<id>/view
//       G Bytes       size in bytes, as text ("183424"; "0" when Drive did not say)
//       H Id carpeta  Drive id of the folder in D
//     Several rows with the same Factura = duplicates; no row = missing.
//   Sheet "_facturacion_pdf_folders" (same protection): Id carpeta | Id padre ('' for a root) | Nombre.
//   Spreadsheet state "facturacion.pdfIndex.meta" (adapters/common/document-state.ts): JSON {roots,
//   builtAt, changesToken, corpus, pdfCount, unnamedCount, incomplete}; builtAt (ISO) tells how
//   fresh the index is.
import {readDocumentJson, writeDocumentState} from '../common/document-state';
import {driveUrl} from '../../domain/kernel/drive-id';
import type {
  IndexedFolder,
  IndexedPdf,
  IndexMeta,
  PdfIndexStore,
  StoredIndex,
} from '../../app/pdf-index/ports';
import {cellText, findSheet, ownSheet, writeTextRows} from './hidden-sheet';
import {withRetry} from '../common/retry';
import {currentSpreadsheet} from '../common/spreadsheets';

export const PDF_INDEX_SHEET = '_facturacion_pdf_index';
export const PDF_FOLDERS_SHEET = '_facturacion_pdf_folders';
export const PDF_INDEX_META_KEY = 'facturacion.pdfIndex.meta';
export const PDF_INDEX_HEADER = [
  'Factura',
  'Id archivo',
  'Nombre',
  'Carpeta',
  'Modificado',
  'Enlace',
  'Bytes',
  'Id carpeta',
];
const FOLDERS_HEADER = ['Id carpeta', 'Id padre', 'Nombre'];
const DESCRIPTION =
  'Índice de PDF de Facturación: lo escribe el complemento, no lo edite.';

function readMeta(): IndexMeta | null {
  return readDocumentJson<IndexMeta>(PDF_INDEX_META_KEY);
}

function dataRows(name: string, width: number): unknown[][] {
  const sheet = findSheet(name);
  if (!sheet) return [];
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, width).getValues();
}

function entryOf(r: unknown[]): IndexedPdf {
  return {
    key: cellText(r[0]),
    fileId: cellText(r[1]),
    name: cellText(r[2]),
    folderPath: cellText(r[3]),
    modified: cellText(r[4]),
    size: Number(cellText(r[6])) || 0,
    folderId: cellText(r[7]),
  };
}

function sortEntries(entries: IndexedPdf[]): IndexedPdf[] {
  return entries.sort((a, b) =>
    a.key !== b.key
      ? a.key < b.key
        ? -1
        : 1
      : a.modified > b.modified
        ? -1
        : a.modified < b.modified
          ? 1
          : 0,
  );
}

function rewrite(name: string, header: string[], rows: string[][]): void {
  const sheet = ownSheet(name, DESCRIPTION);
  // Clear and write again on a retry: the same cells either way.
  withRetry(() => {
    sheet.clearContents();
    writeTextRows(sheet, 1, [header, ...rows], header.length);
  });
}

/** PdfIndexStore over the two hidden sheets and the meta property. */
export const sheetPdfIndexStore: PdfIndexStore = {
  readMeta,

  read(): StoredIndex | null {
    const meta = readMeta();
    if (!meta) return null;
    const entries = dataRows(PDF_INDEX_SHEET, PDF_INDEX_HEADER.length)
      .filter(r => cellText(r[0]) !== '')
      .map(entryOf);
    const folders: IndexedFolder[] = dataRows(
      PDF_FOLDERS_SHEET,
      FOLDERS_HEADER.length,
    )
      .filter(r => cellText(r[0]) !== '')
      .map(r => ({
        id: cellText(r[0]),
        parentId: cellText(r[1]),
        name: cellText(r[2]),
      }));
    return {meta, folders, entries};
  },

  write(index: StoredIndex): void {
    const rows = sortEntries([...index.entries]).map(e => [
      e.key,
      e.fileId,
      e.name,
      e.folderPath,
      e.modified,
      driveUrl(e.fileId),
      String(e.size),
      e.folderId,
    ]);
    rewrite(PDF_INDEX_SHEET, PDF_INDEX_HEADER, rows);
    rewrite(
      PDF_FOLDERS_SHEET,
      FOLDERS_HEADER,
      index.folders.map(f => [f.id, f.parentId, f.name]),
    );
    this.writeMeta(index.meta);
  },

  writeMeta(meta: IndexMeta): void {
    writeDocumentState(PDF_INDEX_META_KEY, JSON.stringify(meta));
  },
};

/** The index as a custom function sees it: Drive file ids by invoice key. */
export interface PdfIndexLookup {
  /** Invoice key ("FE10555") -> ids of its PDFs (several = duplicates). */
  fileIdsByKey: Map<string, string[]>;
}

/**
 * Reads the index for lookups in CUSTOM_FUNCTION mode: SpreadsheetApp reads only, no Drive, no
 * Properties and no writes. Only columns A:B (invoice key, file id) are read, so a 50,000-row
 * index moves 100,000 cells. Null when no index was built in this spreadsheet.
 * Calls: getActiveSpreadsheet, getSheetByName, getLastRow, getRange+getValues.
 */
export function readPdfIndexForLookup(): PdfIndexLookup | null {
  // The workbook the formula is in: a custom function may not open another (docs/platform.md).
  const sheet = currentSpreadsheet()?.getSheetByName(PDF_INDEX_SHEET) ?? null;
  if (!sheet) return null;
  const fileIdsByKey = new Map<string, string[]>();
  const last = sheet.getLastRow();
  if (last < 2) return {fileIdsByKey};
  for (const [keyCell, idCell] of sheet
    .getRange(2, 1, last - 1, 2)
    .getValues()) {
    const key = cellText(keyCell);
    if (key === '') continue;
    const list = fileIdsByKey.get(key);
    if (list) list.push(cellText(idCell));
    else fileIdsByKey.set(key, [cellText(idCell)]);
  }
  return {fileIdsByKey};
}
