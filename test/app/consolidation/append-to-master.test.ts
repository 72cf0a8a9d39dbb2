// The append use case against in-memory ports: confirmation, lock, validation before backup, idempotence.
import {
  appendToMaster,
  CONFIRMATION_MISSING,
} from '../../../src/app/consolidation/append-to-master';
import {consolidateExports} from '../../../src/app/consolidation/consolidate-exports';
import {fakes} from './fakes';

function reviewed() {
  const f = fakes();
  const review = consolidateExports({tabs: ['Noova', 'NetSuite']}, f);
  f.log.length = 0;
  return {f, review};
}

describe('appendToMaster (use case)', () => {
  it('without confirmation touches nothing, not even the lock', () => {
    const {f, review} = reviewed();
    expect(() => appendToMaster(review.reviewId, false, f)).toThrow(
      CONFIRMATION_MISSING,
    );
    expect(f.log).toEqual([]);
  });

  it('validates everything, then backs up, then appends once; a second run adds nothing', () => {
    const {f, review} = reviewed();
    const first = appendToMaster(review.reviewId, true, f);
    expect(f.log).toEqual([
      'lock.acquire',
      'reviews.load',
      'master.readTabs',
      'master.backup BACKUP_Master_20251001_100000',
      'master.append Relacion facturas Costos Fijos:5,Relacion facturas mandato:1',
      'lock.release',
    ]);
    expect(first.skipped).toEqual(['FE1002']);
    expect(first.unmappedColumns[0].columns).toContain('Valor Costos Fijos');
    // Rows are laid under the Master's own headers.
    expect(f.appended[0].rows[0]).toEqual([
      'CO:900206480:1:7:PAG',
      '2025-09-15',
      'FE1001',
      '900206480',
      'COP',
      1500000,
    ]);
    expect(f.appended[0].dateColumns).toEqual([1]);

    f.log.length = 0;
    const second = appendToMaster(review.reviewId, true, f);
    expect(second.appended).toEqual([]);
    expect(second.backupName).toBe('');
    expect(f.log).toEqual([
      'lock.acquire',
      'reviews.load',
      'master.readTabs',
      'lock.release',
    ]);
  });

  it('makes no backup when a Master tab lacks the invoice column, and releases the lock', () => {
    const {f, review} = reviewed();
    f.masterTabs.mandato!.headers = ['Moneda'];
    expect(() => appendToMaster(review.reviewId, true, f)).toThrow(
      "La hoja 'Relacion facturas mandato' del Master no tiene la columna '# Factura'",
    );
    expect(f.log).toEqual([
      'lock.acquire',
      'reviews.load',
      'master.readTabs',
      'lock.release',
    ]);
  });

  it('reports a failed write as nothing appended, naming the backup', () => {
    const {f, review} = reviewed();
    f.failAppendWith(
      new Error(
        "falló la escritura en la hoja 'Relacion facturas mandato' (cuota).",
      ),
    );
    expect(() => appendToMaster(review.reviewId, true, f)).toThrow(
      "No se agregó ninguna fila al Master: falló la escritura en la hoja 'Relacion facturas mandato' (cuota). La copia de respaldo 'BACKUP_Master_20251001_100000' quedó en la carpeta del Master.",
    );
    expect(f.log.at(-1)).toBe('lock.release');
  });

  it('refuses a review whose kept rows were edited', () => {
    const {f, review} = reviewed();
    const saved = f.saved()!;
    saved.cells[0][2] = saved.cells[0][2].replace('FE1001', 'FE9999');
    expect(() => appendToMaster(review.reviewId, true, f)).toThrow(
      /cambiaron desde que se generó/,
    );
    expect(f.log).not.toContain('master.readTabs');
  });

  it('refuses an old review id and says why when nothing was consolidated', () => {
    const {f} = reviewed();
    expect(() => appendToMaster('rev-0', true, f)).toThrow(
      /ya no es la vigente/,
    );
    const empty = fakes();
    expect(() => appendToMaster('rev-1', true, empty)).toThrow(
      /consolide los exports primero/,
    );
    expect(empty.log).toEqual(['lock.acquire', 'reviews.load', 'lock.release']);
  });
});
