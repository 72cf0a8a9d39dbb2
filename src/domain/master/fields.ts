// The Master's fields as the reader uses them (money and date fields, lookup by key) and the header
// spellings seen in Finkargo's workbook (the default profile, editable in settings). The table of
// fields itself is src/shared/master-fields.ts, which the sidebar reads too.
import {
  MASTER_FIELDS,
  type MasterField,
  type MasterFieldKey,
} from '../../shared/master-fields';
import type {MasterProfileSettings} from '../../shared/settings';
import type {DateFieldKey} from '../../shared/master-api';

export {MASTER_FIELDS, type MasterField};

/** Keys of the money fields, in display order. */
export const MONEY_FIELDS: readonly MasterFieldKey[] = MASTER_FIELDS.filter(
  f => f.kind === 'money',
).map(f => f.key);

/** Keys of the date-like fields a query can range over. */
export type {DateFieldKey};
export const DATE_FIELDS: readonly DateFieldKey[] = [
  'issueDate',
  'billingMonth',
  'creditNoteDate',
  'dueDate',
];

/** The field definition of a key. */
export function fieldOf(key: MasterFieldKey): MasterField {
  const f = MASTER_FIELDS.find(x => x.key === key);
  if (!f) throw new RangeError(`Unknown Master field: ${key}`);
  return f;
}

/** Finkargo's defaults: the two invoice tabs and the header spellings seen in the Master. */
export function defaultMasterProfile(): MasterProfileSettings {
  return {
    invoiceTabs: [
      'Relacion facturas Costos Fijos',
      'Relacion facturas mandato',
    ],
    headerScanRows: 10,
    synonyms: {
      invoiceNumber: [
        '# Factura',
        'Factura',
        'No. Factura',
        'Numero factura',
        'Número de factura',
        '# Invoice',
      ],
      nit: [
        'Nit',
        'NIT cliente',
        'Nit del cliente',
        'Identificacion',
        'Documento cliente',
      ],
      client: ['Cliente', 'Nombre cliente', 'Razon social', 'Nombre tercero'],
      desembolso: [
        'Codigo del desembolso',
        'Codigo desembolso',
        'Cod desembolso',
        'Desembolso',
      ],
      issueDate: [
        'Fecha Facturacion',
        'Fecha Factura',
        'Fecha de factura',
        'Fecha emision',
      ],
      billingMonth: ['Mes facturacion', 'Mes de facturacion', 'Mes facturado'],
      creditNoteDate: ['Fecha Nota Credito', 'Fecha NC'],
      creditNoteNumber: ['# Nota Credito', 'Nota credito', 'No. Nota Credito'],
      dueDate: [
        'Fecha de vencimiento',
        'Fecha Vencimiento',
        'Vencimiento',
        'Fecha limite de pago',
      ],
      currency: ['Moneda', 'Divisa'],
      status: ['Estado', 'Estado factura'],
      costosFijos: ['Valor Costos Fijos', 'Costos fijos'],
      seguroIva: ['Seguro + Iva', 'Seguro mas Iva', 'Seguro e IVA'],
      interesCorriente: [
        'Int. Corriente Facturado FK',
        'Interes Corriente Facturado',
        'Interes corriente',
      ],
      interesMora: [
        'Int. Mora Facturado FK',
        'Interes Mora Facturado Mandato',
        'Interes Mora Facturado',
        'Interes mora',
      ],
      retencion: [
        '(-) Retencion en la Fuente',
        'Retencion en la fuente',
        'Retencion',
      ],
      valorNeto: ['Valor Neto Facturado', 'Valor neto', 'Neto facturado'],
      otros: ['Otros Valor', 'Otros valores', 'Otros'],
    },
  };
}
