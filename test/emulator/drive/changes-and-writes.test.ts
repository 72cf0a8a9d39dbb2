// Pins the Changes API (start token, changes since, removed/trashed, paging, newStartPageToken,
// shared-drive flags) and Files.create/copy/export/update with .xlsx conversion through the hook.
import {SHEET_MIME, XLSX_MIME} from './index';
import {driveWorld} from './test-world';
import {DriveBlob} from './blob';

function blob(
  bytes: number[],
  type: string,
  name: string,
): GoogleAppsScript.Base.Blob {
  return new DriveBlob(
    Uint8Array.from(bytes),
    type,
    name,
  ) as unknown as GoogleAppsScript.Base.Blob;
}

describe('Changes', () => {
  test('changes since a token: created, renamed (latest state once), trashed, removed; then nothing', () => {
    const {Drive, store, run} = driveWorld();
    const folder = store.addFolder({name: 'F'});
    const keep = store.addFile({name: 'FE1.pdf', parents: [folder.id]});
    const token = run(() => Drive.Changes.getStartPageToken()).startPageToken!;
    const added = store.addFile({name: 'FE2.pdf', parents: [folder.id]});
    store.rename(added.id, 'FE2 renamed.pdf');
    store.setTrashed(keep.id, true);
    const gone = store.addFile({name: 'FE3.pdf', parents: [folder.id]});
    store.remove(gone.id);
    const list = run(() =>
      Drive.Changes.list(token, {
        fields:
          'newStartPageToken,nextPageToken,changes(fileId,removed,file(name,trashed))',
      }),
    );
    expect(list.nextPageToken).toBeUndefined();
    expect(list.changes).toEqual([
      {
        fileId: added.id,
        removed: false,
        file: {name: 'FE2 renamed.pdf', trashed: false},
      },
      {fileId: keep.id, removed: false, file: {name: 'FE1.pdf', trashed: true}},
      {fileId: gone.id, removed: true},
    ]);
    const again = run(() => Drive.Changes.list(list.newStartPageToken!));
    expect(again.changes).toEqual([]);
    expect(again.newStartPageToken).toBe(list.newStartPageToken);
  });

  test('includeRemoved=false leaves removals out', () => {
    const {Drive, store, run} = driveWorld();
    const token = run(() => Drive.Changes.getStartPageToken()).startPageToken!;
    const f = store.addFile({name: 'x.pdf'});
    store.remove(f.id);
    expect(
      run(() => Drive.Changes.list(token, {includeRemoved: false})).changes,
    ).toEqual([]);
  });

  test('paging with pageSize, nextPageToken then newStartPageToken', () => {
    const {Drive, store, emu, run} = driveWorld();
    const token = run(() => Drive.Changes.getStartPageToken()).startPageToken!;
    for (let i = 0; i < 5; i++) store.addFile({name: `FE${i}.pdf`});
    const mark = emu.log.mark();
    const ids: string[] = [];
    let next: string | undefined = token;
    let start: string | undefined;
    while (next) {
      const page = run(() => Drive.Changes.list(next!, {pageSize: 2}));
      ids.push(...page.changes!.map(c => c.fileId!));
      next = page.nextPageToken;
      start = page.newStartPageToken;
    }
    expect(ids).toHaveLength(5);
    expect(start).toBe(String(store.changes.length + 1));
    expect(emu.log.count('Drive.Changes.list', mark)).toBe(3);
  });

  test('shared-drive changes need includeItemsFromAllDrives + supportsAllDrives', () => {
    const {Drive, store, run, me} = driveWorld();
    const drive = store.createSharedDrive('Finanzas', [me]);
    const token = run(() => Drive.Changes.getStartPageToken()).startPageToken!;
    const f = store.addFile({name: 'FE9.pdf', parents: [drive.id]});
    expect(run(() => Drive.Changes.list(token)).changes).toEqual([]);
    const flags = {includeItemsFromAllDrives: true, supportsAllDrives: true};
    expect(
      run(() => Drive.Changes.list(token, flags)).changes!.map(c => c.fileId),
    ).toEqual([f.id]);
  });

  test('changes the user cannot see are not reported', () => {
    const {Drive, store, run} = driveWorld();
    const token = run(() => Drive.Changes.getStartPageToken()).startPageToken!;
    const other = store.addFile({
      name: 'ajeno.pdf',
      owner: 'otra@finkargo.com',
    });
    store.remove(other.id);
    expect(run(() => Drive.Changes.list(token)).changes).toEqual([]);
  });

  test('a bad page token is 400 Invalid Value', () => {
    const {Drive, run} = driveWorld();
    expect(() => run(() => Drive.Changes.list('abc'))).toThrow(
      'API call to drive.changes.list failed with error: Invalid Value',
    );
    expect(() => run(() => Drive.Changes.list('999999'))).toThrow(
      'Invalid Value',
    );
  });
});

