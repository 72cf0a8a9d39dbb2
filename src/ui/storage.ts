// Small, failure-tolerant persistence of sidebar state in sessionStorage (survives closing the panel).

const PREFIX = 'facturacion.v1.';

/** Reads a stored JSON value, or the fallback when absent, unreadable or storage is blocked. */
export function loadState<T>(key: string, fallback: T): T {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

/** Stores a JSON value; silently does nothing where storage is blocked (sandboxed iframes). */
export function saveState(key: string, value: unknown): void {
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage is a convenience only; the server keeps everything that matters.
  }
}
