// The Master's fields as the reader uses them (money and date fields, lookup by key) and the default
// profile (invoice tabs, header spellings from vocabulary.ts). The table of fields itself is
// src/common/master-fields.ts, which the sidebar reads too.
import {
  MASTER_FIELDS,
  type MasterField,
  type MasterFieldKey,
} from '../../common/master-fields';
import type {MasterProfileSettings} from '../../common/settings';
import type {DateFieldKey} from '../../common/master-api';
import {DEFAULT_HEADERS} from './vocabulary';

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

/** Finkargo's defaults: the two invoice tabs and the header spellings of the vocabulary. */
export function defaultMasterProfile(): MasterProfileSettings {
  return {
    invoiceTabs: [
      'Relacion facturas Costos Fijos',
      'Relacion facturas mandato',
    ],
    headerScanRows: 10,
    synonyms: defaultSynonyms(),
  };
}

/** A fresh copy of the vocabulary's spellings of every Master field. */
export function defaultSynonyms(): Record<MasterFieldKey, string[]> {
  return Object.fromEntries(
    MASTER_FIELDS.map(f => [f.key, [...DEFAULT_HEADERS[f.key]]]),
  ) as Record<MasterFieldKey, string[]>;
}
