// Pure text helpers of the sidebar (no DOM, no Preact), unit-tested in test/ui.

/** Splits text into trimmed, non-empty lines. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(s => s.trim())
    .filter(Boolean);
}

/**
 * The user-facing text of a server failure: Apps Script may hand the sidebar "Error: <message>" or
 * "Exception: <message>"; the Spanish message is what follows.
 */
export function serverMessage(raw: string): string {
  const text = raw
    .replace(/^(?:(?:Script)?Error|Exception|TypeError|RangeError):\s*/i, '')
    .trim();
  return text || 'El servidor no respondió. Intente de nuevo.';
}
