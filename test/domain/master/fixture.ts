// Small hand-written Master tabs for domain and app tests (the big generated ones are in test/fixtures).
import type {RawCell} from '../../../src/domain/kernel/cell-values';
import {defaultMasterProfile} from '../../../src/domain/master/fields';
import {detectLayout} from '../../../src/domain/master/headers';
import type {RawTab} from '../../../src/domain/master/table';
import type {MasterFieldKey} from '../../../src/common/settings';

/** A tab as a grid: title rows, a header row, data rows. */
export interface Grid {
  title: string;
  rows: RawCell[][];
}

export const COSTOS: Grid = {
  title: 'Relacion facturas Costos Fijos',
  rows: [
    ['FINKARGO - CONTROL DE FACTURACIÓN'],
    [],
    [
      'Codigo del desembolso',
      'Fecha Facturacion',
      '# Factura',
      'Cliente',
      'Moneda',
      'Valor Costos Fijos',
      'Valor Neto Facturado',
      'Estado',
      'Nit',
    ],
    [
      'CO:901082949:1:7:PAG',
      45915,
      'FE10555',
      'ACME SAS',
      'COP',
      1000000,
      '$ 1.190.000',
      'Enviada',
      901082949,
    ],
    [
      'CO:901082949:1:8:PAG',
      '16/09/2025',
      'FE10556',
      'ACME SAS',
      'USD',
      '1.500,50',
      1785.6,
      'Enviada',
      '901.082.949-3',
    ],
    ['', '', '', '', '', '', '', '', ''],
    [
      'CO:800197268:2:1:PAG',
      45930,
      'FE10557',
      'DIAN',
      'COP',
      '#N/A',
      '(2.000,00)',
      'Anulada',
      '800197268-4',
    ],
    ['', '', 'TOTAL', '', '', 2000000, 3000000, '', ''],
    [
      'CO:900206480:3:1:PAG',
      'pendiente',
      'FE10558',
      'Beta Ltda',
      'cop',
      10,
      20,
      'Enviada',
      '900.206.480-7',
    ],
    ['', '', '', 'Subtotal COP', '', 5, 5, '', ''],
  ],
};

export const MANDATO: Grid = {
  title: 'Relación facturas mandato',
  rows: [
    ['Relación facturas mandato'],
    [
      'Codigo del desembolso',
      'Mes facturacion',
      'Interes Corriente Facturado',
      'Interes Mora Facturado Mandato',
      'Valor Neto Facturado',
      'Fecha Factura',
      '# Factura',
      'Moneda',
      'NIT',
    ],
    [
      'CO:901082949:1:7:PAG',
      'ago-25',
      500,
      50,
      550,
      45900,
      'ITPA5678',
      'COP',
      800062591.0,
    ],
    [
      'CO:901082949:9:1:PAG',
      'sept-25',
      10.5,
      '',
      '10,5',
      45931,
      'ITPA5679',
      'USD',
      '800062591',
    ],
    ['CO:123:1:1:PAG', 'xx', 1, 1, 2, 45931, 'ITPA5680', 'COP', 'ACME'],
  ],
};

/** The raw tab (columns of the fields found) the reader would hand over for a grid. */
export function rawTabOf(grid: Grid): RawTab {
  const layout = detectLayout(
    grid.title,
    grid.rows.slice(0, 10),
    defaultMasterProfile(),
  );
  const firstRow = layout.headerRow + 1;
  const data = grid.rows.slice(layout.headerRow);
  const columns: Partial<Record<MasterFieldKey, RawCell[]>> = {};
  for (const key of Object.keys(layout.columns) as MasterFieldKey[]) {
    const c = layout.columns[key]!.column - 1;
    columns[key] = data.map(r => r[c] ?? '');
  }
  return {layout, firstRow, rowCount: data.length, columns};
}
