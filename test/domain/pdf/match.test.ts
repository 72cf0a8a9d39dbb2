// Tests for matching invoices to indexed PDFs on a hard corpus: prefix traps, renamed files,
// duplicates, notes vs invoices and folders that disagree with the Master row.
import {invoiceKeysInFileName} from '../../../src/domain/pdf/file-name';
import {
  groupByKey,
  matchPdfs,
  type PdfIndexEntry,
} from '../../../src/domain/pdf/match';

const SEPT = 'Facturacion/Año 2025/09. Septiembre/Facturacion Finkargo';
const SEPT_MANDATO = 'Facturacion/Año 2025/09. Septiembre/Facturacion mandato';
const OCT = 'Facturacion/Año 2025/10. Octubre/Facturacion Finkargo';

/** Files as they sit in Drive; the index holds one entry per key each name stands for. */
const FILES: Array<[id: string, name: string, path: string, modified: string]> =
  [
    ['f1', 'FE9133.pdf', SEPT, '2025-09-10T15:00:00.000Z'],
    ['f2', 'FE91330.pdf', SEPT, '2025-09-11T15:00:00.000Z'],
    ['f3', 'dian_FE91331.pdf', SEPT, '2025-09-11T15:00:00.000Z'],
    ['f4', 'Factura FE-10555 ACME.pdf', SEPT, '2025-09-12T15:00:00.000Z'],
    ['f5', 'NCFE10555.pdf', SEPT, '2025-09-13T15:00:00.000Z'],
    ['f6', 'FE20000.pdf', SEPT, '2025-09-14T15:00:00.000Z'],
    ['f7', 'FE20000.pdf', OCT, '2025-10-02T15:00:00.000Z'],
    ['f8', 'ITPA5678.pdf', SEPT_MANDATO, '2025-09-20T15:00:00.000Z'],
    ['f9', 'FE30000.pdf', OCT, '2025-10-01T15:00:00.000Z'],
    ['f10', 'fv08001972680001900000011.xml', SEPT, '2025-09-01T15:00:00.000Z'],
    ['f11', 'FE40000.pdf', SEPT_MANDATO, '2025-09-01T15:00:00.000Z'],
  ];

function index(): Map<string, PdfIndexEntry[]> {
  const entries: PdfIndexEntry[] = [];
  for (const [fileId, name, folderPath, modified] of FILES) {
    for (const key of invoiceKeysInFileName(name)) {
      entries.push({key, fileId, name, folderPath, modified, size: 1000});
    }
  }
  // A file listed twice (e.g. by two roots) counts once.
  entries.push({...entries[0]});
  return groupByKey(entries);
}

describe('matchPdfs', () => {
  const idx = index();

  it('finds FE9133 exactly, never FE91330 or FE91331', () => {
    const [m] = matchPdfs([{key: 'FE9133'}], idx);
    expect(m.status).toBe('found');
    expect(m.files.map(f => f.fileId)).toEqual(['f1']);
  });

  it('finds a renamed file and keeps the credit note apart', () => {
    const [invoice, note] = matchPdfs(
      [{key: 'FE10555'}, {key: 'NCFE10555'}],
      idx,
    );
    expect(invoice.files.map(f => f.fileId)).toEqual(['f4']);
    expect(note.files.map(f => f.fileId)).toEqual(['f5']);
  });

  it('lists duplicates newest first with their folders', () => {
    const [m] = matchPdfs([{key: 'FE20000'}], idx);
    expect(m.status).toBe('duplicate');
    expect(m.files.map(f => f.fileId)).toEqual(['f7', 'f6']);
    expect(m.reason).toContain('10. Octubre');
    expect(m.reason).toContain('09. Septiembre');
  });

  it('reports missing invoices, and a DIAN XML never stands for one', () => {
    const [m] = matchPdfs([{key: 'FE1972680'}], idx);
    expect(m).toEqual({key: 'FE1972680', status: 'missing', files: []});
  });

  it('flags a PDF in another month than the Master date', () => {
    const [m] = matchPdfs([{key: 'FE30000', date: '2025-09-30'}], idx);
    expect(m.status).toBe('suspicious');
    expect(m.reason).toContain('octubre');
    expect(m.reason).toContain('septiembre');
  });

  it('flags a Costos Fijos invoice filed under mandato', () => {
    const [m] = matchPdfs(
      [
        {
          key: 'FE40000',
          date: '2025-09-05',
          tab: 'Relacion facturas Costos Fijos',
        },
      ],
      idx,
    );
    expect(m.status).toBe('suspicious');
    expect(m.reason).toContain('mandato');
  });

  it('accepts a PDF whose folder agrees with the row', () => {
    const [m] = matchPdfs(
      [{key: 'ITPA5678', date: '2025-09-20', tab: 'Relación facturas mandato'}],
      idx,
    );
    expect(m.status).toBe('found');
  });

  it('without Master data, a single file is found wherever it is', () => {
    expect(matchPdfs([{key: 'FE30000'}], idx)[0].status).toBe('found');
  });

  it('answers in the order asked, repeated requests included', () => {
    const out = matchPdfs([{key: 'FE9133'}, {key: 'X1'}, {key: 'FE9133'}], idx);
    expect(out.map(m => m.key)).toEqual(['FE9133', 'X1', 'FE9133']);
  });
});
