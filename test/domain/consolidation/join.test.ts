// Tests for the join of the Noova and NetSuite exports on generated data with known answers.
import {
  defaultRules,
  tableFromRules,
} from '../../../src/domain/consolidation/classification';
import {
  ConsolidationInputError,
  consolidate,
  type ExportSheet,
} from '../../../src/domain/consolidation/join';
import {
  KNOWN_EXPECTED,
  generatedExports,
  knownExports,
  type FixtureWorkbook,
} from '../../fixtures/exports';

const table = tableFromRules(defaultRules());

function sheetsOf(workbooks: FixtureWorkbook[]): ExportSheet[] {
  return workbooks.map(wb => ({
    source: `archivo '${wb.fileName}'`,
    sheet: wb.sheets[0].name,
    system: wb.sheets[0].name === 'Documentos' ? 'noova' : 'netsuite',
    values: wb.sheets[0].values,
  }));
}

describe('consolidate (known scenario)', () => {
  const result = consolidate(sheetsOf(knownExports()), table);
  const byKey = new Map(result.invoices.map(i => [i.key, i]));

  it('keeps every Noova invoice, routed by prefix', () => {
    expect(
      result.invoices.filter(i => i.tab === 'costosFijos').map(i => i.key),
    ).toEqual(KNOWN_EXPECTED.costosFijosKeys);
    expect(
      result.invoices.filter(i => i.tab === 'mandato').map(i => i.key),
    ).toEqual(KNOWN_EXPECTED.mandatoKeys);
  });

  it('pairs line amounts and sums them per category', () => {
    const fe1001 = byKey.get('FE1001')!;
    expect(fe1001.currency).toBe('COP');
    expect(fe1001.byCategory.intereses_corriente).toBe(1000000);
    expect(fe1001.byCategory.costos_fijos).toBe(500000);
    expect(fe1001.total).toBe(1500000);
    expect(fe1001.date).toBe('2025-09-15');
    const itpa = byKey.get('ITPA5001')!;
    expect(itpa.byCategory.intereses_corriente).toBe(300000);
    expect(itpa.byCategory.intereses_mora).toBe(45000);
  });

  it('classifies an unknown code by keyword, and leaves the rest unclassified', () => {
    expect(byKey.get('FE1002')!.lines[0]).toMatchObject({
      category: 'costos_fijos',
      classifiedBy: 'palabra',
    });
    expect(byKey.get('FE1002')!.currency).toBe('USD');
    const fe1003 = byKey.get('FE1003')!;
    expect(fe1003.lines[0].category).toBe('sin_clasificar');
    expect(fe1003.unclassifiedAmount).toBe(1234567.89);
    expect(fe1003.notes.join(' ')).toMatch(
      /1 línea sin clasificar \(producto 888\)/,
    );
  });

  it('marks invoices without value (blank amount, absent from NetSuite)', () => {
    expect(result.invoices.filter(i => i.withoutValue).map(i => i.key)).toEqual(
      KNOWN_EXPECTED.withoutValue,
    );
    expect(byKey.get('FE1004')!.total).toBeNull();
    expect(byKey.get('FE1005')!.currency).toBeNull();
  });

  it('matches the credit note to its invoice', () => {
    const note = byKey.get(KNOWN_EXPECTED.creditNote.key)!;
    expect(note.creditNote).toBe(true);
    expect(note.creditsInvoice).toBe(KNOWN_EXPECTED.creditNote.credits);
    expect(byKey.get('FE1001')!.creditedBy).toEqual({
      key: 'NCFE201',
      date: '2025-09-25',
    });
  });

  it('counts what the review shows', () => {
    expect(result.stats).toEqual({
      noovaLines: 9,
      netsuiteLines: 9,
      invoices: 6,
      creditNotes: 1,
      byTab: {costosFijos: 6, mandato: 1},
      withoutValue: 2,
      unclassifiedLines: KNOWN_EXPECTED.unclassifiedLines,
      totals: {
        COP: Math.round(KNOWN_EXPECTED.totals.COP * 100) / 100,
        USD: KNOWN_EXPECTED.totals.USD,
      },
      withoutCurrency: 0,
      onlyInNoova: KNOWN_EXPECTED.onlyInNoova,
      onlyInNetSuite: KNOWN_EXPECTED.onlyInNetSuite,
      creditNotesMatched: 1,
      creditNotesUnmatched: [],
    });
  });

  it('reports the bad row with file, sheet and row, and skips the subtotal row', () => {
    expect(result.problems).toEqual([
      "archivo 'Noova facturas sep 2025.xlsx', hoja 'Documentos', fila 10: el número \"XYZ-1\" no empieza por un prefijo conocido (NCFE, ITPA, ITGC, SETP, FE, GL); la fila no se incluyó.",
    ]);
  });
});

