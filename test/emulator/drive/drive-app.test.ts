// Pins DriveApp (v2 semantics): lookups, folder listings, v2 searches, iterators with hidden pages,
// continuation tokens across executions, writes, permissions, realm Dates and faults.
import {Emulator} from '../core/emulator';
import {CONTINUATION_TOKEN_TTL_MS} from './drive-app';
import {DRIVEAPP_NOT_FOUND, ITERATOR_END} from './errors';
import {createDriveServices, DriveStore} from './index';
import {
  DRIVEAPP_NEXT_MS,
  DRIVEAPP_PAGE_MS,
  DRIVEAPP_PAGE_SIZE,
} from './latency';
import {driveWorld} from './test-world';

function collect(
  it:
    GoogleAppsScript.Drive.FileIterator | GoogleAppsScript.Drive.FolderIterator,
): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

function tree() {
  const w = driveWorld();
  const root = w.store.addFolder({
    name: 'Facturacion',
    createdTime: Date.UTC(2025, 0, 2, 15),
  });
  const sept = w.store.ensurePath(root.id, [
    'Año 2025',
    '09. Septiembre',
    'Facturacion Finkargo',
  ]);
  const pdf = (
    name: string,
    extra: Partial<{trashed: boolean; modifiedTime: number}> = {},
  ) =>
    w.store.addFile({
      name,
      parents: [sept.id],
      mimeType: 'application/pdf',
      content: new TextEncoder().encode(`%PDF ${name}`),
      ...extra,
    });
  pdf('FE9133.pdf', {modifiedTime: Date.UTC(2025, 8, 3)});
  pdf('FE91330.pdf', {modifiedTime: Date.UTC(2025, 8, 20)});
  pdf('dian_FE9133.pdf');
  pdf('FE1.pdf', {trashed: true});
  return {...w, root, sept};
}

