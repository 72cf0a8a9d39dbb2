// The registry of Master fields: key, Spanish label, how its cells are parsed, whether a tab needs it.
// MasterFieldKey is derived from it; the reader (src/domain/master), settings and the sidebar read it.

/** How a field's cells are parsed. */
export type FieldKind =
  'text' | 'nit' | 'date' | 'month' | 'currency' | 'money';

/** One field of the Master. */
export interface MasterField {
  key: string;
  /** Spanish label for messages, columns and exports. */
  label: string;
  kind: FieldKind;
  /** A tab without this column cannot be read. */
  required: boolean;
}

/** Every field, in the order columns are shown and exported. */
export const MASTER_FIELDS = [
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
  {
    key: 'interesMora',
    label: 'Interés de mora',
    kind: 'money',
    required: false,
  },
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
  {key: 'otros', label: 'Otros valores', kind: 'money', required: false},
] as const satisfies readonly MasterField[];

/** The key of a Master field: one of MASTER_FIELDS. */
export type MasterFieldKey = (typeof MASTER_FIELDS)[number]['key'];
