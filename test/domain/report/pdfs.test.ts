import {buildPdfReport} from '../../../src/domain/report/pdfs';
import type {PdfIndexEntry} from '../../../src/domain/pdf/match';
import {day, reportRow} from './test-rows';

function pdf(key: string, fileId: string, folderPath: string): PdfIndexEntry {
  return {
    key,
    fileId,
    name: `${key}.pdf`,
    folderPath,
    modified: '2025-09-20T00:00:00Z',
    size: 1,
  };
}

describe('buildPdfReport', () => {
  it('counts each distinct invoice once and lists missing, duplicate and suspicious with their row', () => {
    const rows = [
      reportRow({row: 4, invoiceText: 'FE1', issueDate: day('2025-09-10')}),
      reportRow({row: 5, invoiceText: 'FE2', issueDate: day('2025-09-10')}),
      reportRow({row: 6, invoiceText: 'FE3', issueDate: day('2025-09-10')}),
      reportRow({row: 7, invoiceText: 'FE4', issueDate: day('2025-09-10')}),
      reportRow({row: 8, invoiceText: 'fe-1', issueDate: day('2025-09-10')}),
      reportRow({row: 9, invoiceText: 'basura'}),
    ];
    const sep = 'Facturacion/Año 2025/09. Septiembre/Facturacion Finkargo';
    const entries = [
      pdf('FE1', 'a', sep),
      pdf('FE2', 'b', sep),
      pdf('FE2', 'c', 'Facturacion/Año 2025/08. Agosto/Facturacion Finkargo'),
      pdf('FE3', 'd', 'Facturacion/Año 2025/07. Julio/Facturacion Finkargo'),
      pdf('FE40', 'e', sep),
    ];
    const r = buildPdfReport(rows, entries);
    expect([r.invoices, r.found, r.missing, r.duplicate, r.suspicious]).toEqual(
      [4, 1, 1, 1, 1],
    );
    expect(r.problems.map(p => [p.match.status, p.match.key, p.row])).toEqual([
      ['missing', 'FE4', 7],
      ['duplicate', 'FE2', 5],
      ['suspicious', 'FE3', 6],
    ]);
  });
});
