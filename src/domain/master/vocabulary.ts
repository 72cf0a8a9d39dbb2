// The Master's header vocabulary (how each column is spelled) and how a header row is matched to it: read by the reader and the consolidation alike.
import type {MasterFieldKey} from '../../common/master-fields';
import {type RawCell, textOf} from '../kernel/cell-values';
import {foldKey} from '../kernel/text-fold';

/** Master columns the consolidation writes but the reader does not read (not Master fields). */
export type WrittenColumnKey = 'delivery' | 'creditInvoice' | 'tercero';

/** Every Master column with a name in the vocabulary: the Master fields and the written-only columns. */
export type MasterColumnKey = MasterFieldKey | WrittenColumnKey;

/**
 * The spellings seen in Finkargo's Master for each column (Configuración edits those of the Master
 * fields, stored as changes to these: domain/settings/synonym-changes.ts). Matched after folding
 * (case, accents, punctuation, spaces), so one spelling covers 'Código'/'Codigo'.
 */
export const DEFAULT_HEADERS: Vocabulary = {
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
    // Known to the consolidation before its names and the reader's became this one list.
    'Interes Corriente Facturado FK',
  ],
  interesMora: [
    'Int. Mora Facturado FK',
    'Interes Mora Facturado Mandato',
    'Interes Mora Facturado',
    'Interes mora',
    // Known to the consolidation before its names and the reader's became this one list.
    'Interes Mora Facturado FK',
  ],
  retencion: [
    '(-) Retencion en la Fuente',
    'Retencion en la fuente',
    'Retencion',
  ],
  valorNeto: ['Valor Neto Facturado', 'Valor neto', 'Neto facturado'],
  otros: ['Otros Valor', 'Otros valores', 'Otros'],
  delivery: ['Envio'],
  creditInvoice: ['Fac de la nota Credito', 'Factura de la nota credito'],
  tercero: ['Codigo Tercero'],
};

/** The spellings of every Master column. */
export type Vocabulary = Readonly<Record<MasterColumnKey, readonly string[]>>;

/** The vocabulary with the Master fields' spellings as the profile (settings) has them. */
export function vocabularyWith(
  synonyms: Readonly<Record<MasterFieldKey, readonly string[]>>,
): Vocabulary {
  return {...DEFAULT_HEADERS, ...synonyms};
}

/** A column found in a header row: its 1-based column and the header text as written. */
export interface FoundColumn {
  column: number;
  header: string;
}

/** Folded header -> column key; a spelling listed under two keys names the first of `order`. */
export function headerIndex<K extends string>(
  names: Readonly<Partial<Record<K, readonly string[]>>>,
  order: readonly K[],
): Map<string, K> {
  const index = new Map<string, K>();
  for (const key of order) {
    for (const name of names[key] ?? []) {
      const folded = foldKey(name);
      if (folded !== '' && !index.has(folded)) index.set(folded, key);
    }
  }
  return index;
}

/** Where each key of the index is in a header row: the leftmost column carrying one of its names. */
export function columnsOfRow<K extends string>(
  row: readonly RawCell[],
  index: ReadonlyMap<string, K>,
): Partial<Record<K, FoundColumn>> {
  const columns: Partial<Record<K, FoundColumn>> = {};
  for (let c = 0; c < row.length; c++) {
    const header = textOf(row[c]);
    const key = index.get(foldKey(header));
    if (key !== undefined && columns[key] === undefined) {
      columns[key] = {column: c + 1, header};
    }
  }
  return columns;
}
