// Each stage of a report run on its own: when it is ready, whether it fits the budget, the index refresh, one tab written, the delivery's export and e-mail.
import {openExecution} from '../../../src/app/report/execution';
import type {MasterData} from '../../../src/app/report/ports';
import {exportCopy, mailSummary} from '../../../src/app/report/delivery';
import {
  DEFAULT_READ_MS,
  DEFAULT_STAGE_MS,
  WORK_BUDGET_MS,
  fitsInBudget,
  isReady,
  refreshIndex,
  writeReportTab,
} from '../../../src/app/report/stages';
import {reportRow} from '../../domain/report/test-rows';
import {fakeWorld} from './fakes';

const master: MasterData = {
  sourceName: 'Master',
  warnings: ['Una fila sin NIT.'],
  reading: {diagnostics: [], total: 0},
  columns: {tabs: ['CF'], hasDueDate: true, hasStatus: true, categories: []},
  rows: [
    reportRow({
      tab: 'CF',
      row: 4,
      invoiceText: 'FE1',
      currency: 'COP',
      amount: 100,
    }),
  ],
};

function execution(options: unknown = {}) {
  const {world, ports} = fakeWorld(master);
  const counters = {rowsRead: 0, cellsWritten: 0};
  const x = openExecution(
    ports,
    {origin: 'manual', options},
    world.now,
    counters,
  );
  return {world, x, counters};
}

describe('report stages', () => {
  it('a new run is saved before any work; the PDF tab waits for the index and the delivery for every tab', () => {
    const {world, x} = execution({
      reports: ['resumen', 'pdfs'],
      sendEmail: true,
    });
    expect(JSON.parse(world.state!).executions).toBe(1);
    expect(isReady('pdf-index', x.state)).toBe(true);
    expect(isReady('pdfs', x.state)).toBe(false);
    expect(isReady('delivery', x.state)).toBe(false);
    x.state.done.push('pdf-index', 'resumen', 'pdfs');
    expect(isReady('pdfs', x.state)).toBe(false);
    expect(isReady('delivery', x.state)).toBe(true);
  });

  it('always runs an execution first stage; later ones only if the Master read and the stage fit', () => {
    const {x} = execution();
    const late = WORK_BUDGET_MS - DEFAULT_READ_MS - DEFAULT_STAGE_MS;
    expect(fitsInBudget('resumen', x, WORK_BUDGET_MS - 1, 0, 0)).toBe(true);
    expect(fitsInBudget('resumen', x, WORK_BUDGET_MS + 1, 0, 0)).toBe(false);
    expect(fitsInBudget('resumen', x, late, 0, 1)).toBe(true);
    expect(fitsInBudget('resumen', x, late + 1, 0, 1)).toBe(false);
    // Once this execution read the Master, only the stage itself is counted.
    x.master();
    expect(fitsInBudget('resumen', x, late + 1, 0, 1)).toBe(true);
    expect(fitsInBudget('delivery', x, WORK_BUDGET_MS, 0, 1)).toBe(true);
  });

  it('reads the Master once per execution, counting its rows and keeping its warnings', () => {
    const {world, x, counters} = execution();
    x.master();
    x.master();
    expect(world.reads).toBe(1);
    expect(counters.rowsRead).toBe(1);
    expect(x.state.readMs).toBe(world.readMs);
    expect(x.state.notices).toEqual(['Una fila sin NIT.']);
  });

  it('an index refresh that needs more time saves its notice and is not done', () => {
    const {world, x} = execution({reports: ['pdfs']});
    world.indexRunsLeft = 1;
    expect(refreshIndex(x)).toBe(false);
    expect(JSON.parse(world.state!).notices).toEqual([
      'Índice en construcción.',
    ]);
    expect(refreshIndex(x)).toBe(true);
    expect(x.state.done).toEqual(['pdf-index']);
  });

  it('writes one report tab and records it', () => {
    const {world, x, counters} = execution({reports: ['resumen']});
    writeReportTab(x, 'resumen');
    expect(world.tabs.map(t => t.name)).toEqual(['Resumen']);
    expect(x.state.tabs).toEqual([
      {id: 'resumen', name: 'Resumen', url: '#Resumen'},
    ]);
    expect(counters.cellsWritten).toBeGreaterThan(0);
    expect(x.state.done).toEqual(['resumen']);
  });

  it('the delivery says why it exported or mailed nothing', () => {
    const {world, x} = execution({exportFormat: 'xlsx', sendEmail: true});
    exportCopy(x, '');
    mailSummary(x, []);
    world.quota = 0;
    mailSummary(x, ['jefe@finkargo.com']);
    expect(x.state.notices).toEqual([
      'No se exportó: elija la carpeta de exportación en Configuración.',
      'No se envió el correo: no hay destinatarios en Configuración.',
      'No se envió el correo: la cuota diaria de correos de Google no alcanza para 1 destinatarios.',
    ]);
    exportCopy(x, 'folder1');
    expect(x.state.notices.at(-1)).toMatch(
      /^Copia guardada en Drive: https:\/\/drive\/folder1\/Informe_facturacion_\d{12}\.xlsx$/,
    );
    expect(world.mails).toEqual([]);
  });
});
