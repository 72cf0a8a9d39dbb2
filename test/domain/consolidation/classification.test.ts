// Tests for the product-code table, its keyword fall-back and the parsing of the settings tab.
import {
  classifyLine,
  defaultRules,
  parseClassificationRows,
  productCodeKey,
  rulesToRows,
  tableFromRules,
} from '../../../src/domain/consolidation/classification';

const table = tableFromRules(defaultRules());

describe('classifyLine', () => {
  it.each([
    ['101', 'intereses_corriente'],
    ['0101', 'intereses_corriente'],
    [204, 'intereses_corriente'],
    [102, 'intereses_mora'],
    ['103', 'costos_fijos'],
    [309, 'seguro_iva'],
    [311, 'otros'],
    ['500.0', 'otros'],
  ])('code %s -> %s', (code, category) => {
    expect(classifyLine(table, code, 'texto cualquiera')).toEqual({
      category,
      by: 'codigo',
    });
  });

  it.each([
    ['Comisión de originación', 'costos_fijos'],
    ['COMISION SWIFT', 'costos_fijos'],
    ['Póliza de seguro', 'seguro_iva'],
    ['IVA sobre comisión', 'seguro_iva'],
    ['Interés Corriente del periodo', 'intereses_corriente'],
    ['Intereses de mora', 'intereses_mora'],
  ])(
    'unknown code falls back to the concept "%s" -> %s',
    (concept, category) => {
      expect(classifyLine(table, 999, concept)).toEqual({
        category,
        by: 'palabra',
      });
    },
  );

  it('matches keywords as whole words only ("derivativa" has no "iva")', () => {
    expect(classifyLine(table, 999, 'Operación derivativa')).toEqual({
      category: 'sin_clasificar',
      by: 'ninguno',
    });
  });

  it('leaves a line with neither a known code nor a keyword unclassified', () => {
    expect(classifyLine(table, '', '').category).toBe('sin_clasificar');
  });
});

describe('productCodeKey', () => {
  it('drops leading zeros and a float tail', () => {
    expect(productCodeKey('00309')).toBe('309');
    expect(productCodeKey(309)).toBe('309');
    expect(productCodeKey('309.0')).toBe('309');
    expect(productCodeKey('0')).toBe('0');
  });
});

describe('the settings tab', () => {
  it('seeds every default code, with the disputed 204 explained', () => {
    const rows = rulesToRows(defaultRules());
    expect(rows[0]).toEqual(['Tipo', 'Valor', 'Categoría', 'Nota']);
    const r204 = rows.find(r => r[1] === '204');
    expect(r204?.[2]).toBe('intereses_corriente');
    expect(r204?.[3]).toMatch(/intereses_mora/);
    expect(rows.filter(r => r[0] === 'código')).toHaveLength(36);
    expect(rows.filter(r => r[0] === 'palabra clave')).toHaveLength(9);
  });

  it('reads what the business edited (204 moved to mora, a new keyword)', () => {
    const rows = rulesToRows(defaultRules()).map(r =>
      r[1] === '204' ? ['Código', '0204', 'Intereses_Mora', ''] : r,
    );
    rows.push(['palabra clave', 'Estudio de crédito', 'costos_fijos', '']);
    rows.push(['', '', '', '']);
    const parsed = parseClassificationRows(rows, 'Clasificación');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(classifyLine(parsed.table, 204, '').category).toBe('intereses_mora');
    expect(classifyLine(parsed.table, 1, 'ESTUDIO DE CREDITO').category).toBe(
      'costos_fijos',
    );
  });

  it('names the tab and row of every bad line', () => {
    const parsed = parseClassificationRows(
      [
        ['Tipo', 'Valor', 'Categoría'],
        ['código', '101', 'intereses_corriente'],
        ['código', '0101', 'otros'],
        ['letra', 'x', 'otros'],
        ['código', '900', 'gastos'],
      ],
      'Clasificación',
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [
        "hoja 'Clasificación', fila 3: el código 101 ya está en la fila 2 con la categoría intereses_corriente.",
        'hoja \'Clasificación\', fila 4: el tipo "letra" no es "código" ni "palabra clave".',
        'hoja \'Clasificación\', fila 5: la categoría "gastos" no existe; use una de: intereses_corriente, intereses_mora, costos_fijos, seguro_iva, otros.',
      ],
    });
  });
});
