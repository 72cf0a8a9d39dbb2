// LockService: document/user/script locks, released when the execution ends. Executions never
// interleave in one process, so contention is modeled by holding a lock "from another execution".
import {LOCK_TIMEOUT_MESSAGE} from './errors';
import type {Emulator} from '../core/emulator';
import {LOCK_MS} from './latency';

type L = GoogleAppsScript.Lock.Lock;
export type LockApi = Pick<
  L,
  'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'
>;

/** Who holds which lock: the execution id, or 'other' (held by a simulated concurrent run until `until`). */
interface Holder {
  execution: number | 'other';
  until: number;
}

/** Lock state kept by the world. */
export class LockTable {
  private readonly held = new Map<string, Holder>();

  constructor(private readonly emu: Emulator) {
    emu.onExecutionEnd.push(() => {
      for (const [k, h] of this.held)
        if (h.execution !== 'other') this.held.delete(k);
    });
  }

  /** Test hook: another execution holds `key` ('script', 'user:<email>', 'document:<id>') for `ms`. */
  holdFromAnotherExecution(key: string, ms: number): void {
    this.held.set(key, {execution: 'other', until: this.emu.clock.now() + ms});
  }

  holder(key: string): Holder | undefined {
    const h = this.held.get(key);
    if (h && h.execution === 'other' && h.until <= this.emu.clock.now()) {
      this.held.delete(key);
      return undefined;
    }
    return h;
  }

  set(key: string, execution: number): void {
    this.held.set(key, {execution, until: Infinity});
  }

  delete(key: string): void {
    this.held.delete(key);
  }
}

class FakeLock implements LockApi {
  constructor(
    private readonly emu: Emulator,
    private readonly table: LockTable,
    private readonly key: string,
    private readonly kind: string,
  ) {}

  private mine(): number {
    return this.emu.execution?.id ?? 0;
  }

  /** Waits up to timeoutInMillis on the virtual clock; true when acquired. */
  private acquire(timeoutInMillis: number): boolean {
    const h = this.table.holder(this.key);
    if (!h || h.execution === this.mine()) {
      this.table.set(this.key, this.mine());
      return true;
    }
    const waitUntil = this.emu.clock.now() + timeoutInMillis;
    if (h.execution === 'other' && h.until <= waitUntil) {
      this.emu.spend(h.until - this.emu.clock.now());
      this.table.set(this.key, this.mine());
      return true;
    }
    this.emu.spend(Math.max(0, timeoutInMillis));
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.emu.call('LockService', `${this.kind}.tryLock`, 'read', {ms: LOCK_MS});
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.emu.call('LockService', `${this.kind}.waitLock`, 'read', {
      ms: LOCK_MS,
    });
    if (!this.acquire(timeoutInMillis))
      throw this.emu.error(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    this.emu.call('LockService', `${this.kind}.hasLock`, 'read', {ms: 0});
    return this.table.holder(this.key)?.execution === this.mine();
  }

  releaseLock(): void {
    this.emu.call('LockService', `${this.kind}.releaseLock`, 'read', {
      ms: LOCK_MS,
    });
    if (this.table.holder(this.key)?.execution === this.mine())
      this.table.delete(this.key);
  }
}

/** The LockService global. getDocumentLock is null without a bound document. */
export function createLockService(
  emu: Emulator,
  table: LockTable,
  documentId: () => string | null,
) {
  return {
    getScriptLock(): LockApi {
      emu.call('LockService', 'getScriptLock', 'read', {ms: 0});
      return new FakeLock(emu, table, 'script', 'ScriptLock');
    },
    getUserLock(): LockApi {
      emu.call('LockService', 'getUserLock', 'read', {ms: 0});
      return new FakeLock(emu, table, `user:${emu.user}`, 'UserLock');
    },
    getDocumentLock(): LockApi | null {
      emu.call('LockService', 'getDocumentLock', 'read', {ms: 0});
      const id = documentId();
      return id === null
        ? null
        : new FakeLock(emu, table, `document:${id}`, 'DocumentLock');
    },
  };
}
