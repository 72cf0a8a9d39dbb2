// Pins Drive.Files.list as the add-on meets it: query semantics (prefix trap), shared-drive flags,
// paging, fields, orderBy, incompleteSearch, errors, faults, permissions and call costs.
import {driveFault} from './index';
import {FILES_LIST_PAGE_MS, LIST_PER_ITEM_MS} from './latency';
import {driveWorld} from './test-world';

type Err = Error & {
  details?: {
    code: number;
    message: string;
    errors: Array<{reason: string; location?: string}>;
  };
};

function thrown(fn: () => unknown): Err {
  try {
    fn();
  } catch (e) {
    return e as Err;
  }
  throw new Error('expected an exception');
}

function invoiceWorld() {
  const w = driveWorld();
  const folder = w.store.addFolder({name: 'Facturacion'});
  for (const name of [
    'FE9133.pdf',
    'FE91330.pdf',
    'dian_FE9133.pdf',
    'XFE9133.pdf',
    'fe9133.PDF',
    'FE9134.pdf',
  ]) {
    w.store.addFile({
      name,
      parents: [folder.id],
      mimeType: 'application/pdf',
      content: new Uint8Array([37, 80, 68, 70]),
    });
  }
  return {...w, folder};
}

describe('Files.list query semantics', () => {
  test("name contains 'FE9133' is a word-prefix match: FE91330.pdf comes back too", () => {
    const {Drive, run} = invoiceWorld();
    const res = run(() => Drive.Files.list({q: "name contains 'FE9133'"}));
    expect(res.files!.map(f => f.name).sort()).toEqual(
      ['FE9133.pdf', 'FE91330.pdf', 'dian_FE9133.pdf', 'fe9133.PDF'].sort(),
    );
  });

  test('name = is exact', () => {
    const {Drive, run} = invoiceWorld();
    const res = run(() => Drive.Files.list({q: "name = 'FE9133.pdf'"}));
    expect(res.files!.map(f => f.name)).toEqual(['FE9133.pdf']);
  });

  test("'id' in parents, mimeType, trashed (trashed files are returned unless excluded)", () => {
    const {Drive, store, run, folder} = invoiceWorld();
    const trashed = store.addFile({
      name: 'FE1.pdf',
      parents: [folder.id],
      mimeType: 'application/pdf',
      trashed: true,
    });
    store.addFile({
      name: 'fv08001972680001900000011.xml',
      parents: [folder.id],
      mimeType: 'application/xml',
    });
    const all = run(() => Drive.Files.list({q: `'${folder.id}' in parents`}));
    expect(all.files!.map(f => f.id)).toContain(trashed.id);
    const live = run(() =>
      Drive.Files.list({
        q: `'${folder.id}' in parents and trashed = false and mimeType = 'application/pdf'`,
      }),
    );
    expect(live.files).toHaveLength(6);
    const notPdf = run(() =>
      Drive.Files.list({
        q: `'${folder.id}' in parents and mimeType != 'application/pdf'`,
      }),
    );
    expect(notPdf.files!.map(f => f.name)).toEqual([
      'fv08001972680001900000011.xml',
    ]);
  });

  test('modifiedTime comparisons with RFC 3339 (UTC unless a zone is given)', () => {
    const {Drive, store, run} = driveWorld();
    store.addFile({name: 'old.pdf', modifiedTime: Date.UTC(2025, 0, 1)});
    store.addFile({name: 'new.pdf', modifiedTime: Date.UTC(2025, 8, 15, 12)});
    const names = (q: string) =>
      run(() => Drive.Files.list({q})).files!.map(f => f.name);
    expect(names("modifiedTime > '2025-09-01T00:00:00'")).toEqual(['new.pdf']);
    expect(names("modifiedTime < '2025-09-01'")).toEqual(['old.pdf']);
    expect(names("modifiedTime >= '2025-09-15T07:00:00-05:00'")).toEqual([
      'new.pdf',
    ]);
    expect(names("modifiedTime > '2025-09-15T07:00:01-05:00'")).toEqual([]);
  });

  test('fullText contains matches at least by name; and/or/not/parentheses combine', () => {
    const {Drive, run} = invoiceWorld();
    const names = (q: string) =>
      run(() => Drive.Files.list({q}))
        .files!.map(f => f.name)
        .sort();
    expect(names("fullText contains 'dian'")).toEqual(['dian_FE9133.pdf']);
    expect(
      names(
        "(name contains 'FE9134' or name contains 'XFE9133') and not name contains 'dian'",
      ),
    ).toEqual(['FE9134.pdf', 'XFE9133.pdf']);
  });

  test('escaped quotes and backslashes in values', () => {
    const {Drive, store, run} = driveWorld();
    store.addFile({name: "Valentine's Day.pdf"});
    store.addFile({name: 'back\\slash.pdf'});
    expect(
      run(() =>
        Drive.Files.list({q: String.raw`name = 'Valentine\'s Day.pdf'`}),
      ).files,
    ).toHaveLength(1);
    expect(
      run(() => Drive.Files.list({q: String.raw`name = 'back\\slash.pdf'`}))
        .files,
    ).toHaveLength(1);
  });
});

