// Values fixed for one execution (the open spreadsheet, its id, the script-properties store) asked
// of Apps Script once per call of a global instead of at every use; forgotten when a global starts.
const memo = new Map<string, unknown>();

/** The value of `make()` for the rest of this execution. */
export function perRun<T>(key: string, make: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  memo.set(key, value);
  return value;
}

/**
 * Forgets every value: called as each global starts (entrypoints/run-scope.ts). Apps Script starts
 * each execution afresh, but a realm that outlives one (the emulator's) must not carry them over.
 */
export function startRun(): void {
  memo.clear();
}
