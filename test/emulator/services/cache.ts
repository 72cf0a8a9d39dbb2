// CacheService: document/user/script caches with the platform's limits, expiry on the virtual clock,
// the 1,000-item cap and injectable early eviction.
//
// Reference (developers.google.com/apps-script/reference/cache/cache): keys up to 250 characters,
// values up to 100 KB, expiry up to 21,600 s (default 600 s), "a cache item cap of 1,000"; past
// 1,000 items the cache keeps the 900 items farthest from expiry; items may be evicted before they
// expire. The page states no limit on how many items one putAll carries (only the item cap).
import type {Emulator} from '../core/emulator';
import {
  CACHE_GET_MS,
  CACHE_PUT_MS,
  CACHE_REMOVE_MS,
  keyValueMs,
} from './latency';

/** Limits (Cache reference page): keys <= 250 chars, values <= 100 KB, expiry <= 21,600 s. */
export const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
export const MAX_EXPIRATION_S = 21_600;
export const DEFAULT_EXPIRATION_S = 600;
/** Items one cache holds; past it the cache keeps the KEPT_AFTER_CAP farthest from expiry. */
export const MAX_ITEMS = 1000;
export const KEPT_AFTER_CAP = 900;

type C = GoogleAppsScript.Cache.Cache;
export type CacheApi = Pick<
  C,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
>;

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

interface Entry {
  value: string;
  expiresAt: number;
}

/** One cache's entries, kept by the world across executions. */
export type CacheData = Map<string, Entry>;

class FakeCache implements CacheApi {
  constructor(
    private readonly emu: Emulator,
    private readonly data: CacheData,
    private readonly kind: string,
    private readonly evicted: (key: string) => boolean,
  ) {}

  /** Charged by size (latency.ts): a fixed round trip per kind of call plus bytes and keys moved. */
  private charge(
    method: string,
    access: 'read' | 'write',
    baseMs: number,
    bytes = 0,
    keys = 1,
  ): void {
    this.emu.call('CacheService', `${this.kind}.${method}`, access, {
      ms: keyValueMs(baseMs, bytes, keys),
      bytes,
    });
  }

  private checkKey(key: string): void {
    if (key.length > MAX_KEY_LENGTH)
      throw this.emu.error('Argument too large: key');
  }

  private read(key: string): string | null {
    const e = this.data.get(key);
    if (!e) return null;
    if (e.expiresAt <= this.emu.clock.now() || this.evicted(key)) {
      this.data.delete(key);
      return null;
    }
    return e.value;
  }

