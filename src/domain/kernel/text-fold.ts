// Folding of names for comparison: headers and tab names drift in case, accents, punctuation and spaces.

/**
 * Lower case, accents removed, and everything that is not a letter or digit dropped:
 * "Código  del Desembolso" -> "codigodeldesembolso", "(-) Retencio n" -> "retencion".
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Lower case, accents removed, runs of whitespace collapsed and trimmed; punctuation kept.
 * Used where punctuation matters (tab names, free-text search).
 */
export function foldSpaced(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two tab names are the same after folding case, accents and spaces. */
export function sameTabName(a: string, b: string): boolean {
  return foldSpaced(a).replace(/ /g, '') === foldSpaced(b).replace(/ /g, '');
}
