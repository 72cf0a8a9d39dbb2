// Tests for laying reviewed rows under a Master tab's own headers, and skipping numbers already there.
import {
  planAppend,
  type FieldRow,
} from '../../../src/domain/consolidation/rows';
import {defaultSynonyms} from '../../../src/domain/master/fields';
import {vocabularyWith} from '../../../src/domain/master/vocabulary';

const row = (n: string, extra: Partial<FieldRow> = {}): FieldRow => ({
  number: n,
  date: '2025-09-15',
  nit: '900206480',
  currency: 'COP',
  neto: 100,
  client: '+57 cliente',
  ...extra,
});

describe('planAppend', () => {
  const master = {
    costosFijos: {
      name: 'CF',
      headerRow: 2,
      headers: [
        'Otra',
        'No. Factura',
        'FECHA  FACTURACIÓN',
        'Valor Neto Facturado',
        'Cliente',
        'Total cobrado',
      ],
      existingNumbers: ['fe-0001', '', 42],
    },
  };

  it('puts each field in its column, text as it is, and leaves other columns blank', () => {
    const [plan] = planAppend({costosFijos: [row('FE2')]}, master);
    expect(plan.rows).toEqual([
      [null, 'FE2', '2025-09-15', 100, '+57 cliente', null],
    ]);
    expect(plan.dateColumns).toEqual([2]);
    expect(plan.width).toBe(6);
    expect(plan.unmappedFields).toContain('Nit');
  });

  it('skips numbers already in the Master (any spelling) and repeats within the review', () => {
    const [plan] = planAppend(
      {costosFijos: [row('FE1'), row('FE3'), row('FE3')]},
      master,
    );
    expect(plan.keys).toEqual(['FE3']);
    expect(plan.skipped).toEqual(['FE1', 'FE3']);
  });

  it('uses the Master profile synonyms for columns renamed by the business', () => {
    const renamed = {
      costosFijos: {
        ...master.costosFijos,
        headers: ['# Factura', 'Total cobrado'],
      },
    };
    const [plain] = planAppend({costosFijos: [row('FE2')]}, renamed);
    expect(plain.rows[0]).toEqual(['FE2', null]);
    const [plan] = planAppend(
      {costosFijos: [row('FE2')]},
      renamed,
      vocabularyWith({...defaultSynonyms(), valorNeto: ['Total cobrado']}),
    );
    expect(plan.rows[0]).toEqual(['FE2', 100]);
  });

  it('says which tab is missing or lacks the invoice column', () => {
    expect(() => planAppend({mandato: [row('ITPA1')]}, master)).toThrow(
      "El Master no tiene la hoja 'Relacion facturas mandato' (Mandato); la fila de esa hoja no se puede agregar.",
    );
    expect(() =>
      planAppend(
        {costosFijos: [row('FE2')]},
        {costosFijos: {...master.costosFijos, headers: ['Cliente']}},
      ),
    ).toThrow(
      "La hoja 'CF' del Master no tiene la columna '# Factura'; encabezados en la fila 3: Cliente.",
    );
  });
});
