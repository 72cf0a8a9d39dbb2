// Tests of the Drive listing query: OR-groups of parents, PDFs and folders only, ids that cannot
// break out of the query's quotes.
import {childrenQuery} from '../../../src/adapters/pdf/drive-lister';

describe('childrenQuery', () => {
  it('ORs the parents and keeps only live PDFs and folders', () => {
    expect(childrenQuery(['1aB-_c', '2dE'])).toBe(
      "('1aB-_c' in parents or '2dE' in parents) and trashed = false and (mimeType = 'application/pdf' or mimeType = 'application/vnd.google-apps.folder')",
    );
  });

  it('refuses an id that would inject query text', () => {
    expect(() => childrenQuery(["x' in parents or name contains 'a"])).toThrow(
      'Id de carpeta no válido',
    );
  });
});
