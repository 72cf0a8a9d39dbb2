// Modeled durations of the small services (Properties, Cache, Lock, ScriptApp triggers, MailApp,
// HtmlService, Utilities, UrlFetchApp), each constant citing its source or saying "assumption".

/**
 * PropertiesService getProperty ~30 ms, setProperty ~62 ms (means of 100 runs, script and user
 * stores: Luis Peralta, "Google Apps Script APIs performance", https://ziritione.org/post/apps_script_performance;
 * Justin Poehnelt, "Storage Wars: CacheService vs. PropertiesService vs. Firestore Benchmarks",
 * https://justin.poehnelt.com/posts/apps-script-key-value-stores: ~80 ms a write+read of 100 bytes).
 */
export const PROPERTIES_READ_MS = 30;
export const PROPERTIES_WRITE_MS = 62;
/**
 * CacheService put ~57-92 ms, get ~20 ms (3-4 ms in one series), remove ~90 ms (mitonattou919,
 * https://qiita.com/mitonattou919/items/a0fdd1a9e4559ee4a512: put 56-57, get 20-23, remove 88-90
 * for tiny and 100 KB values; ziritione.org above: put 92-93, get 3-4); the stricter figure of
 * each is used. Limits: Justin Poehnelt, "Exploring Apps Script CacheService Limits",
 * https://justin.poehnelt.com/posts/exploring-apps-script-cacheservice-limits.
 */
export const CACHE_GET_MS = 20;
export const CACHE_PUT_MS = 92;
export const CACHE_REMOVE_MS = 90;
/**
 * Size part of a cache or properties call: ASSUMPTION, 1 ms per 10 KB moved plus 1 ms per extra
 * key of a getAll/putAll/removeAll/setProperties (the published series saw no clear growth up to
 * 100 KB, so this stays within their noise).
 */
export const STORE_BYTES_PER_MS = 10 * 1024;
export const STORE_PER_KEY_MS = 1;

/** A CacheService / PropertiesService call: a fixed round trip plus the (assumed) size part. */
export function keyValueMs(baseMs: number, bytes: number, keys = 1): number {
  return (
    baseMs +
    Math.floor(bytes / STORE_BYTES_PER_MS) +
    STORE_PER_KEY_MS * Math.max(0, keys - 1)
  );
}
/** LockService acquire / release: assumption (~10 ms). */
export const LOCK_MS = 10;
/** ScriptApp trigger create/list/delete: assumption (~200 ms). */
export const TRIGGER_MS = 200;
/** MailApp.sendEmail: assumption (~500 ms). */
export const MAIL_MS = 500;
/** HtmlService file/template reads: assumption (~5 ms). */
export const HTML_MS = 5;
/** Utilities.zip/unzip throughput: assumption, 50 MB/s. */
export const ZIP_BYTES_PER_MS = 50_000;

/**
 * Modeled time of one request: a Drive round trip (the same ASSUMPTION as Files.get, 150 ms) plus
 * its bytes at Drive's assumed 5 MB/s (drive/latency.ts).
 */
export const REQUEST_MS = 150;
export const FETCH_BYTES_PER_MS = 5000;
/**
 * fetchAll runs its requests at the same time (public measurement: Kanshi Tanaike, "Benchmark:
 * fetchAll method in UrlFetch service", tanaikech.github.io/2018/04/19, five 5-second requests
 * ended together; pre-practice.net/2020/03, 3 requests 0.93 s against 1.77 s one by one). How many
 * at once is not published: ASSUMPTION (stricter), waves of 10, each wave as long as one round
 * trip, and the bytes of the whole batch through one 5 MB/s pipe (no parallel bandwidth).
 */
export const FETCH_ALL_CONCURRENCY = 10;
