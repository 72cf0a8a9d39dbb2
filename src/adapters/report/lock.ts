// The lock that keeps a manual report run and the scheduled one from running together.
import type {LockPort} from '../../app/report/ports';

/**
 * A LockPort over the document lock (all users of this document), or the script lock in a run
 * with no open document (a clock trigger: getDocumentLock is null there, docs/platform.md).
 */
export function documentLock(): LockPort {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  return {
    tryLock: ms => lock.tryLock(ms),
    release: () => lock.releaseLock(),
  };
}
