// Job leases kept in the spreadsheet's state (reachable by its id from every editor and from a clock
// run, which has no document lock): read and written under the script lock, held for milliseconds.
import {
  busyMessage,
  leaseBlocks,
  newLease,
  type JobKind,
  type Lease,
} from '../../domain/jobs/lease';
import {
  deleteDocumentState,
  readDocumentJson,
  writeDocumentState,
} from './document-state';

/** How long taking or giving back a lease waits for the script lock (it is held for a few calls). */
const SCRIPT_LOCK_WAIT_MS = 10_000;

/** A lease this run holds. */
export interface HeldLease {
  release(): void;
}

/** The lease taken, or the Spanish message naming who holds it and since when. */
export type LeaseResult = {held: HeldLease} | {busy: string};

const keyOf = (kind: JobKind) => `lease.${kind}`;

function underScriptLock<T>(work: () => T): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(SCRIPT_LOCK_WAIT_MS))
    throw new Error(
      'El complemento está ocupado en este momento; intente de nuevo en unos segundos.',
    );
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** Takes the lease of `kind` for `by` unless someone else holds a live one. */
export function takeLease(kind: JobKind, by: string): LeaseResult {
  return underScriptLock(() => {
    const current = readDocumentJson<Lease>(keyOf(kind));
    const now = Date.now();
    if (leaseBlocks(current, by, now)) return {busy: busyMessage(current)};
    const mine = newLease(kind, Utilities.getUuid(), by, now);
    writeDocumentState(keyOf(kind), JSON.stringify(mine));
    return {
      held: {
        release: () =>
          underScriptLock(() => {
            // Only our own: after an expiry another run may hold it now.
            if (readDocumentJson<Lease>(keyOf(kind))?.token === mine.token)
              deleteDocumentState(keyOf(kind));
          }),
      },
    };
  });
}

/** Who runs the job: the sidebar's user, or the effective user (a clock run's owner). */
export function currentUserEmail(): string {
  return (
    Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()
  );
}
