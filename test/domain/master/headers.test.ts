// Header-row detection and tab matching on drifting spellings.
import {defaultMasterProfile} from '../../../src/domain/master/fields';
import {
  detectLayout,
  matchInvoiceTabs,
} from '../../../src/domain/master/headers';
import {foldKey, sameTabName} from '../../../src/domain/kernel/text-fold';

const profile = defaultMasterProfile();

describe('folding', () => {
  it('folds case, accents, punctuation and spaces', () => {
    expect(foldKey('Código  del Desembolso')).toBe('codigodeldesembolso');
    expect(foldKey('(-) Retencio n en la Fuente')).toBe('retencionenlafuente');
    expect(foldKey('Int. Corriente Facturado FK')).toBe(
      'intcorrientefacturadofk',
    );
    expect(
      sameTabName('Relación  facturas MANDATO ', 'Relacion facturas mandato'),
    ).toBe(true);
    expect(
      sameTabName('Relacion facturas mandato 2', 'Relacion facturas mandato'),
    ).toBe(false);
  });
});

describe('matchInvoiceTabs', () => {
  it('finds the invoice tabs whatever their spelling and reports the missing ones', () => {
    expect(
      matchInvoiceTabs(
        [
          'Cesion',
          'Relacion facturas costos fijos',
          'Relación facturas mandato',
        ],
        profile,
      ),
    ).toEqual({
      matched: ['Relacion facturas costos fijos', 'Relación facturas mandato'],
      missing: [],
    });
    expect(
      matchInvoiceTabs(['Cesion', 'RELACION FACTURAS MANDATO'], profile),
    ).toEqual({
      matched: ['RELACION FACTURAS MANDATO'],
      missing: ['Relacion facturas Costos Fijos'],
    });
  });
});

describe('detectLayout', () => {
  it('skips the title rows and finds the header on row 3 with drifting spellings', () => {
    const rows = [
      ['ARCHIVO CONTROL FACTURACION MENSUAL', '', '', ''],
      ['Corte: septiembre 2025'],
      [
        'CODIGO DEL  DESEMBOLSO',
        'Fecha Facturación',
        '# Factura',
        'Validacion Consecutivo',
        'NIT',
        'Moneda',
        'Valor Costos Fijos',
        '(-) Retencio n en la Fuente',
        'Valor Neto Facturado',
      ],
      [
        'CO:901082949:1:7:PAG',
        45915,
        'FE10555',
        'OK',
        901082949,
        'COP',
        1000,
        -40,
        960,
      ],
    ];
    const layout = detectLayout(
      'Relacion facturas Costos Fijos',
      rows,
      profile,
    );
    expect(layout.headerRow).toBe(3);
    expect(layout.columns.desembolso).toEqual({
      column: 1,
      header: 'CODIGO DEL DESEMBOLSO',
    });
    expect(layout.columns.issueDate?.column).toBe(2);
    expect(layout.columns.invoiceNumber?.column).toBe(3);
    expect(layout.columns.nit?.column).toBe(5);
    expect(layout.columns.retencion?.column).toBe(8);
    expect(layout.columns.valorNeto?.column).toBe(9);
    expect(layout.columns.client).toBeUndefined();
  });

  it('uses the edited synonyms of the profile', () => {
    const custom = {
      ...profile,
      synonyms: {...profile.synonyms, nit: ['Identificación tributaria']},
    };
    const layout = detectLayout(
      'X',
      [['# Factura', 'IDENTIFICACION TRIBUTARIA']],
      custom,
    );
    expect(layout.columns.nit?.column).toBe(2);
  });

  it('names the tab, the missing column, the header row and what it found', () => {
    const rows = [
      ['Relación de facturas'],
      [],
      [
        'Codigo del desembolso',
        'Mes facturacion',
        '# Factura',
        'Moneda',
        'Cliente',
      ],
    ];
    expect(() =>
      detectLayout('Relacion facturas mandato', rows, profile),
    ).toThrow(
      "A la hoja 'Relacion facturas mandato' le falta la columna NIT; encabezados encontrados en la fila 3: Codigo del desembolso, Mes facturacion, # Factura, Moneda, Cliente.",
    );
  });

  it('says when no header row is recognisable in the rows scanned', () => {
    expect(() =>
      detectLayout(
        'Hoja1',
        [
          ['a', 'b'],
          [1, 2],
        ],
        profile,
      ),
    ).toThrow(
      /La hoja 'Hoja1' no tiene una fila de encabezados reconocible en sus primeras 2 filas/,
    );
  });
});