describe('Files.list errors', () => {
  test.each([
    ['name contains FE9133', 'q'],
    ["title contains 'FE9133'", 'q'],
    ["name contains 'a' and", 'q'],
  ])('bad query %s -> 400 Invalid Value', (q, location) => {
    const {Drive, run} = driveWorld();
    const e = thrown(() => run(() => Drive.Files.list({q})));
    expect(e.message).toBe(
      'API call to drive.files.list failed with error: Invalid Value',
    );
    expect(e.name).toBe('GoogleJsonResponseException');
    expect(e.details).toMatchObject({
      code: 400,
      errors: [{reason: 'invalid', location}],
    });
  });

  test('more than 50 ORed parents -> "The query is too complex"', () => {
    const {Drive, run} = driveWorld();
    const q = Array.from({length: 51}, (_, i) => `'p${i}' in parents`).join(
      ' or ',
    );
    const e = thrown(() => run(() => Drive.Files.list({q})));
    expect(e.message).toBe(
      'API call to drive.files.list failed with error: The query is too complex',
    );
    const ok = Array.from({length: 50}, (_, i) => `'p${i}' in parents`).join(
      ' or ',
    );
    expect(
      run(() => Drive.Files.list({q: `(${ok}) and trashed = false`})).files,
    ).toEqual([]);
  });

  test.each([0, 1001, 2.5])('pageSize %p -> Invalid Value', pageSize => {
    const {Drive, run} = driveWorld();
    const e = thrown(() => run(() => Drive.Files.list({pageSize})));
    expect(e.details).toMatchObject({
      code: 400,
      errors: [{location: 'pageSize'}],
    });
  });

  test('unknown field in fields -> Invalid field selection', () => {
    const {Drive, run} = driveWorld();
    const e = thrown(() =>
      run(() => Drive.Files.list({fields: 'files(id,title)'})),
    );
    expect(e.message).toBe(
      'API call to drive.files.list failed with error: Invalid field selection title',
    );
  });

  test('orderBy with fullText is refused; unknown orderBy key is Invalid Value', () => {
    const {Drive, run} = driveWorld();
    expect(
      thrown(() =>
        run(() =>
          Drive.Files.list({q: "fullText contains 'x'", orderBy: 'name'}),
        ),
      ).message,
    ).toBe(
      'API call to drive.files.list failed with error: Sorting is not supported for queries with fullText terms. Results are always in descending relevance order.',
    );
    expect(
      thrown(() => run(() => Drive.Files.list({orderBy: 'size'}))).details,
    ).toMatchObject({
      code: 400,
      errors: [{location: 'orderBy'}],
    });
  });

  test('a failed call is still a logged call', () => {
    const {Drive, emu, run} = driveWorld();
    thrown(() => run(() => Drive.Files.list({q: 'bad'})));
    expect(emu.log.count('Drive.Files.list')).toBe(1);
  });
});

