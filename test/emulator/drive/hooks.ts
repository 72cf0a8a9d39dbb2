// What the Drive emulator needs from the rest of the world (wired by world.ts), kept small so
// Drive code never depends on the Sheets emulator directly.

/** Optional bridges to other emulated services. */
export interface DriveHooks {
  /**
   * Converts an uploaded .xlsx into a native spreadsheet in the Sheets emulator and returns its
   * id (Files.create / Files.copy with mimeType application/vnd.google-apps.spreadsheet). The
   * Drive store then lists a file with that id.
   */
  xlsxToSpreadsheet?(bytes: Uint8Array, name: string): string;
  /** Exports a native file (Files.export, getAs), e.g. a spreadsheet as .xlsx or PDF. */
  exportFile?(fileId: string, mimeType: string): Uint8Array;
  /**
   * Copies a native spreadsheet in the Sheets emulator (Files.copy, File.makeCopy) and returns the
   * new id; the Drive store then lists (adopts) a file with that id.
   */
  copySpreadsheet?(sourceId: string, name: string): string;
  /**
   * Makes an empty native spreadsheet in the Sheets emulator and returns its id (Files.create of
   * the Sheets mimeType with no content); the Drive store then adopts a file with that id.
   */
  blankSpreadsheet?(name: string): string;
  /** Builds a Blob of the world's Utilities, so Drive and Utilities hand out the same class. */
  newBlob?(
    bytes: Uint8Array,
    contentType: string | null,
    name: string | null,
  ): GoogleAppsScript.Base.Blob;
}

/** A key for content bytes (FNV-1a + length), e.g. to find a pre-loaded conversion. */
export function bytesKey(bytes: Uint8Array): string {
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return `${bytes.length}:${(h >>> 0).toString(16)}`;
}
