// The direct PDF search's view of Drive (advanced service v3): PDFs by name words, and all folders.
import type {PdfSearchPort} from '../../app/pdf-find/ports';
import {FOLDER_MIME, PDF_MIME} from '../../domain/kernel/drive-id';
import {drivePdfLister, listPage} from './drive-lister';

/** A search word is letters and digits only (invoice keys and consecutives): nothing to escape. */
function quoteWord(word: string): string {
  if (!/^[A-Za-z0-9]+$/.test(word))
    throw new Error(`Palabra de búsqueda no válida: "${word}"`);
  return `'${word}'`;
}

/** `(name contains 'FE1' or name contains '1' ...) and mimeType = PDF and trashed = false`. */
function nameSearchQuery(words: readonly string[]): string {
  const names = words.map(w => `name contains ${quoteWord(w)}`).join(' or ');
  return `(${names}) and mimeType = '${PDF_MIME}' and trashed = false`;
}

/** PdfSearchPort over Drive.Files (shared drives included); roots checked as the index does. */
export const drivePdfSearch: PdfSearchPort = {
  getRoot: id => drivePdfLister.getRoot(id),
  searchPdfs: (words, corpus, pageToken) =>
    listPage(nameSearchQuery(words), corpus, pageToken),
  listFolders: (corpus, pageToken) =>
    listPage(
      `mimeType = '${FOLDER_MIME}' and trashed = false`,
      corpus,
      pageToken,
    ),
};
