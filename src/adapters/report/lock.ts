// The report's lease: a manual run and the scheduled one never run together, while an index refresh
// (its own lease) may run beside them.
import type {LockPort} from '../../app/report/ports';
import {takeLease, type HeldLease} from '../common/leases';

/** A LockPort over the 'report' lease, taken for `by` (who the run is for). */
export function reportLease(by: string): LockPort {
  let held: HeldLease | null = null;
  return {
    take() {
      const result = takeLease('report', by);
      if ('busy' in result) return result.busy;
      held = result.held;
      return null;
    },
    release() {
      held?.release();
      held = null;
    },
  };
}
