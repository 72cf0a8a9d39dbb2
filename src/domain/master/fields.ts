// The Master's fields: what each is (text, NIT, date, money...), its Spanish label and the header
// spellings seen in Finkargo's workbook (the default profile, editable in settings).
import type {
  MasterFieldKey,
  MasterProfileSettings,
} from '../../shared/settings';
import type {DateFieldKey} from '../../shared/master-api';

/** How a field's cells are parsed. */
export type FieldKind =
  'text' | 'nit' | 'date' | 'month' | 'currency' | 'money';

/** One field of the Master. */
export interface MasterField {
  key: MasterFieldKey;
  /** Spanish label for messages, columns and exports. */
  label: string;
  kind: FieldKind;
  /** A tab without this column cannot be read. */
  required: boolean;
}

/** Every field, in the order columns are shown and exported. */
export const MASTER_FIELDS: readonly MasterField[] = [
  {key: 'invoiceNumber', label: '# Factura', kind: 'text', required: true},
  {key: 'nit', label: 'NIT', kind: 'nit', required: true},
  {key: 'client', label: 'Cliente', kind: 'text', required: false},
  {
    key: 'desembolso',
    label: 'Código del desembolso',
    kind: 'text',
    required: false,
  },
  {key: 'issueDate', label: 'Fecha factura', kind: 'date', required: false},
  {
    key: 'billingMonth',
    label: 'Mes facturación',
    kind: 'month',
    required: false,
  },
  {
    key: 'creditNoteDate',
    label: 'Fecha nota crédito',
    kind: 'date',
    required: false,
  },
  {
    key: 'creditNoteNumber',
    label: '# Nota crédito',
    kind: 'text',
    required: false,
  },
  {
    key: 'dueDate',
    label: 'Fecha de vencimiento',
    kind: 'date',
    required: false,
  },
  {key: 'currency', label: 'Moneda', kind: 'currency', required: false},
  {key: 'status', label: 'Estado', kind: 'text', required: false},
  {
    key: 'costosFijos',
    label: 'Valor costos fijos',
    kind: 'money',
    required: false,
  },
  {key: 'seguroIva', label: 'Seguro + IVA', kind: 'money', required: false},
  {
    key: 'interesCorriente',
    label: 'Interés corriente',
    kind: 'money',
    required: false,
  },
  {key: 'interesMora', label: 'Interés mora', kind: 'money', required: false},
  {
    key: 'retencion',
    label: 'Retención en la fuente',
    kind: 'money',
    required: false,
  },
  {
    key: 'valorNeto',
    label: 'Valor neto facturado',
    kind: 'money',
    required: false,
  },
  {key: 'otros', label: 'Otros valor', kind: 'money', required: false},
];

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
