// Rows of the PDF results tab: one per file (or per missing invoice), text neutralised for cells.
import {neutraliseCellText} from '../../domain/kernel/cell-text';
import type {PdfLookupDto, PdfLookupStatus} from '../../shared/pdf-api';

export const RESULTS_HEADER = [
  'Factura',
  'Estado',
  'Archivo',
  'Carpeta',
  'Modificado',
  'Enlace',
  'Observación',
];

const STATUS_LABEL: Record<PdfLookupStatus, string> = {
  found: 'Encontrado',
  duplicate: 'Duplicado',
  missing: 'No encontrado',
  suspicious: 'Revisar carpeta',
};

/** Header plus rows; every text from Drive or the user is neutralised (no formula can start). */
export function resultRows(lookups: readonly PdfLookupDto[]): string[][] {
  const rows: string[][] = [RESULTS_HEADER];
  const text = neutraliseCellText;
  for (const l of lookups) {
    if (l.files.length === 0) {
      rows.push([
        text(l.invoice),
        STATUS_LABEL[l.status],
        '',
        '',
        '',
        '',
        text(l.reason),
      ]);
      continue;
    }
    for (const f of l.files) {
      rows.push([
        text(l.invoice),
        STATUS_LABEL[l.status],
        text(f.name),
        text(f.folderPath),
        f.modified.slice(0, 10),
        f.url,
        text(l.reason),
      ]);
    }
  }
  return rows;
}
