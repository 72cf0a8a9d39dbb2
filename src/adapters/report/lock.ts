// The document lock that keeps a manual report run and the scheduled one from running together.
import type {LockPort} from '../../app/report/ports';

/** A LockPort over LockService.getDocumentLock() (all users of this document). */
export function documentLock(): LockPort {
  const lock = LockService.getDocumentLock();
  if (!lock)
    throw new Error(
      'No hay documento abierto: no se puede coordinar la generación del informe.',
    );
  return {
    tryLock: ms => lock.tryLock(ms),
    release: () => lock.releaseLock(),
  };
}