  private write(
    key: string,
    value: string,
    expirationInSeconds?: number,
  ): void {
    this.checkKey(key);
    if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES)
      throw this.emu.error('Argument too large: value');
    const s = expirationInSeconds ?? DEFAULT_EXPIRATION_S;
    if (s > MAX_EXPIRATION_S || s < 1)
      throw this.emu.error('Invalid argument: expirationInSeconds');
    // Re-inserted at the end: among items expiring together the earliest written go first
    // (FIFO-like, as measured in public posts; the page does not order ties).
    this.data.delete(key);
    this.data.set(key, {value, expiresAt: this.emu.clock.now() + s * 1000});
  }

  /** The item cap: past MAX_ITEMS, expired items go, then all but the KEPT_AFTER_CAP farthest from expiry. */
  private cap(): void {
    if (this.data.size <= MAX_ITEMS) return;
    const now = this.emu.clock.now();
    for (const [k, e] of this.data) if (e.expiresAt <= now) this.data.delete(k);
    if (this.data.size <= MAX_ITEMS) return;
    // Stable sort: ties keep insertion order, so the oldest of a tie is dropped first.
    const byExpiry = [...this.data].sort(
      (a, b) => a[1].expiresAt - b[1].expiresAt,
    );
    for (const [k] of byExpiry.slice(0, byExpiry.length - KEPT_AFTER_CAP))
      this.data.delete(k);
  }

  get(key: string): string | null {
    const value = key.length > MAX_KEY_LENGTH ? null : this.read(key);
    this.charge(
      'get',
      'read',
      CACHE_GET_MS,
      value === null ? 0 : byteLength(value),
    );
    this.checkKey(key);
    return value;
  }

  getAll(keys: string[]): {[key: string]: string} {
    const out: {[key: string]: string} = {};
    let bytes = 0;
    for (const k of keys) {
      if (k.length > MAX_KEY_LENGTH) continue;
      const v = this.read(k);
      if (v !== null) {
        out[k] = v;
        bytes += byteLength(v);
      }
    }
    this.charge('getAll', 'read', CACHE_GET_MS, bytes, keys.length);
    keys.forEach(k => this.checkKey(k));
    return out;
  }

  put(key: string, value: string): void;
  put(key: string, value: string, expirationInSeconds: number): void;
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.charge('put', 'write', CACHE_PUT_MS, byteLength(String(value)));
    this.write(key, String(value), expirationInSeconds);
    this.cap();
  }

  putAll(values: {[key: string]: string}): void;
  putAll(values: {[key: string]: string}, expirationInSeconds: number): void;
  putAll(values: {[key: string]: string}, expirationInSeconds?: number): void {
    const entries = Object.entries(values);
    this.charge(
      'putAll',
      'write',
      CACHE_PUT_MS,
      entries.reduce((n, [, v]) => n + byteLength(String(v)), 0),
      entries.length,
    );
    for (const [k, v] of entries) this.write(k, String(v), expirationInSeconds);
    this.cap();
  }

  remove(key: string): void {
    this.charge('remove', 'write', CACHE_REMOVE_MS);
    this.data.delete(key);
  }

  removeAll(keys: string[]): void {
    this.charge('removeAll', 'write', CACHE_REMOVE_MS, 0, keys.length);
    for (const k of keys) this.data.delete(k);
  }
}

/** The caches behind CacheService; `evict` decides per read whether a live entry was evicted early. */
export class CacheStores {
  readonly script: CacheData = new Map();
  readonly user = new Map<string, CacheData>();
  readonly document = new Map<string, CacheData>();
  /** Injectable eviction: return true to make the cache "forget" a key now. */
  evict: (scope: 'script' | 'user' | 'document', key: string) => boolean = () =>
    false;

  /**
   * The user cache of the running execution. A custom function runs with "access to user data:
   * locale only" (guides/sheets/functions), so its user cache is never the sidebar user's: the
   * stricter reading modelled is a fresh, empty cache per custom-function execution (assumption).
   */
  forExecution(emu: Emulator): CacheData {
    const exec = emu.execution;
    if (exec?.mode !== 'CUSTOM_FUNCTION') return this.forUser(emu.user);
    return this.forUser(`custom-function#${exec.id}`);
  }

  forUser(email: string): CacheData {
    let d = this.user.get(email);
    if (!d) this.user.set(email, (d = new Map()));
    return d;
  }

  forDocument(id: string): CacheData {
    let d = this.document.get(id);
    if (!d) this.document.set(id, (d = new Map()));
    return d;
  }
}

/** The CacheService global. */
export function createCacheService(
  emu: Emulator,
  stores: CacheStores,
  documentId: () => string | null,
) {
  return {
    getScriptCache(): CacheApi {
      emu.call('CacheService', 'getScriptCache', 'read', {ms: 0});
      return new FakeCache(emu, stores.script, 'ScriptCache', k =>
        stores.evict('script', k),
      );
    },
    getUserCache(): CacheApi {
      emu.call('CacheService', 'getUserCache', 'read', {ms: 0});
      return new FakeCache(emu, stores.forExecution(emu), 'UserCache', k =>
        stores.evict('user', k),
      );
    },
    getDocumentCache(): CacheApi | null {
      emu.call('CacheService', 'getDocumentCache', 'read', {ms: 0});
      const id = documentId();
      return id === null
        ? null
        : new FakeCache(emu, stores.forDocument(id), 'DocumentCache', k =>
            stores.evict('document', k),
          );
    },
  };
}
