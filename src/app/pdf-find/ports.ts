// Ports of the direct PDF search (no index): Drive searches by name and the folder listing.
import type {Corpus, DriveIndexPort, DrivePage} from '../pdf-index/ports';

/** What the direct search needs from Drive; every method is one Drive call (retries included). */
export interface PdfSearchPort {
  getRoot: DriveIndexPort['getRoot'];
  /** PDFs (not trashed) whose name contains any of the words (Drive's word-prefix match). */
  searchPdfs(
    words: readonly string[],
    corpus: Corpus,
    pageToken: string | null,
  ): DrivePage;
  /** Folders (not trashed) of the corpus, with their parents, a page at a time. */
  listFolders(corpus: Corpus, pageToken: string | null): DrivePage;
}
