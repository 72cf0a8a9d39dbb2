// The review of a consolidation: the rows shown in the review tabs, the state kept so that the append
// writes exactly what was reviewed (encoded rows + fingerprint), and the Master backup's name.
import type {ConsolidatedInvoice, TargetTab} from './join';
import {
  TARGET_ORDER,
  TARGET_TABS,
  cellValue,
  invoiceToFieldRow,
  type FieldRow,
  type FieldValue,
} from './rows';
import {stamp} from '../master/export';

/** Review-only columns, after the Master's: not appended. */
export const REVIEW_EXTRA_HEADERS = [
  'Clasificación por línea',
  'Observaciones',
];

/** Rows of a review, by Master tab. */
export type ReviewRows = Partial<Record<TargetTab, FieldRow[]>>;

/** The field rows of every invoice, by target tab (tab order, then invoice order). */
export function reviewRowsOf(
  invoices: ReadonlyArray<ConsolidatedInvoice>,
): ReviewRows {
  const out: ReviewRows = {};
  for (const tab of TARGET_ORDER) {
    const rows = invoices.filter(i => i.tab === tab).map(invoiceToFieldRow);
    if (rows.length) out[tab] = rows;
  }
  return out;
}

/**
 * A review tab's grid: the Master tab's column names, then per invoice its values (dates as ISO
 * text for the adapter) and the review-only columns.
 */
export function reviewGrid(
  tab: TargetTab,
  invoices: ReadonlyArray<ConsolidatedInvoice>,
): {grid: FieldValue[][]; dateColumns: number[]} {
  const fields = TARGET_TABS[tab].fields;
  const grid: FieldValue[][] = [
    [...fields.map(f => f.title), ...REVIEW_EXTRA_HEADERS],
  ];
  for (const inv of invoices.filter(i => i.tab === tab)) {
    const row = invoiceToFieldRow(inv);
    grid.push([
      ...fields.map(f => cellValue(row[f.key] ?? null)),
      inv.lines.map(l => `${l.product || '?'}: ${l.category}`).join('; '),
      inv.notes.join(' '),
    ]);
  }
  const dateColumns = fields
    .map((f, i) => (f.kind === 'date' ? i : -1))
    .filter(i => i >= 0);
  return {grid, dateColumns};
}

/** What a document property keeps about the current review (small: the rows live in a hidden sheet). */
export interface ReviewState {
  reviewId: string;
  createdAt: string;
  counts: Partial<Record<TargetTab, number>>;
  fingerprint: string;
}

/** Encodes the rows for the hidden state sheet: one [reviewId, tab, JSON] row each. */
export function encodeReviewRows(
  reviewId: string,
  rows: ReviewRows,
): string[][] {
  const out: string[][] = [];
  for (const tab of TARGET_ORDER) {
    for (const row of rows[tab] ?? [])
      out.push([reviewId, tab, JSON.stringify(row)]);
  }
  return out;
}

/** FNV-1a (32-bit) over the encoded rows: detects a hidden sheet edited since the review. */
export function fingerprintOf(
  encoded: ReadonlyArray<ReadonlyArray<string>>,
): string {
  let h = 0x811c9dc5;
  for (const row of encoded) {
    const text = row.join('\u0001') + '\u0002';
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Decodes the hidden sheet back into rows, checking they are the reviewed ones (same review id,
 * counts and fingerprint). Throws a Spanish message otherwise.
 */
export function decodeReviewRows(
  state: ReviewState,
  cells: ReadonlyArray<ReadonlyArray<unknown>>,
): ReviewRows {
  const encoded = cells
    .filter(r => r.some(c => c !== '' && c !== null))
    .map(r => r.slice(0, 3).map(c => String(c ?? '')));
  const tampered = new Error(
    'Los datos guardados de la revisión cambiaron desde que se generó; vuelva a consolidar los exports antes de agregar al Master.',
  );
  if (fingerprintOf(encoded) !== state.fingerprint) throw tampered;
  const rows: ReviewRows = {};
  for (const [id, tab, json] of encoded) {
    if (id !== state.reviewId || (tab !== 'costosFijos' && tab !== 'mandato'))
      throw tampered;
    (rows[tab] ??= []).push(JSON.parse(json) as FieldRow);
  }
  for (const tab of TARGET_ORDER) {
    if ((rows[tab]?.length ?? 0) !== (state.counts[tab] ?? 0)) throw tampered;
  }
  return rows;
}

/** "BACKUP_<name>_<yyyyMMdd_HHmmss>" in Bogotá time. */
export function backupName(masterName: string, nowMs: number): string {
  return `BACKUP_${masterName}_${stamp(nowMs)}`;
}
