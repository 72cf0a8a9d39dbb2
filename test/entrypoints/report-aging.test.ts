// Cartera por edades through the shipped bundle (build/Code.js): a Master with due dates and statuses
// gets its buckets right against an independent computation from the generator's rows; a Master
// without due dates gets the tab marked as not available (not listed as generated).
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import {addMaster, generateMaster, type Master} from '../fixtures/master';
import {companionOf} from '../fixtures/companion';
import type {ReportRunResult} from '../../src/common/report-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const DAY = 86_400_000;
const BOGOTA_OFFSET = 5 * 3_600_000;
/** Upper bounds of the buckets in days past due: vigente, 1-30, 31-60, 61-90, 91-180, 181-360, >360. */
const BOUNDS = [0, 30, 60, 90, 180, 360, Infinity];

type Cell = string | number | boolean | Date | null;

function run(master: Master, now: number) {
  const world = createWorld({now});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    modifiedTime: now - DAY,
  });
  const addon = world.loadAddon(BUNDLE);
  const result = addon.run<ReportRunResult>('generateReport', [
    {reports: ['cartera']},
  ]);
  const values = () =>
    world.services.SpreadsheetApp.openById(companionOf(world, ss.id).id)
      .getSheetByName('Cartera por edades')!
      .getDataRange()
      .getValues() as Cell[][];
  return {result, values};
}

function section(values: Cell[][], title: string): Cell[][] {
  const at = values.findIndex(r => r[0] === title);
  if (at < 0) throw new Error(`no section ${title}`);
  const out: Cell[][] = [];
  for (let i = at + 2; i < values.length && values[i].some(v => v !== ''); i++)
    out.push(values[i]);
  return out;
}

describe('Cartera por edades through build/Code.js', () => {
  it('buckets open invoices by days past due in America/Bogota, as computed from the generator', () => {
    const master = generateMaster({rows: 300, seed: 17, dueDates: true});
    // 2026-10-01 23:30 in Bogota (already 2026-10-02 in UTC): the day counted to is Bogota's.
    const now = Date.UTC(2026, 9, 2, 4, 30);
    const asOf = Date.UTC(2026, 9, 1) + BOGOTA_OFFSET;
    const want = new Map<string, number[]>();
    const counts = BOUNDS.map(() => 0);
    for (const r of master.rows) {
      if (r.tab === 'cesion' || r.estado === 'Pagada') continue;
      const overdue = Math.round((asOf - r.dueMs!) / DAY);
      const b = BOUNDS.findIndex(max => overdue <= max);
      const buckets = want.get(r.moneda) ?? BOUNDS.map(() => 0);
      buckets[b] += r.neto!;
      counts[b]++;
      want.set(r.moneda, buckets);
    }
    // The data must exercise every bucket, or the test proves less than it claims.
    expect(counts.every(n => n > 0)).toBe(true);

    const {result, values} = run(master, now);
    expect(result.status).toBe('done');
    expect(result.message).toContain('«Cartera por edades»');
    expect(result.message).not.toContain('No disponible');
    expect(result.tabs[0]).not.toHaveProperty('unavailable');
    const totals = section(values(), 'Totales por moneda');
    expect(totals.map(r => r[0])).toEqual(['COP', 'USD']);
    for (const row of totals) {
      const w = want.get(row[0] as string)!;
      const got = row.slice(1, 8) as number[];
      got.forEach((v, i) => expect(v).toBeCloseTo(w[i], 1));
      expect(row[8] as number).toBeCloseTo(
        w.reduce((a, b) => a + b, 0),
        1,
      );
    }
    expect(values().flat().join(' ')).toContain(
      'Días de mora contados al 01/10/2026',
    );
  });

  it('on a Master without due dates, says where to add the column and does not list the tab as generated', () => {
    const master = generateMaster({rows: 60, seed: 3});
    const {result, values} = run(master, Date.UTC(2025, 9, 1, 13));
    expect(result.status).toBe('done');
    expect(result.message).toBe(
      'Informe generado: ningún informe. No disponible: «Cartera por edades» (ver avisos).',
    );
    expect(result.tabs).toMatchObject([
      {id: 'cartera', name: 'Cartera por edades', unavailable: true},
    ]);
    const reason = result.notices.find(n =>
      n.startsWith('La cartera por edades no está disponible'),
    );
    expect(reason).toContain('Configuración > Nombres de columna aceptados');
    expect(reason).toContain('fecha de vencimiento');
    expect(values().flat().join(' ')).toContain(reason!);
  });
});
