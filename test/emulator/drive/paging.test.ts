// Pins Files.list pages that are not full: the 460-item cap with parents in fields, and seeded
// partial/empty pages that still carry a nextPageToken (drive/paging.ts).
import {PARENTS_FIELD_PAGE_CAP} from './paging';
import {driveWorld} from './test-world';

function bigFolder(n: number) {
  const w = driveWorld();
  const folder = w.store.addFolder({name: 'Big'});
  for (let i = 0; i < n; i++) {
    w.store.addFile({
      name: `FE${1000 + i}.pdf`,
      parents: [folder.id],
      mimeType: 'application/pdf',
    });
  }
  return {...w, folder};
}

/** Lists every page of the folder with `fields`, returning page sizes and ids seen. */
function listAll(w: ReturnType<typeof bigFolder>, fields: string) {
  const sizes: number[] = [];
  const ids: string[] = [];
  const tokens: boolean[] = [];
  w.run(() => {
    let token: string | undefined;
    do {
      const page = w.Drive.Files.list({
        q: `'${w.folder.id}' in parents`,
        pageSize: 1000,
        pageToken: token,
        fields,
      });
      sizes.push(page.files!.length);
      ids.push(...page.files!.map(f => f.id!));
      token = page.nextPageToken;
      tokens.push(token !== undefined);
    } while (token);
  });
  return {sizes, ids, tokens};
}

describe('Files.list: pages with parents in fields hold at most 460 items', () => {
  // Public reports, not documentation: googleapis/google-api-dotnet-client#808 ("When I add
  // parents to my request then I get max 460 file regardless pageSize setting"), prasmussen/gdrive#38.
  test('pageSize 1000 with files(id,parents) gives pages of 460; without parents, one page of 1000', () => {
    const w = bigFolder(1000);
    expect(PARENTS_FIELD_PAGE_CAP).toBe(460);
    const withParents = listAll(w, 'nextPageToken, files(id, parents)');
    expect(withParents.sizes).toEqual([460, 460, 80]);
    expect(new Set(withParents.ids).size).toBe(1000);
    const without = listAll(w, 'nextPageToken, files(id, name)');
    expect(without.sizes).toEqual([1000]);
  });

  test.each(['*', 'nextPageToken, files', 'nextPageToken, files(*)'])(
    'fields %p includes parents, so it is capped too',
    fields => {
      expect(listAll(bigFolder(500), fields).sizes).toEqual([460, 40]);
    },
  );

  test('the cap can be lifted (parentsFieldCap: null) to compare', () => {
    const w = bigFolder(500);
    w.store.pages.paging.parentsFieldCap = null;
    expect(listAll(w, 'nextPageToken, files(id, parents)').sizes).toEqual([
      500,
    ]);
  });
});

describe('Files.list: partial and empty pages before the end (seeded)', () => {
  // files.list reference, pageSize: "Partial or empty result pages are possible even before the
  // end of the files list has been reached." (developers.google.com/drive/api/reference/rest/v3/files/list)
  test('short pages still list every item once, and empty pages carry a nextPageToken', () => {
    const w = bigFolder(700);
    w.store.pages.paging.shortPages = {seed: 7, empty: 0.3, partial: 0.4};
    const {sizes, ids, tokens} = listAll(w, 'nextPageToken, files(id)');
    expect(ids).toHaveLength(700);
    expect(new Set(ids).size).toBe(700);
    // Empty pages came back with a token, and at least one partial page.
    const emptyWithToken = sizes.filter((n, i) => n === 0 && tokens[i]);
    expect(emptyWithToken.length).toBeGreaterThan(0);
    expect(sizes.some(n => n > 0 && n < 1000)).toBe(true);
    expect(tokens[tokens.length - 1]).toBe(false);
  });

  test('the same seed gives the same pages; another seed other pages', () => {
    const a = bigFolder(700);
    const b = bigFolder(700);
    const c = bigFolder(700);
    a.store.pages.paging.shortPages = {seed: 7, empty: 0.3, partial: 0.4};
    b.store.pages.paging.shortPages = {seed: 7, empty: 0.3, partial: 0.4};
    c.store.pages.paging.shortPages = {seed: 8, empty: 0.3, partial: 0.4};
    const sa = listAll(a, 'nextPageToken, files(id)').sizes;
    expect(listAll(b, 'nextPageToken, files(id)').sizes).toEqual(sa);
    expect(listAll(c, 'nextPageToken, files(id)').sizes).not.toEqual(sa);
  });

  test('a page that ends the list may still carry a token; the page after it is empty and final', () => {
    let trailing = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const w = bigFolder(3);
      w.store.pages.paging.shortPages = {seed, empty: 0.3, partial: 0};
      const {sizes, ids, tokens} = listAll(w, 'nextPageToken, files(id)');
      expect(new Set(ids).size).toBe(3);
      const n = sizes.length;
      if (n >= 2 && sizes[n - 1] === 0 && sizes[n - 2] === 3 && tokens[n - 2])
        trailing++;
    }
    expect(trailing).toBeGreaterThan(0);
  });

  test('each empty page is still a charged call', () => {
    const w = bigFolder(10);
    w.store.pages.paging.shortPages = {seed: 7, empty: 0.5, partial: 0};
    const mark = w.emu.log.mark();
    const {sizes} = listAll(w, 'nextPageToken, files(id)');
    expect(w.emu.log.count('Drive.Files.list', mark)).toBe(sizes.length);
    expect(sizes.length).toBeGreaterThan(1);
  });
});
