// The four exports' layouts (sheet and column names, with synonyms) and finding them in a sheet's values.
import {textOf, type RawCell} from '../kernel/cell-values';
import {foldKey} from '../kernel/text-fold';

/** Which system an export comes from. Invoices and credit notes share a layout; the prefix tells them apart. */
export type ExportSystem = 'noova' | 'netsuite';

/** A column an export must (or may) have, with the names it has been seen under. */
export interface ColumnSpec<K extends string> {
  key: K;
  names: string[];
  required: boolean;
}

export type NoovaColumn =
  | 'date'
  | 'number'
  | 'nit'
  | 'client'
  | 'email'
  | 'status'
  | 'delivery'
  | 'desembolso'
  | 'product'
  | 'concept'
  | 'reference';

export type NetSuiteColumn = 'number' | 'currency' | 'amount';

/** Noova "Documentos" (invoices and credit notes). */
export const NOOVA_LAYOUT = {
  system: 'noova' as const,
  label: 'Noova',
  sheetNames: ['Documentos'],
  columns: [
    {key: 'date', names: ['RECEPCIÓN', 'Fecha recepción'], required: true},
    {key: 'number', names: ['NÚMERO', 'Número documento'], required: true},
    {
      key: 'nit',
      names: ['CÓDIGO TERCERO', 'NIT tercero', 'NIT'],
      required: true,
    },
    {key: 'client', names: ['NOMBRE TERCERO'], required: false},
    {key: 'email', names: ['EMAIL TERCERO', 'Correo tercero'], required: false},
    {key: 'status', names: ['ESTADO'], required: false},
    {
      key: 'delivery',
      names: ['ENVIO TERCERO', 'ENVÍO TERCERO'],
      required: false,
    },
    {key: 'desembolso', names: ['ORDEN DE COMPRA'], required: true},
    {key: 'product', names: ['PRODUCTO', 'Código producto'], required: true},
    {
      key: 'concept',
      names: ['NOMBRE PRODUCTO', 'Descripción producto'],
      required: true,
    },
    {
      key: 'reference',
      names: [
        'FACTURA REFERENCIA',
        'DOCUMENTO REFERENCIA',
        'FACTURA AFECTADA',
        'REFERENCIA',
      ],
      required: false,
    },
  ] satisfies ColumnSpec<NoovaColumn>[],
};

/** NetSuite "VistapredeterminadaTransaccin" (invoices and credit notes). */
export const NETSUITE_LAYOUT = {
  system: 'netsuite' as const,
  label: 'NetSuite',
  sheetNames: [
    'VistapredeterminadaTransaccin',
    'Vista predeterminada Transacción',
  ],
  columns: [
    {
      key: 'number',
      names: ['Número de documento', 'Document Number'],
      required: true,
    },
    {key: 'currency', names: ['Moneda', 'Currency'], required: true},
    {
      key: 'amount',
      names: ['Importe (moneda extranjera)', 'Amount (Foreign Currency)'],
      required: true,
    },
  ] satisfies ColumnSpec<NetSuiteColumn>[],
};

export type ExportLayout = typeof NOOVA_LAYOUT | typeof NETSUITE_LAYOUT;

/** Rows scanned from the top to find the header row (exports may carry title rows). */
export const HEADER_SCAN_ROWS = 15;

/** Where each column of a layout is: 0-based header row and column indexes (absent optional columns omitted). */
export interface LocatedColumns<K extends string> {
  headerRow: number;
  columns: Partial<Record<K, number>>;
}

export type Locate<K extends string> =
  | {ok: true; located: LocatedColumns<K>}
  | {ok: false; missing: string[]; headerRow: number; headers: string[]};

/**
 * Finds the header row (the first of the top rows holding the most of the layout's columns)
 * and the index of every column, names compared ignoring case, accents, punctuation and spaces.
 * When a required column is missing, says which, and what the best row held.
 */
export function locateColumns<K extends string>(
  values: ReadonlyArray<ReadonlyArray<RawCell>>,
  columns: ReadonlyArray<ColumnSpec<K>>,
): Locate<K> {
  let best = {row: 0, hits: -1};
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const folded = values[r].map(c => foldKey(textOf(c)));
    let hits = 0;
    for (const c of columns) if (findIndex(folded, c) >= 0) hits++;
    if (hits > best.hits) best = {row: r, hits};
  }
  const headerCells = values[best.row] ?? [];
  const folded = headerCells.map(c => foldKey(textOf(c)));
  const located: Partial<Record<K, number>> = {};
  const missing: string[] = [];
  for (const c of columns) {
    const i = findIndex(folded, c);
    if (i >= 0) located[c.key] = i;
    else if (c.required) missing.push(c.names[0]);
  }
  if (missing.length) {
    return {
      ok: false,
      missing,
      headerRow: best.row,
      headers: headerCells
        .map(h => String(h ?? '').trim())
        .filter(h => h !== ''),
    };
  }
  return {ok: true, located: {headerRow: best.row, columns: located}};
}

function findIndex<K extends string>(
  folded: string[],
  spec: ColumnSpec<K>,
): number {
  for (const name of spec.names) {
    const i = folded.indexOf(foldKey(name));
    if (i >= 0) return i;
  }
  return -1;
}

/** The layout a workbook sheet name belongs to, or null (names compared folded). */
export function layoutOfSheetName(name: string): ExportLayout | null {
  const f = foldKey(name);
  for (const layout of [NOOVA_LAYOUT, NETSUITE_LAYOUT]) {
    if (layout.sheetNames.some(n => foldKey(n) === f)) return layout;
  }
  return null;
}

/**
 * The layout whose required columns a sheet's top rows hold (for tabs the user named freely),
 * or null when neither fits.
 */
export function layoutOfValues(
  values: ReadonlyArray<ReadonlyArray<RawCell>>,
): ExportLayout | null {
  if (locateColumns(values, NOOVA_LAYOUT.columns).ok) return NOOVA_LAYOUT;
  if (locateColumns(values, NETSUITE_LAYOUT.columns).ok) return NETSUITE_LAYOUT;
  return null;
}

/** Spanish message for a sheet missing columns: names the file, sheet, the columns and what was found. */
export function missingColumnsMessage(
  source: string,
  sheet: string,
  layout: ExportLayout,
  missing: string[],
  headerRow: number,
  headers: string[],
): string {
  const cols = missing.map(m => `'${m}'`).join(', ');
  const found = headers.length
    ? `encabezados encontrados en la fila ${headerRow + 1}: ${headers.join(', ')}`
    : 'no se encontraron encabezados';
  return `${source}, hoja '${sheet}' (${layout.label}): ${missing.length > 1 ? 'faltan las columnas' : 'falta la columna'} ${cols}; ${found}.`;
}
