// The Master as the clerk meets it, through build/Code.js: a tab that lost a required column is
// left out with a warning while everything else keeps working; NITs with a wrong or dash-less DV
// are said so or resolved; cell errors quote dates and booleans the es-CO way; read problems are
// scoped to the query and skipped rows kept apart.
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import {
  COSTOS_FIJOS_TAB,
  MANDATO_TAB,
  addMaster,
  generateMaster,
  type Master,
  type MasterRow,
} from '../fixtures/master';
import type {
  FilterOptions,
  InvoicePage,
  MasterOverview,
} from '../../src/common/master-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
type Out = string | number | boolean | null;

function setup(master: Master) {
  const world = createWorld();
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  const addon = world.loadAddon(BUNDLE);
  return {
    run: <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args),
    custom: (name: string, ...args: unknown[]) =>
      addon.run<Out | Out[][]>(name, args, {mode: 'CUSTOM_FUNCTION'}),
  };
}

/** Renames header cells of a generated tab (row 3), as if someone retyped them. */
function renameHeaders(
  master: Master,
  tab: string,
  renames: Record<string, string>,
): Master {
  const t = master.tabs.find(x => x.name === tab)!;
  t.columns.forEach(col => {
    const h = col[2];
    if (typeof h === 'string' && renames[h] !== undefined) col[2] = renames[h];
  });
  return master;
}

function netOf(rows: readonly MasterRow[], nit: string, currency = 'COP') {
  let sum = 0;
  for (const r of rows)
    if (r.tab !== 'cesion' && r.nit === nit && r.moneda === currency)
      sum += r.neto ?? 0;
  return Math.round(sum * 100) / 100;
}

describe('a Master whose mandato tab lost its NIT and # Factura columns', () => {
  const master = renameHeaders(
    generateMaster({rows: 300, seed: 21}),
    MANDATO_TAB,
    {
      Nit: 'Tercero',
      '# Factura': 'Numero',
    },
  );
  const costos = master.rows.filter(r => r.tab === 'costosFijos');
  const s = setup(master);

  it('answers a query on the healthy tab, with a warning naming the broken tab and both columns', () => {
    const page = s.run<InvoicePage>('queryInvoices', {
      tab: COSTOS_FIJOS_TAB,
      pageSize: 500,
    });
    expect(page.total).toBe(costos.length);
    const warning = page.source.warnings.find(w => w.includes(MANDATO_TAB));
    expect(warning).toBeDefined();
    expect(warning).toMatch(/# Factura/);
    expect(warning).toMatch(/NIT/);
    expect(warning).toMatch(/se leyeron las demás/);
  });

  it('keeps Consolidado, the filter lists and the overview working on the readable tab', () => {
    const page = s.run<InvoicePage>('queryInvoices', {});
    expect(page.total).toBe(costos.length);
    const options = s.run<FilterOptions>('listFilterOptions', {});
    expect(options.tabs.map(t => t.name)).toEqual([
      COSTOS_FIJOS_TAB,
      'Consolidado',
    ]);
    expect(options.nits.length).toBeGreaterThan(0);
    const overview = s.run<MasterOverview>('getOverview');
    expect(overview.source.warnings.join(' ')).toMatch(MANDATO_TAB);
  });

  it('keeps =FACTURADO working for every NIT (totals of the readable tab)', () => {
    const nits = [...new Set(costos.map(r => r.nit))].slice(0, 5);
    const out = s.custom(
      'FACTURADO',
      nits.map(n => [n]),
    ) as Out[][];
    expect(out.map(r => r[0])).toEqual(nits.map(n => netOf(costos, n)));
  });
});

describe('NITs as the clerk types them', () => {
  const master = generateMaster({rows: 200, seed: 22});
  const s = setup(master);
  const known = master.rows.find(r => r.tab === 'costosFijos')!;

  it('a wrong DV is said so, with the right one, by queries, =FACTURADO and =NIT_DV', () => {
    expect(() =>
      s.run<InvoicePage>('queryInvoices', {nits: ['890.900.841-5']}),
    ).toThrow(/el DV correcto es 9/);
    expect(s.custom('FACTURADO', '890.900.841-5')).toBe(
      'Error: "890.900.841-5": el DV correcto es 9',
    );
    expect(s.custom('NIT_DV', '890.900.841-5')).toBe(
      'Error: "890.900.841-5": el DV correcto es 9',
    );
    expect(s.custom('NIT_DV', '890.900.841-9')).toBe(9);
  });

  it('a DV typed without a dash is resolved when the Master knows only that reading', () => {
    const typed = `${known.nit}${known.dv}`;
    expect(s.custom('FACTURADO', typed)).toBe(netOf(master.rows, known.nit));
    expect(s.custom('FACTURADO', Number(typed))).toBe(
      netOf(master.rows, known.nit),
    );
  });

  it('says why the answer is empty when the Master knows neither reading', () => {
    // 853187417 has DV 5; neither 8531874175 nor 853187417 is in the generated Master.
    expect(s.custom('FACTURADO', '8531874175')).toBe(
      'Error: el Master no tiene el NIT 8531874175 ni el 853187417-5 (si el último dígito es el DV)',
    );
  });

  it('quotes a Date as dd/mm/yyyy and booleans as VERDADERO/FALSO in cell errors', () => {
    const date = new Date(Date.UTC(2025, 8, 15, 17));
    expect(s.custom('NIT_DV', date)).toBe('Error: "15/09/2025" no es un NIT');
    expect(s.custom('FACTURADO', date)).toBe(
      'Error: "15/09/2025" no es un NIT',
    );
    expect(s.custom('NIT_DV', true)).toBe('Error: "VERDADERO" no es un NIT');
    expect(s.custom('FACTURA_NORMALIZAR', false)).toMatch(/^Error: "FALSO" /);
    expect(s.custom('FACTURADO', known.nit, true)).toMatch(/"VERDADERO"/);
  });
});

describe('read problems scoped to the query, skipped rows apart', () => {
  const master = generateMaster({rows: 3000, seed: 23, messy: true});
  const s = setup(master);

  it('the overview lists subtotal rows as skipped, not as problems', () => {
    const o = s.run<MasterOverview>('getOverview');
    expect(o.skippedCount).toBeGreaterThan(0);
    expect(o.skipped.every(d => /omitida/.test(d.message))).toBe(true);
    expect(o.diagnostics.some(d => /omitida/.test(d.message))).toBe(false);
  });

  it('a query of three NITs counts only the problems of its own rows', () => {
    const all = s.run<InvoicePage>('queryInvoices', {pageSize: 500});
    const nits = [...new Set(master.rows.map(r => r.nit))].slice(0, 3);
    const page = s.run<InvoicePage>('queryInvoices', {nits, pageSize: 500});
    expect(page.diagnosticCount).toBeLessThan(all.diagnosticCount);
    expect(page.skippedCount).toBe(0);
    // Every problem listed is on a row the query returned (or about a whole tab).
    const shown = new Set(page.rows.map(r => `${r.tab}|${r.row}`));
    expect(page.total).toBeLessThanOrEqual(500);
    for (const d of page.diagnostics) {
      if (d.row > 3) expect(shown.has(`${d.tab}|${d.row}`)).toBe(true);
    }
    // And none of the whole Master's other problems: the count is those of its rows.
    const inRows = all.diagnostics.filter(d => shown.has(`${d.tab}|${d.row}`));
    expect(page.diagnostics.filter(d => d.row > 3)).toEqual(inRows);
  });
});
