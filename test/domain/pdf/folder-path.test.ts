// Tests for reading year, month and branch from Drive folder paths.
import {
  branchOfTab,
  parseFolderPath,
} from '../../../src/domain/pdf/folder-path';

describe('parseFolderPath', () => {
  it.each([
    [
      'Facturacion/Año 2025/09. Septiembre/Facturacion Finkargo',
      {year: 2025, month: 9, branch: 'finkargo'},
    ],
    [
      'Facturacion/Año 2025/09. Septiembre/Facturacion mandato',
      {year: 2025, month: 9, branch: 'mandato'},
    ],
    ['Facturacion/AÑO  2024/12. DICIEMBRE', {year: 2024, month: 12}],
    ['Año 2025/03. Marzo', {year: 2025, month: 3}],
    ['Facturacion', {}],
    ['Facturacion/Otros', {}],
    [
      'Facturación/Año 2025/09. Setiembre/Facturación Mandatos',
      {year: 2025, month: 9, branch: 'mandato'},
    ],
  ])('%j', (path, facts) => {
    expect(parseFolderPath(path)).toEqual(facts);
  });
});

describe('branchOfTab', () => {
  it.each([
    ['Relacion facturas Costos Fijos', 'finkargo'],
    ['Relación facturas mandato', 'mandato'],
    ['Cesion', undefined],
  ])('%j -> %j', (tab, branch) => {
    expect(branchOfTab(tab)).toBe(branch);
  });
});
