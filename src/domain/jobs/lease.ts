// Leases of long jobs: one job of each kind per spreadsheet at a time, each lease with an expiry so a
// run the platform killed does not block the next forever; the Spanish "who, since when" message.
import {formatInstant} from '../kernel/format';

/** The long jobs that must not run twice at once in one spreadsheet (different kinds may). */
export type JobKind = 'pdf-index' | 'pdf-zip' | 'report';

/** Who holds a job kind, since when and until when. */
export interface Lease {
  kind: JobKind;
  /** Tells the holder's own lease from another run's. */
  token: string;
  /** E-mail of who started it ('' when Google did not tell). */
  by: string;
  /** ms since epoch. */
  since: number;
  /** ms since epoch; past it the lease is free (a killed run's is forgotten). */
  expires: number;
}

/**
 * How long a lease lasts: one execution runs at most 6 minutes (developers.google.com/apps-script/
 * guides/services/quotas), so 7 minutes outlive any live holder; a job that continues in a later
 * execution takes the lease again there.
 */
export const LEASE_MS = 7 * 60 * 1000;

const DOING: Record<JobKind, string> = {
  'pdf-index': 'Se está actualizando el índice de PDF',
  'pdf-zip': 'Se está creando un ZIP de PDF',
  report: 'Se está generando el informe',
};

/**
 * Whether `lease` stops a new job of its kind for `by` at `now`. A missing or expired lease does
 * not, nor one `by` holds: the same person resumes their own job at once (the sidebar calls again
 * after a pause, a run of theirs the platform killed must not make them wait; the jobs resume from
 * their saved progress), while anyone else waits for it to end or expire.
 */
export function leaseBlocks(
  lease: Lease | null,
  by: string,
  now: number,
): lease is Lease {
  return (
    lease !== null && lease.expires > now && (by === '' || lease.by !== by)
  );
}

/** A new lease for `by`, from `now`. */
export function newLease(
  kind: JobKind,
  token: string,
  by: string,
  now: number,
): Lease {
  return {kind, token, by, since: now, expires: now + LEASE_MS};
}

/** "Se está generando el informe en este documento desde el 01/10/2025 08:00, iniciado por ana@…". */
export function busyMessage(lease: Lease): string {
  const who = lease.by === '' ? 'una ejecución programada' : lease.by;
  return (
    `${DOING[lease.kind]} en este documento desde el ${formatInstant(lease.since)}, iniciado por ${who}. ` +
    `Espere a que termine (a más tardar a las ${formatInstant(lease.expires).slice(11)}) e intente de nuevo.`
  );
}