describe('DriveApp lookups and getters', () => {
  test('getFolderById / getFileById / getRootFolder, getters, realm Dates', () => {
    const {DriveApp, run, root, emu, store} = tree();
    run(() => {
      const folder = DriveApp.getFolderById(root.id);
      expect(folder.getName()).toBe('Facturacion');
      expect(folder.getId()).toBe(root.id);
      expect(folder.getUrl()).toBe(
        `https://drive.google.com/drive/folders/${root.id}`,
      );
      const created = folder.getDateCreated();
      expect(created).toBeInstanceOf(emu.realm.Date);
      expect(created.getTime()).toBe(Date.UTC(2025, 0, 2, 15));
      expect(DriveApp.getRootFolder().getName()).toBe('My Drive');
      const [first] = [...store.items.values()].filter(
        i => i.name === 'FE9133.pdf',
      );
      const file = DriveApp.getFileById(first.id);
      expect(file.getMimeType()).toBe('application/pdf');
      expect(file.getSize()).toBe('%PDF FE9133.pdf'.length);
      expect(file.getLastUpdated().getTime()).toBe(Date.UTC(2025, 8, 3));
      expect(collect(file.getParents())).toEqual(['Facturacion Finkargo']);
    });
  });

  test('unknown ids, and a file id given to getFolderById, answer DriveApp not-found', () => {
    const {DriveApp, run, store} = tree();
    expect(() => run(() => DriveApp.getFolderById('1nope'))).toThrow(
      DRIVEAPP_NOT_FOUND,
    );
    const file = [...store.items.values()].find(i => i.name === 'FE9133.pdf')!;
    expect(() => run(() => DriveApp.getFolderById(file.id))).toThrow(
      DRIVEAPP_NOT_FOUND,
    );
  });

  test('Dates are of the add-on realm (node:vm), not the test realm', () => {
    const emu = new Emulator();
    const realm = (
      require('node:vm') as typeof import('node:vm')
    ).runInNewContext('({Date, Error})') as {
      Date: DateConstructor;
      Error: ErrorConstructor;
    };
    emu.realm = realm;
    const store = new DriveStore({defaultUser: emu.user});
    const {DriveApp} = createDriveServices(emu, store);
    const f = store.addFolder({name: 'X'});
    const d = emu.run('FULL', () =>
      DriveApp.getFolderById(f.id).getLastUpdated(),
    );
    expect(d).toBeInstanceOf(realm.Date);
    expect(d instanceof Date).toBe(false);
    const e = (() => {
      try {
        emu.run('FULL', () => DriveApp.getFolderById('missing'));
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(e).toBeInstanceOf(realm.Error);
  });
});

describe('folder listings and v2 searches', () => {
  test('getFiles leaves trashed files out; getFolders; getFilesByName is exact', () => {
    const {DriveApp, run, sept, root} = tree();
    run(() => {
      const folder = DriveApp.getFolderById(sept.id);
      expect(collect(folder.getFiles()).sort()).toEqual([
        'FE9133.pdf',
        'FE91330.pdf',
        'dian_FE9133.pdf',
      ]);
      expect(collect(folder.getFilesByName('FE9133.pdf'))).toEqual([
        'FE9133.pdf',
      ]);
      expect(collect(DriveApp.getFolderById(root.id).getFolders())).toEqual([
        'Año 2025',
      ]);
    });
  });

  test('searchFiles speaks v2: title contains has the prefix trap; trashed files come back unless excluded', () => {
    const {DriveApp, run, sept} = tree();
    run(() => {
      const folder = DriveApp.getFolderById(sept.id);
      expect(
        collect(folder.searchFiles("title contains 'FE9133'")).sort(),
      ).toEqual(['FE9133.pdf', 'FE91330.pdf', 'dian_FE9133.pdf']);
      expect(collect(folder.searchFiles("title contains 'FE1'"))).toEqual([
        'FE1.pdf',
      ]);
      expect(
        collect(folder.searchFiles("title contains 'FE1' and trashed = false")),
      ).toEqual([]);
      expect(
        collect(
          DriveApp.searchFiles(
            'modifiedDate > "2025-09-10" and modifiedDate < "2025-09-30" and title contains "FE"',
          ),
        ),
      ).toEqual(['FE91330.pdf']);
      expect(
        collect(DriveApp.searchFolders("title = '09. Septiembre'")),
      ).toEqual(['09. Septiembre']);
    });
  });

  test('v3 terms in DriveApp are invalid arguments', () => {
    const {DriveApp, run} = tree();
    expect(() =>
      run(() => DriveApp.searchFiles("name contains 'FE9133'")),
    ).toThrow('Invalid argument: q');
    const q = Array.from({length: 60}, (_, i) => `'p${i}' in parents`).join(
      ' or ',
    );
    expect(() => run(() => DriveApp.searchFiles(q))).toThrow(
      'The query is too complex',
    );
  });

  test('a file with two parents is listed in both folders', () => {
    const {DriveApp, store, run} = driveWorld();
    const a = store.addFolder({name: 'A'});
    const b = store.addFolder({name: 'B'});
    store.addFile({name: 'FE5.pdf', parents: [a.id, b.id]});
    run(() => {
      expect(collect(DriveApp.getFolderById(a.id).getFiles())).toEqual([
        'FE5.pdf',
      ]);
      expect(collect(DriveApp.getFolderById(b.id).getFiles())).toEqual([
        'FE5.pdf',
      ]);
      const file = DriveApp.getFolderById(a.id).getFiles().next();
      expect(collect(file.getParents()).sort()).toEqual(['A', 'B']);
    });
  });
});

describe('iterators', () => {
  function many(n: number) {
    const w = driveWorld();
    const folder = w.store.addFolder({name: 'Muchos'});
    for (let i = 0; i < n; i++)
      w.store.addFile({name: `FE${i}.pdf`, parents: [folder.id]});
    return {...w, folder};
  }

  test('next() past the end throws the platform message', () => {
    const {DriveApp, run, folder} = many(1);
    run(() => {
      const it = DriveApp.getFolderById(folder.id).getFiles();
      it.next();
      expect(it.hasNext()).toBe(false);
      expect(() => it.next()).toThrow(ITERATOR_END);
    });
  });

  test('each step is a logged call; a hidden page is paid every 100 items', () => {
    const {DriveApp, emu, run, folder} = many(250);
    const it = run(() => DriveApp.getFolderById(folder.id).getFiles());
    const mark = emu.log.mark();
    run(() => {
      while (it.hasNext()) it.next();
    });
    const s = emu.log.summary(mark);
    expect(s.byMethod['DriveApp.FileIterator.next']).toBe(250);
    expect(s.byMethod['DriveApp.FileIterator.hasNext']).toBe(251);
    const pages = Math.ceil(250 / DRIVEAPP_PAGE_SIZE);
    expect(s.ms).toBe(250 * DRIVEAPP_NEXT_MS + pages * DRIVEAPP_PAGE_MS);
  });

  test('continuation token resumes in a later execution with exactly the remaining items', () => {
    const {DriveApp, run, folder} = many(150);
    const firstPart: string[] = [];
    const token = run(() => {
      const it = DriveApp.getFolderById(folder.id).getFiles();
      for (let i = 0; i < 60; i++) firstPart.push(it.next().getName());
      return it.getContinuationToken();
    });
    const rest = run(() => collect(DriveApp.continueFileIterator(token)));
    expect(rest).toHaveLength(90);
    expect(new Set([...firstPart, ...rest]).size).toBe(150);
  });

  test('a token is refused after a week, for the other iterator kind, or when garbled', () => {
    const {DriveApp, emu, run, folder} = many(3);
    const token = run(() =>
      DriveApp.getFolderById(folder.id).getFiles().getContinuationToken(),
    );
    expect(() => run(() => DriveApp.continueFolderIterator(token))).toThrow(
      'Invalid argument: continuationToken',
    );
    expect(() => run(() => DriveApp.continueFileIterator('%%%'))).toThrow(
      'Invalid argument: continuationToken',
    );
    emu.clock.advance(CONTINUATION_TOKEN_TTL_MS + 1);
    expect(() => run(() => DriveApp.continueFileIterator(token))).toThrow(
      'Invalid argument: continuationToken',
    );
  });

  test('files added after the token are still found when continuing (order by creation)', () => {
    const {DriveApp, store, run, folder} = many(3);
    const token = run(() => {
      const it = DriveApp.getFolderById(folder.id).getFiles();
      it.next();
      return it.getContinuationToken();
    });
    store.addFile({name: 'late.pdf', parents: [folder.id]});
    expect(run(() => collect(DriveApp.continueFileIterator(token)))).toEqual([
      'FE1.pdf',
      'FE2.pdf',
      'late.pdf',
    ]);
  });
});

describe('writes', () => {
  test('createFile(blob) / createFolder / getBlob / makeCopy / setTrashed / moveTo', () => {
    const {DriveApp, store, run, root} = tree();
    run(() => {
      const folder = DriveApp.getFolderById(root.id).createFolder('Exportes');
      const blob = DriveApp.getFileById(
        [...store.items.values()].find(i => i.name === 'FE9133.pdf')!.id,
      ).getBlob();
      expect(blob.getContentType()).toBe('application/pdf');
      expect(blob.getName()).toBe('FE9133.pdf');
      blob.setName('copia.pdf');
      const created = folder.createFile(blob);
      expect(created.getName()).toBe('copia.pdf');
      expect(created.getBlob().getDataAsString()).toBe('%PDF FE9133.pdf');
      const copy = created.makeCopy();
      expect(copy.getName()).toBe('Copy of copia.pdf');
      expect(collect(folder.getFiles()).sort()).toEqual([
        'Copy of copia.pdf',
        'copia.pdf',
      ]);
      copy.setTrashed(true);
      expect(collect(folder.getFiles())).toEqual(['copia.pdf']);
      const text = DriveApp.createFile('nota.txt', 'hola', 'text/plain');
      text.moveTo(folder);
      expect(collect(folder.getFiles()).sort()).toEqual([
        'copia.pdf',
        'nota.txt',
      ]);
    });
  });

  test('trashing a folder trashes what is below it', () => {
    const {DriveApp, store, run, root, sept} = tree();
    run(() => DriveApp.getFolderById(root.id).setTrashed(true));
    expect(store.get(sept.id)!.trashed).toBe(true);
    expect(store.get(sept.id)!.explicitlyTrashed).toBe(false);
  });

  test('writing into a folder shared as reader is denied', () => {
    const {DriveApp, store, run, me} = driveWorld();
    const folder = store.addFolder({
      name: 'Solo lectura',
      owner: 'otra@finkargo.com',
    });
    store.share(folder.id, me, 'reader');
    expect(() =>
      run(() => DriveApp.getFolderById(folder.id).createFolder('x')),
    ).toThrow('Access denied: DriveApp.');
  });

  test('DriveApp faults by key and mode refusals', () => {
    const {DriveApp, emu, run, root} = tree();
    emu.faults.add({
      key: 'DriveApp.getFolderById',
      nth: 1,
      message: 'Service error: Drive',
    });
    expect(() => run(() => DriveApp.getFolderById(root.id))).toThrow(
      'Service error: Drive',
    );
    expect(run(() => DriveApp.getFolderById(root.id).getName())).toBe(
      'Facturacion',
    );
    expect(() =>
      emu.run('CUSTOM_FUNCTION', () => DriveApp.getFolderById(root.id)),
    ).toThrow('You do not have permission to call DriveApp.getFolderById');
  });
});
