// The default header names of every version that stored full synonym lists (settings before this format: commits fde8751 to 4bc7d27); old records are read as changes to these. Frozen: never edit.
import type {MasterFieldKey} from '../../common/master-fields';

/**
 * Those versions' defaults for each field. They never changed while the full-list format was
 * written (2026-11-28 to 2026-12-02), except that `dueDate` was added at 17bab5f: a record saved
 * before then has no `dueDate` list and so follows today's defaults for it.
 */
// prettier-ignore
export const FULL_LIST_DEFAULTS: Readonly<Partial<Record<MasterFieldKey, readonly string[]>>> = {
  invoiceNumber: ['# Factura', 'Factura', 'No. Factura', 'Numero factura', 'Número de factura', '# Invoice'],
  nit: ['Nit', 'NIT cliente', 'Nit del cliente', 'Identificacion', 'Documento cliente'],
  client: ['Cliente', 'Nombre cliente', 'Razon social', 'Nombre tercero'],
  desembolso: ['Codigo del desembolso', 'Codigo desembolso', 'Cod desembolso', 'Desembolso'],
  issueDate: ['Fecha Facturacion', 'Fecha Factura', 'Fecha de factura', 'Fecha emision'],
  billingMonth: ['Mes facturacion', 'Mes de facturacion', 'Mes facturado'],
  creditNoteDate: ['Fecha Nota Credito', 'Fecha NC'],
  creditNoteNumber: ['# Nota Credito', 'Nota credito', 'No. Nota Credito'],
  dueDate: ['Fecha de vencimiento', 'Fecha Vencimiento', 'Vencimiento', 'Fecha limite de pago'],
  currency: ['Moneda', 'Divisa'],
  status: ['Estado', 'Estado factura'],
  costosFijos: ['Valor Costos Fijos', 'Costos fijos'],
  seguroIva: ['Seguro + Iva', 'Seguro mas Iva', 'Seguro e IVA'],
  interesCorriente: ['Int. Corriente Facturado FK', 'Interes Corriente Facturado', 'Interes corriente'],
  interesMora: ['Int. Mora Facturado FK', 'Interes Mora Facturado Mandato', 'Interes Mora Facturado', 'Interes mora'],
  retencion: ['(-) Retencion en la Fuente', 'Retencion en la fuente', 'Retencion'],
  valorNeto: ['Valor Neto Facturado', 'Valor neto', 'Neto facturado'],
  otros: ['Otros Valor', 'Otros valores', 'Otros'],
};
