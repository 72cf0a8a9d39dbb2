// Access to the advanced services (Drive v3, Sheets v4), which exist only when enabled in the manifest.

/** The Drive advanced service, or a Spanish error saying how to enable it. */
export function requireDrive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || Drive === undefined) {
    throw new Error(
      'El servicio avanzado de Drive no está habilitado en este proyecto de Apps Script (Servicios > Drive API v3).',
    );
  }
  return Drive;
}

/** The Sheets advanced service, or null when it is not enabled (callers fall back to SpreadsheetApp). */
export function sheetsService(): GoogleAppsScript.Sheets | null {
  if (typeof Sheets === 'undefined' || Sheets === undefined) return null;
  return Sheets;
}

/** Drive's Files.export with alt=media, which the typings lack: the converted bytes as a Blob. */
interface DriveExport {
  export(
    fileId: string,
    mimeType: string,
    optionalArgs: {alt: 'media'},
  ): GoogleAppsScript.Base.Blob;
}

/** Exports a Google file (a spreadsheet) to mimeType through the Drive advanced service. */
export function exportBlob(
  fileId: string,
  mimeType: string,
): GoogleAppsScript.Base.Blob {
  const files = requireDrive().Files as unknown as DriveExport;
  return files.export(fileId, mimeType, {alt: 'media'});
}
