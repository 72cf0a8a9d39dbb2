// Rows of the PDF results tab: one per file (or per missing invoice), all text (the writer keeps it text).
import type {PdfLookupDto, PdfLookupStatus} from '../../common/pdf-api';

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

/** Header plus rows, as meant: the tab writer keeps every cell text (no formula, no date can start). */
export function resultRows(lookups: readonly PdfLookupDto[]): string[][] {
  const rows: string[][] = [RESULTS_HEADER];
  for (const l of lookups) {
    if (l.files.length === 0) {
      rows.push([l.invoice, STATUS_LABEL[l.status], '', '', '', '', l.reason]);
      continue;
    }
    for (const f of l.files) {
      rows.push([
        l.invoice,
        STATUS_LABEL[l.status],
        f.name,
        f.folderPath,
        f.modified.slice(0, 10),
        f.url,
        l.reason,
      ]);
    }
  }
  return rows;
}
