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