describe('Files.list paging, fields, orderBy', () => {
  function bigFolder(n: number) {
    const w = driveWorld();
    const folder = w.store.addFolder({name: 'Big'});
    for (let i = 0; i < n; i++) {
      w.store.addFile({
        name: `FE${1000 + i}.pdf`,
        parents: [folder.id],
        mimeType: 'application/pdf',
        size: 1000,
      });
    }
    return {...w, folder};
  }

  test('default pageSize is 100; pages chain through nextPageToken without loss or repeats', () => {
    const {Drive, emu, run, folder} = bigFolder(250);
    const mark = emu.log.mark();
    const seen: string[] = [];
    const sizes: number[] = [];
    run(() => {
      let token: string | undefined;
      do {
        const page = Drive.Files.list({
          q: `'${folder.id}' in parents`,
          pageToken: token,
          fields: 'nextPageToken, files(id, name)',
        });
        sizes.push(page.files!.length);
        seen.push(...page.files!.map(f => f.id!));
        for (const f of page.files!)
          expect(Object.keys(f).sort()).toEqual(['id', 'name']);
        token = page.nextPageToken;
      } while (token);
    });
    expect(sizes).toEqual([100, 100, 50]);
    expect(new Set(seen).size).toBe(250);
    const s = emu.log.summary(mark);
    expect(s.byMethod['Drive.Files.list']).toBe(3);
    expect(s.files).toBe(250);
    expect(s.ms).toBe(3 * FILES_LIST_PAGE_MS + 250 * LIST_PER_ITEM_MS);
  });

  test('pageSize 1000 lists 250 in one call; the last page has no nextPageToken', () => {
    const {Drive, emu, run, folder} = bigFolder(250);
    const page = run(() =>
      Drive.Files.list({q: `'${folder.id}' in parents`, pageSize: 1000}),
    );
    expect(page.files).toHaveLength(250);
    expect(page.nextPageToken).toBeUndefined();
    expect(emu.log.count('Drive.Files.list')).toBe(1);
  });

  test('default response shape: kind, incompleteSearch, files(kind,id,name,mimeType)', () => {
    const {Drive, run} = bigFolder(1);
    const page = run(() => Drive.Files.list());
    expect(Object.keys(page).sort()).toEqual([
      'files',
      'incompleteSearch',
      'kind',
    ]);
    expect(Object.keys(page.files![0]).sort()).toEqual([
      'id',
      'kind',
      'mimeType',
      'name',
    ]);
  });

  test('fields=* and nested fields give sizes as strings, times as RFC 3339, owners, webViewLink', () => {
    const {Drive, run, me} = bigFolder(1);
    const f = run(() =>
      Drive.Files.list({q: "mimeType = 'application/pdf'", fields: 'files(*)'}),
    ).files![0];
    expect(f).toMatchObject({
      size: '1000',
      mimeType: 'application/pdf',
      trashed: false,
      createdTime: '2025-10-01T13:00:00.000Z',
      owners: [{emailAddress: me, me: true}],
    });
    expect(f.webViewLink).toBe(
      `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
    );
  });

  test('a pageToken is bound to its query', () => {
    const {Drive, run, folder} = bigFolder(150);
    const first = run(() => Drive.Files.list({q: `'${folder.id}' in parents`}));
    const e = thrown(() =>
      run(() =>
        Drive.Files.list({
          q: "name contains 'FE'",
          pageToken: first.nextPageToken,
        }),
      ),
    );
    expect(e.details).toMatchObject({
      code: 400,
      errors: [{location: 'pageToken'}],
    });
    expect(
      thrown(() => run(() => Drive.Files.list({pageToken: 'garbage'}))).message,
    ).toBe('API call to drive.files.list failed with error: Invalid Value');
  });

  test("orderBy 'name desc' and 'modifiedTime'", () => {
    const {Drive, store, run} = driveWorld();
    store.addFile({name: 'b.pdf', modifiedTime: 3});
    store.addFile({name: 'a.pdf', modifiedTime: 2});
    store.addFile({name: 'c.pdf', modifiedTime: 1});
    expect(
      run(() => Drive.Files.list({orderBy: 'name desc'})).files!.map(
        f => f.name,
      ),
    ).toEqual(['c.pdf', 'b.pdf', 'a.pdf']);
    expect(
      run(() => Drive.Files.list({orderBy: 'modifiedTime'})).files!.map(
        f => f.name,
      ),
    ).toEqual(['c.pdf', 'a.pdf', 'b.pdf']);
  });
});

describe('shared drives', () => {
  function sharedWorld() {
    const w = driveWorld();
    const drive = w.store.createSharedDrive('Finanzas', [w.me]);
    const folder = w.store.addFolder({
      name: 'Facturacion',
      parents: [drive.id],
    });
    const pdf = w.store.addFile({
      name: 'FE10555.pdf',
      parents: [folder.id],
      mimeType: 'application/pdf',
    });
    w.store.addFile({name: 'FE10556.pdf', mimeType: 'application/pdf'}); // in My Drive
    return {...w, drive, folder, pdf};
  }

  test('without the flags, shared-drive items are silently not returned', () => {
    const {Drive, run, folder} = sharedWorld();
    const res = run(() => Drive.Files.list({q: `'${folder.id}' in parents`}));
    expect(res.files).toEqual([]);
    const half = run(() =>
      Drive.Files.list({
        q: `'${folder.id}' in parents`,
        includeItemsFromAllDrives: true,
      }),
    );
    expect(half.files).toEqual([]); // supportsAllDrives missing too
  });

  test('with supportsAllDrives + includeItemsFromAllDrives they are (corpora user, drive, allDrives)', () => {
    const {Drive, run, folder, drive, pdf} = sharedWorld();
    const flags = {supportsAllDrives: true, includeItemsFromAllDrives: true};
    expect(
      run(() =>
        Drive.Files.list({q: `'${folder.id}' in parents`, ...flags}),
      ).files!.map(f => f.id),
    ).toEqual([pdf.id]);
    const inDrive = run(() =>
      Drive.Files.list({
        q: "name contains 'FE'",
        corpora: 'drive',
        driveId: drive.id,
        ...flags,
      }),
    );
    expect(inDrive.files!.map(f => f.name)).toEqual(['FE10555.pdf']);
    const all = run(() =>
      Drive.Files.list({
        q: "name contains 'FE'",
        corpora: 'allDrives',
        ...flags,
      }),
    );
    expect(all.files!.map(f => f.name).sort()).toEqual([
      'FE10555.pdf',
      'FE10556.pdf',
    ]);
    expect(all.incompleteSearch).toBe(false);
    const withDriveId = run(() =>
      Drive.Files.list({
        q: "name contains 'FE'",
        corpora: 'drive',
        driveId: drive.id,
        fields: 'files(driveId,parents)',
        ...flags,
      }),
    );
    expect(withDriveId.files![0]).toEqual({
      driveId: drive.id,
      parents: [folder.id],
    });
  });

  test('corpora/driveId rules answer the API errors', () => {
    const {Drive, run, drive} = sharedWorld();
    expect(
      thrown(() =>
        run(() =>
          Drive.Files.list({
            corpora: 'drive',
            includeItemsFromAllDrives: true,
            supportsAllDrives: true,
          }),
        ),
      ).message,
    ).toBe(
      'API call to drive.files.list failed with error: The driveId parameter must be specified if and only if corpora is set to drive.',
    );
    expect(
      thrown(() =>
        run(() =>
          Drive.Files.list({
            driveId: drive.id,
            includeItemsFromAllDrives: true,
            supportsAllDrives: true,
          }),
        ),
      ).details!.code,
    ).toBe(400);
    const e = thrown(() =>
      run(() =>
        Drive.Files.list({corpora: 'allDrives', supportsAllDrives: true}),
      ),
    );
    expect(e.details!.code).toBe(403);
    expect(e.message).toContain(
      'includeItemsFromAllDrives parameter must be set to true',
    );
    const notMember = thrown(() =>
      run(() =>
        Drive.Files.list({
          corpora: 'drive',
          driveId: '0ANotADrive',
          includeItemsFromAllDrives: true,
          supportsAllDrives: true,
        }),
      ),
    );
    expect(notMember.details!.code).toBe(404);
  });

  test('Files.get of a shared-drive item needs supportsAllDrives, else 404 File not found', () => {
    const {Drive, run, pdf} = sharedWorld();
    expect(thrown(() => run(() => Drive.Files.get(pdf.id))).message).toBe(
      `API call to drive.files.get failed with error: File not found: ${pdf.id}.`,
    );
    expect(
      run(() =>
        Drive.Files.get(pdf.id, {
          supportsAllDrives: true,
          fields: 'id,name,driveId',
        }),
      ),
    ).toMatchObject({
      id: pdf.id,
      name: 'FE10555.pdf',
    });
  });

  test('allDrives over more shared drives than the limit reports incompleteSearch and misses items', () => {
    const {Drive, store, run, me} = driveWorld();
    const ids: string[] = [];
    for (let d = 0; d < 7; d++) {
      const drive = store.createSharedDrive(`Drive ${d}`, [me]);
      ids.push(store.addFile({name: `FE${d}.pdf`, parents: [drive.id]}).id);
    }
    const flags = {supportsAllDrives: true, includeItemsFromAllDrives: true};
    const all = run(() =>
      Drive.Files.list({
        corpora: 'allDrives',
        q: "name contains 'FE'",
        ...flags,
      }),
    );
    expect(all.incompleteSearch).toBe(true);
    expect(all.files!.length).toBeLessThan(7);
    const one = run(() =>
      Drive.Files.list({
        corpora: 'drive',
        driveId: store.get(ids[6])!.driveId,
        ...flags,
      }),
    );
    expect(one.incompleteSearch).toBe(false);
    expect(one.files!.map(f => f.id)).toEqual([ids[6]]);
  });

  test('Drives.list pages through the drives the user belongs to', () => {
    const {Drive, store, run, me} = driveWorld();
    for (let d = 0; d < 12; d++) store.createSharedDrive(`D${d}`, [me]);
    store.createSharedDrive('Not mine', ['otra@finkargo.com']);
    const first = run(() => Drive.Drives.list());
    expect(first.drives).toHaveLength(10);
    const second = run(() =>
      Drive.Drives.list({pageToken: first.nextPageToken}),
    );
    expect(second.drives!.map(d => d.name)).toEqual(['D10', 'D11']);
    expect(second.nextPageToken).toBeUndefined();
  });
});

describe('permissions', () => {
  test("another user's unshared folder answers not-found; once shared it is visible", () => {
    const {Drive, DriveApp, store, run} = driveWorld();
    const other = 'contabilidad@finkargo.com';
    const folder = store.addFolder({name: 'Privado', owner: other});
    const file = store.addFile({
      name: 'FE1.pdf',
      parents: [folder.id],
      owner: other,
    });
    expect(
      thrown(() => run(() => Drive.Files.get(folder.id))).details!.code,
    ).toBe(404);
    expect(
      run(() => Drive.Files.list({q: `'${folder.id}' in parents`})).files,
    ).toEqual([]);
    expect(
      thrown(() => run(() => DriveApp.getFolderById(folder.id))).message,
    ).toMatch(/^No item with the given ID could be found/);
    store.share(folder.id, store.defaultUser, 'reader');
    expect(
      run(() => Drive.Files.list({q: `'${folder.id}' in parents`})).files!.map(
        f => f.id,
      ),
    ).toEqual([file.id]);
    expect(run(() => DriveApp.getFileById(file.id).getName())).toBe('FE1.pdf');
  });
});

describe('faults and modes', () => {
  test('429 on the 2nd Files.list: GoogleJsonResponseException with rateLimitExceeded, then recovery', () => {
    const {Drive, emu, store, run} = driveWorld();
    store.addFile({name: 'a.pdf'});
    emu.faults.add(driveFault('Drive.Files.list', 429, 2));
    run(() => Drive.Files.list());
    const e = thrown(() => run(() => Drive.Files.list()));
    expect(e.message).toBe(
      'API call to drive.files.list failed with error: Rate Limit Exceeded',
    );
    expect(e.details).toMatchObject({
      code: 429,
      errors: [{reason: 'rateLimitExceeded'}],
    });
    expect(run(() => Drive.Files.list()).files).toHaveLength(1);
  });

  test('403 userRateLimitExceeded', () => {
    const {Drive, emu, run} = driveWorld();
    emu.faults.add(driveFault('Drive.Files.get', 403));
    const e = thrown(() => run(() => Drive.Files.get('root')));
    expect(e.details).toMatchObject({
      code: 403,
      errors: [{reason: 'userRateLimitExceeded', domain: 'usageLimits'}],
    });
  });

  test('Drive is refused outside FULL mode (custom functions, onOpen)', () => {
    const {Drive, emu} = driveWorld();
    expect(() => emu.run('CUSTOM_FUNCTION', () => Drive.Files.list())).toThrow(
      'You do not have permission to call Drive.Files.list',
    );
    expect(() => emu.run('LIMITED', () => Drive.Files.list())).toThrow(
      'You do not have permission to call Drive.Files.list',
    );
  });
});