describe('Files.create / copy / export / update', () => {
  test('create with a blob, in a folder; default response fields', () => {
    const {Drive, store, run} = driveWorld();
    const folder = store.addFolder({name: 'ZIPs'});
    const res = run(() =>
      Drive.Files.create(
        {name: 'pdfs.zip', parents: [folder.id]},
        blob([80, 75, 3, 4], 'application/zip', 'x.zip'),
      ),
    );
    expect(Object.keys(res).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(res).toMatchObject({name: 'pdfs.zip', mimeType: 'application/zip'});
    expect(store.get(res.id!)!.parents).toEqual([folder.id]);
    expect(store.get(res.id!)!.size).toBe(4);
  });

  test('create into a missing folder is 404 File not found', () => {
    const {Drive, run} = driveWorld();
    expect(() =>
      run(() => Drive.Files.create({name: 'a', parents: ['1missing']})),
    ).toThrow(
      'API call to drive.files.create failed with error: File not found: 1missing.',
    );
  });

  test('an .xlsx upload with the Sheets mimeType is converted through the hook', () => {
    const calls: Array<[number, string]> = [];
    const {Drive, store, run} = driveWorld({
      xlsxToSpreadsheet: (bytes, name) => {
        calls.push([bytes.length, name]);
        return 'sheet-id-1';
      },
    });
    const res = run(() =>
      Drive.Files.create(
        {name: 'Master.xlsx', mimeType: SHEET_MIME},
        blob([1, 2, 3], XLSX_MIME, 'Master.xlsx'),
        {fields: 'id,name,mimeType'},
      ),
    );
    expect(res).toEqual({
      id: 'sheet-id-1',
      name: 'Master',
      mimeType: SHEET_MIME,
    });
    expect(calls).toEqual([[3, 'Master']]);
    expect(store.get('sheet-id-1')!.mimeType).toBe(SHEET_MIME);
  });

  test('copy with conversion of a stored .xlsx; copy of a PDF keeps its name and bytes', () => {
    const {Drive, store, run} = driveWorld({
      xlsxToSpreadsheet: () => 'converted-1',
    });
    const xlsx = store.addFile({
      name: 'Archivo control.xlsx',
      mimeType: XLSX_MIME,
      content: Uint8Array.from([9, 9]),
    });
    const conv = run(() => Drive.Files.copy({mimeType: SHEET_MIME}, xlsx.id));
    expect(conv.id).toBe('converted-1');
    const pdf = store.addFile({
      name: 'FE1.pdf',
      mimeType: 'application/pdf',
      content: Uint8Array.from([1]),
    });
    const copy = run(() =>
      Drive.Files.copy({}, pdf.id, {fields: 'id,name,size'}),
    );
    expect(copy).toMatchObject({name: 'FE1.pdf', size: '1'});
    expect(copy.id).not.toBe(pdf.id);
  });

  test('conversion without a wired hook says so', () => {
    const {Drive, run} = driveWorld();
    expect(() =>
      run(() =>
        Drive.Files.create(
          {name: 'M.xlsx', mimeType: SHEET_MIME},
          blob([1], XLSX_MIME, 'M.xlsx'),
        ),
      ),
    ).toThrow('DriveHooks.xlsxToSpreadsheet is not wired');
  });

  test('export: native files through the hook; binary files are refused', () => {
    const {Drive, store, run} = driveWorld({
      exportFile: (_id, mime) => new TextEncoder().encode(mime),
    });
    const sheet = store.addFile({name: 'Reporte', mimeType: SHEET_MIME});
    const out = run(() => Drive.Files.export(sheet.id, 'application/pdf'));
    expect(out.getDataAsString()).toBe('application/pdf');
    const pdf = store.addFile({name: 'FE1.pdf', mimeType: 'application/pdf'});
    expect(() =>
      run(() => Drive.Files.export(pdf.id, 'application/pdf')),
    ).toThrow('Export only supports Docs Editors files.');
  });

  test('get alt=media returns the content; update renames, moves and trashes', () => {
    const {Drive, store, run} = driveWorld();
    const a = store.addFolder({name: 'A'});
    const b = store.addFolder({name: 'B'});
    const f = store.addFile({
      name: 'n.txt',
      parents: [a.id],
      mimeType: 'text/plain',
      content: new TextEncoder().encode('hola'),
    });
    expect(run(() => Drive.Files.get(f.id, {alt: 'media'}))).toBe('hola');
    run(() =>
      Drive.Files.update({name: 'm.txt', trashed: true}, f.id, null, {
        addParents: b.id,
        removeParents: a.id,
      }),
    );
    expect(store.get(f.id)).toMatchObject({
      name: 'm.txt',
      parents: [b.id],
      trashed: true,
    });
  });
});
