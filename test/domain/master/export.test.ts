// Export naming like the old reports, columns, and neutralised text.
import {
  exportColumns,
  exportRows,
  reportName,
} from '../../../src/domain/master/export';
import {buildTable} from '../../../src/domain/master/table';
import {formatDay} from '../../../src/domain/kernel/format';
import {formatMoney} from '../../../src/common/money';
import {dayOfYmd} from '../../../src/domain/kernel/day';
import {COSTOS, rawTabOf} from './fixture';

// 2025-11-28 10:15:00 in Bogotá = 15:15:00 UTC.
const AT = Date.UTC(2025, 10, 28, 15, 15, 0);

describe('reportName', () => {
  it('names exports like the old system did', () => {
    expect(reportName('Consolidado', ['CO:901082949:1:7:PAG'], AT)).toBe(
      'Factura_CO_901082949_1_7_PAG_20251128_101500',
    );
    expect(reportName('Consolidado', ['a', 'b', 'c'], AT)).toBe(
      'Facturas_Multiples_3_codigos_20251128_101500',
    );
    expect(reportName('Consolidado', [], AT)).toBe(
      'Consolidado_Todas_Facturas_20251128_101500',
    );
    expect(reportName('Relacion facturas Costos Fijos', [], AT)).toBe(
      'Relacion_facturas_Costos_Fijos_20251128_101500',
    );
    expect(reportName('Relación facturas mandato', [], AT)).toBe(
      'Relacion_facturas_mandato_20251128_101500',
    );
  });
});

describe('export rows', () => {
  it('starts each row with the tab and the sheet row, and neutralises formula-like text', () => {
    const grid = {
      ...COSTOS,
      rows: COSTOS.rows.map((r, i) =>
        i === 3 ? ['=HYPERLINK("x")', ...r.slice(1)] : r,
      ),
    };
    const table = buildTable([rawTabOf(grid)]);
    const {keys, columns} = exportColumns(table);
    expect(columns.slice(0, 4).map(c => c.label)).toEqual([
      'Hoja',
      'Fila',
      '# Factura',
      'NIT',
    ]);
    const rows = exportRows(table, [0, 1], keys);
    expect(rows[0].slice(0, 4)).toEqual([
      'Relacion facturas Costos Fijos',
      4,
      'FE10555',
      '901082949',
    ]);
    expect(rows[1][3]).toBe('901082949-3');
    const codeAt = keys.indexOf('desembolso') + 2;
    // As meant: the writer keeps it text (adapters/common/cells.ts), the domain does not escape it.
    expect(rows[0][codeAt]).toBe('=HYPERLINK("x")');
    expect(rows[0][keys.indexOf('issueDate') + 2]).toEqual({
      day: dayOfYmd(2025, 9, 15),
    });
  });
});

describe('format', () => {
  it('formats money per currency and dates as dd/mm/yyyy', () => {
    expect(formatMoney(1234567.89, 'COP')).toBe('$\u00a01.234.568');
    expect(formatMoney(1234567.89, 'USD')).toBe('US$\u00a01.234.567,89');
    expect(formatMoney(5, 'XYZ1')).toBe('5 XYZ1');
    expect(formatDay(dayOfYmd(2025, 9, 5)!)).toBe('05/09/2025');
  });
});
