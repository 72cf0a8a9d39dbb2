// The consolidate use case against in-memory ports: table read each run, review kept, Master untouched.
import {consolidateExports} from '../../../src/app/consolidation/consolidate-exports';
import {fakes} from './fakes';

describe('consolidateExports (use case)', () => {
  it('reads the table, then the exports, and keeps a review whose rows match its fingerprint', () => {
    const f = fakes();
    const review = consolidateExports(
      {folder: 'https://drive.google.com/drive/folders/abcdefghijk'},
      f,
    );
    expect(f.log).toEqual([
      'classification.load',
      'exports.read {"folder":"https://drive.google.com/drive/folders/abcdefghijk"}',
      'reviews.save rev-1',
    ]);
    expect(review.reviewId).toBe('rev-1');
    expect(review.createdAt).toBe('2025-10-01T15:00:00.000Z');
    expect(review.reviewTabs).toEqual([
      {
        tab: 'costosFijos',
        label: 'Costos Fijos',
        sheetName: 'Revisión consolidado - Costos Fijos',
        rows: 6,
      },
      {
        tab: 'mandato',
        label: 'Mandato',
        sheetName: 'Revisión consolidado - Mandato',
        rows: 1,
      },
    ]);
    const saved = f.saved()!;
    expect(saved.state.counts).toEqual({costosFijos: 6, mandato: 1});
    expect(saved.cells).toHaveLength(7);
    expect(saved.tabs[0].grid[0].slice(0, 3)).toEqual([
      'Codigo del desembolso',
      'Fecha Facturacion',
      '# Factura',
    ]);
    // Cell text from the exports as it is: the tab writer keeps it text (adapters/common/cells.ts).
    const beta = saved.tabs[0].grid.find(r => r[2] === 'FE1002')!;
    expect(beta[16]).toBe('=BETA LTDA');
  });

  it('refuses empty sources before reading anything', () => {
    const f = fakes();
    expect(() =>
      consolidateExports({folder: ' ', files: [''], tabs: []}, f),
    ).toThrow(/Indique dónde están los exports/);
    expect(f.log).toEqual([]);
  });

  it('stops on a broken table with every problem, before reading the exports', () => {
    const f = fakes();
    f.tableRows.push(['código', '999', 'gastos varios', '']);
    expect(() => consolidateExports({tabs: ['Noova']}, f)).toThrow(
      /La tabla de clasificación tiene errores[\s\S]*fila 47: la categoría "gastos varios" no existe/,
    );
    expect(f.log).toEqual(['classification.load']);
  });
});
