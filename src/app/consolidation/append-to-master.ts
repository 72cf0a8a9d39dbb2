// Use case: after explicit confirmation, append the reviewed rows to the Master in one locked,
// all-or-nothing step, skipping invoice numbers already there, after a backup copy.
import {planAppend} from '../../domain/consolidation/rows';
import {backupName, decodeReviewRows} from '../../domain/consolidation/review';
import type {Vocabulary} from '../../domain/master/vocabulary';
import type {AppendResult} from '../../common/consolidation-api';
import type {AppendLock, Clock, MasterPort, ReviewStore} from './ports';

export interface AppendDeps {
  reviews: ReviewStore;
  master: MasterPort;
  lock: AppendLock;
  clock: Clock;
  /** How the Master's columns are spelled (the vocabulary with the profile's synonyms). */
  vocabulary?: Vocabulary;
}

/** Spanish message when the call arrives without the user's confirmation. */
export const CONFIRMATION_MISSING =
  'Falta la confirmación: revise las hojas de revisión y confirme "Agregar al Master". No se modificó nada.';

/** Throws CONFIRMATION_MISSING unless the user confirmed (checked before anything is read or locked). */
export function requireConfirmation(confirmed: unknown): void {
  if (confirmed !== true) throw new Error(CONFIRMATION_MISSING);
}

/**
 * Appends what review `reviewId` holds. Order: confirmation, lock, reviewed rows (checked against
 * their fingerprint), Master tabs read and every row laid out (all validation), then the backup,
 * then one write per tab (undone if a later one fails). Nothing to add: no backup, no write.
 */
export function appendToMaster(
  reviewId: string,
  confirmed: boolean,
  deps: AppendDeps,
): AppendResult {
  requireConfirmation(confirmed);
  deps.lock.acquire();
  try {
    const kept = deps.reviews.load();
    if (!kept) {
      throw new Error(
        'No hay una consolidación para agregar; consolide los exports primero.',
      );
    }
    if (kept.state.reviewId !== reviewId) {
      throw new Error(
        'Esa revisión ya no es la vigente (se consolidó de nuevo después); revise la última y confirme otra vez.',
      );
    }
    const rows = decodeReviewRows(kept.state, kept.cells);
    const master = deps.master.readTabs();
    const plans = planAppend(rows, master.tabs, deps.vocabulary);
    const result: AppendResult = {
      reviewId,
      masterName: master.name,
      backupName: '',
      backupUrl: '',
      appended: [],
      skipped: plans.flatMap(p => p.skipped),
      unmappedColumns: plans
        .filter(p => p.unmappedFields.length)
        .map(p => ({masterTab: p.masterTab, columns: p.unmappedFields})),
    };
    const toWrite = plans.filter(p => p.rows.length);
    if (!toWrite.length) return result;

    const backup = deps.master.backup(
      backupName(master.name, deps.clock.nowMs()),
      reviewId,
    );
    result.backupName = backup.name;
    result.backupUrl = backup.url;
    let firstRows: number[];
    try {
      firstRows = deps.master.append(toWrite);
    } catch (e) {
      throw new Error(
        `No se agregó ninguna fila al Master: ${(e as Error).message} La copia de respaldo '${result.backupName}' quedó en la carpeta del Master.`,
      );
    }
    result.appended = toWrite.map((p, i) => ({
      masterTab: p.masterTab,
      rows: p.rows.length,
      firstRow: firstRows[i],
    }));
    return result;
  } finally {
    deps.lock.release();
  }
}
