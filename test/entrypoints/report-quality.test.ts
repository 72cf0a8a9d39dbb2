// Calidad de datos through the shipped bundle (build/Code.js) on a messy generated Master: what the
// Master reader could not read (#N/A, subtotal rows...) is reported as findings of its own kind,
// with tab, row and column, grouped, and with the same total getOverview states.
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import {
  COSTOS_FIJOS_TAB,
  MANDATO_TAB,
  addMaster,
  generateMaster,
} from '../fixtures/master';
import {companionOf} from '../fixtures/companion';
import type {MasterOverview} from '../../src/common/master-api';
import type {ReportRunResult} from '../../src/common/report-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const LABEL = 'Celda o fila que no se pudo leer';

type Cell = string | number | boolean | Date | null;

function section(values: Cell[][], start: (title: Cell) => boolean): Cell[][] {
  const at = values.findIndex(r => start(r[0]));
  if (at < 0) throw new Error('no such section');
  const out: Cell[][] = [];
  for (let i = at + 2; i < values.length && values[i].some(v => v !== ''); i++)
    out.push(values[i]);
  return out;
}

describe('Calidad de datos on a messy Master through build/Code.js', () => {
  const master = generateMaster({rows: 12_000, seed: 4, messy: true});
  const now = Date.UTC(2025, 9, 1, 13);
  const world = createWorld({now});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    modifiedTime: now - 86_400_000,
  });
  const addon = world.loadAddon(BUNDLE);
  const overview = addon.run<MasterOverview>('getOverview', []);
  const result = addon.run<ReportRunResult>('generateReport', [
    {reports: ['calidad']},
  ]);
  const values = world.services.SpreadsheetApp.openById(
    companionOf(world, ss.id).id,
  )
    .getSheetByName('Calidad de datos')!
    .getDataRange()
    .getValues() as Cell[][];

  it('counts every reading diagnostic getOverview reports, beyond the ones listed', () => {
    expect(result.status).toBe('done');
    // The messy Master has hundreds of unreadable cells and rows, more than the reader keeps in full.
    expect(overview.diagnosticCount + overview.skippedCount).toBeGreaterThan(
      500,
    );
    const counts = section(values, t => String(t).startsWith('Resumen ('));
    expect(counts.find(r => r[0] === LABEL)!.slice(0, 2)).toEqual([
      LABEL,
      overview.diagnosticCount + overview.skippedCount,
    ]);
    expect(result.figures!.qualityFindings).toBeGreaterThanOrEqual(
      overview.diagnosticCount + overview.skippedCount,
    );
    expect(values.flat().join(' ')).toContain(
      `El lector del Master no pudo leer ${(overview.diagnosticCount + overview.skippedCount).toLocaleString('es-CO')} celdas o filas; se detallan las primeras 500.`,
    );
  });

  it('lists each #N/A and each subtotal row the generator wrote, with tab, row and column', () => {
    const findings = section(values, t => t === 'Hallazgos').filter(
      r => r[0] === LABEL,
    );
    expect(findings).toHaveLength(500);
    const listed = new Set(findings.map(r => `${r[1]}|${r[2]}`));
    // The reader keeps the first 500 in sheet order (Costos Fijos first): check up to the last one kept.
    const last = Math.max(
      ...findings
        .filter(r => r[1] === COSTOS_FIJOS_TAB)
        .map(r => r[2] as number),
    );
    const na = master.rows.filter(
      r =>
        r.tab === 'costosFijos' &&
        r.amounts['Otros Valor'] === null &&
        r.sheetRow <= last,
    );
    expect(na.length).toBeGreaterThan(0);
    for (const r of na) {
      const f = findings.find(
        x => x[1] === COSTOS_FIJOS_TAB && x[2] === r.sheetRow,
      );
      expect(f).toBeDefined();
      expect(String(f![3])).toContain('Otros Valor');
      expect(String(f![4])).toContain('#N/A');
    }
    const cf = master.tabs.find(t => t.name === COSTOS_FIJOS_TAB)!;
    const subtotals = cf.columns[0]
      .map((v, i) => (v === 'Subtotal' ? i + 1 : 0))
      .filter(n => n > 0 && n <= last);
    expect(subtotals.length).toBeGreaterThan(0);
    for (const row of subtotals)
      expect(listed.has(`${COSTOS_FIJOS_TAB}|${row}`)).toBe(true);
  });

  it('groups them by tab and column with the total in the title', () => {
    const title = `Celdas o filas que no se pudieron leer, por hoja y columna (${(overview.diagnosticCount + overview.skippedCount).toLocaleString('es-CO')} en total)`;
    const groups = section(values, t => t === title);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.reduce((n, r) => n + (r[2] as number), 0)).toBe(500);
    for (const g of groups)
      expect([COSTOS_FIJOS_TAB, MANDATO_TAB]).toContain(g[0]);
    const counts = groups.map(g => g[2] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