describe('consolidate (edge cases)', () => {
  it('keeps a NetSuite total whole when the line counts differ', () => {
    const [noova, , netsuite] = sheetsOf(knownExports());
    const ns = {
      ...netsuite,
      values: [
        ['Número de documento', 'Moneda', 'Importe (moneda extranjera)'],
        ['FE1001', 'COP', 1500000],
      ],
    };
    const result = consolidate([noova, ns], table);
    const fe = result.invoices.find(i => i.key === 'FE1001')!;
    expect(fe.total).toBe(1500000);
    expect(fe.unclassifiedAmount).toBe(1500000);
    expect(fe.notes.join(' ')).toMatch(/Noova tiene 2 líneas y NetSuite 1/);
  });

  it('uses a reference column when Noova has one, even for an invoice outside the batch', () => {
    const values = [
      [
        'NÚMERO',
        'RECEPCIÓN',
        'CÓDIGO TERCERO',
        'ORDEN DE COMPRA',
        'PRODUCTO',
        'NOMBRE PRODUCTO',
        'Factura referencia',
      ],
      ['NCFE300', '01/10/2025', '900206480', 'CO:1', '101', 'Nota', 'fe-0777'],
    ];
    const ns = [
      ['Número de documento', 'Moneda', 'Importe (moneda extranjera)'],
      ['NCFE300', 'COP', -10],
    ];
    const result = consolidate(
      [
        {source: 'pestaña N', sheet: 'N', system: 'noova', values},
        {source: 'pestaña S', sheet: 'S', system: 'netsuite', values: ns},
      ],
      table,
    );
    expect(result.invoices[0].creditsInvoice).toBe('FE777');
    expect(result.invoices[0].notes.join(' ')).toMatch(
      /no está en estos exports/,
    );
  });

  it('says which column is missing, in which file and sheet', () => {
    const [noova, , netsuite] = sheetsOf(knownExports());
    const broken = {
      ...noova,
      values: noova.values.map(r => r.filter((_, i) => i !== 8)),
    };
    expect(() => consolidate([broken, netsuite], table)).toThrow(
      new ConsolidationInputError(
        "archivo 'Noova facturas sep 2025.xlsx', hoja 'Documentos' (Noova): falta la columna 'PRODUCTO'; encabezados encontrados en la fila 1: RECEPCIÓN, NÚMERO, CÓDIGO TERCERO, NOMBRE TERCERO, EMAIL TERCERO, ESTADO, ENVIO TERCERO, ORDEN DE COMPRA, NOMBRE PRODUCTO.",
      ),
    );
  });

  it('needs both systems', () => {
    const [noova] = sheetsOf(knownExports());
    expect(() => consolidate([noova], table)).toThrow(
      /Falta el export de NetSuite/,
    );
  });

  it('adds up a larger generated month exactly per currency', () => {
    const {workbooks, totals} = generatedExports(500);
    const result = consolidate(sheetsOf(workbooks), table);
    expect(result.stats.totals).toEqual({
      COP: totals.COP,
      USD: totals.USD,
    });
    expect(result.stats.withoutValue).toBe(0);
    expect(result.problems).toEqual([]);
  });
});
