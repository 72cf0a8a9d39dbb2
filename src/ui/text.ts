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

/**
 * Search form of a text: lower case, no accents, and digits joined across the dots, dashes and
 * spaces of a NIT ("890.900.841-9" -> "8909008419"), so a NIT typed any way finds the same option.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d)[.\-\s]+(?=\d)/g, '$1');
}

/** Whether every word of the query is somewhere in the text, in any order ("acme 6" finds "ACME S.A.S. · 900123456-6"). */
export function matchesWords(text: string, query: string): boolean {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const key = searchKey(text);
  return words.every(w => key.includes(w));
}

const natural = new Intl.Collator('es-CO', {
  numeric: true,
  sensitivity: 'base',
});

/** Compares texts as people sort them: accents aside, "NIT 9" before "NIT 10", "CO:9" before "CO:10". */
export function compareNatural(a: string, b: string): number {
  return natural.compare(a, b);
}
