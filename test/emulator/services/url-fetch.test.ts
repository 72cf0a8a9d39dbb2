// UrlFetchApp against Drive v3 files: scope, token, 404 for missing or unshared files, content and
// metadata from the Drive store, muteHttpExceptions, the daily quota and the cost of a parallel batch.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createWorld} from '../world';
import {DAILY_FETCHES} from './url-fetch';
import {FETCH_ALL_CONCURRENCY, FETCH_BYTES_PER_MS, REQUEST_MS} from './latency';

const FILES = 'https://www.googleapis.com/drive/v3/files/';

function setup(scopes?: string[]) {
  let buildDir: string | undefined;
  if (scopes) {
    buildDir = mkdtempSync(join(tmpdir(), 'urlfetch-'));
    writeFileSync(
      join(buildDir, 'appsscript.json'),
      JSON.stringify({oauthScopes: scopes}),
    );
  }
  const world = createWorld({buildDir});
  world.spreadsheets.create('Libro');
  const me = world.emulator.user;
  const folder = world.driveStore.addFolder({name: 'PDFs', owner: me});
  const pdf = world.driveStore.addFile({
    name: 'FE1.pdf',
    parents: [folder.id],
    mimeType: 'application/pdf',
    owner: me,
    content: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff]),
  });
  const s = world.services;
  const token = () => s.ScriptApp.getOAuthToken();
  const auth = (t = token()) => ({Authorization: `Bearer ${t}`});
  const run = <T>(fn: () => T) => world.emulator.run('FULL', fn);
  return {world, s, pdf, folder, auth, run, me};
}

describe('UrlFetchApp (reference/url-fetch, guides/services/quotas)', () => {
  it("serves a Drive file's bytes with alt=media, unchanged (binary safe)", () => {
    const {s, pdf, auth, run} = setup();
    const res = run(() =>
      s.UrlFetchApp.fetch(`${FILES}${pdf.id}?alt=media`, {headers: auth()}),
    );
    expect(res.getResponseCode()).toBe(200);
    expect(res.getContent()).toEqual([0x25, 0x50, 0x44, 0x46, -1]);
    expect(res.getBlob().getContentType()).toBe('application/pdf');
  });

  it('answers metadata with the asked fields, trashed included', () => {
    const {world, s, pdf, auth, run} = setup();
    world.driveStore.setTrashed(pdf.id, true);
    const res = run(() =>
      s.UrlFetchApp.fetch(`${FILES}${pdf.id}?fields=trashed,size`, {
        headers: auth(),
      }),
    );
    expect(JSON.parse(res.getContentText())).toEqual({
      trashed: true,
      size: '5',
    });
  });

  it('needs the token: 401 without it; 404 for a missing file or one not shared with the user', () => {
    const {world, s, pdf, auth, run} = setup();
    const mute = {muteHttpExceptions: true};
    const bare = run(() =>
      s.UrlFetchApp.fetch(`${FILES}${pdf.id}?alt=media`, mute),
    );
    expect(bare.getResponseCode()).toBe(401);
    const other = world.driveStore.addFile({
      name: 'ajeno.pdf',
      mimeType: 'application/pdf',
      owner: 'otro@externo.com',
    });
    const [missing, unshared] = run(() =>
      s.UrlFetchApp.fetchAll([
        {url: `${FILES}nope?alt=media`, headers: auth(), ...mute},
        {url: `${FILES}${other.id}?alt=media`, headers: auth(), ...mute},
      ]),
    );
    expect(missing.getResponseCode()).toBe(404);
    expect(JSON.parse(missing.getContentText()).error.message).toBe(
      'File not found: nope.',
    );
    expect(unshared.getResponseCode()).toBe(404);
  });

  it('throws on a failure code unless muteHttpExceptions', () => {
    const {s, auth, run} = setup();
    expect(() =>
      run(() =>
        s.UrlFetchApp.fetch(`${FILES}nope?alt=media`, {headers: auth()}),
      ),
    ).toThrow(
      /^Request failed for https:\/\/www\.googleapis\.com returned code 404\. Truncated server response: .*\(use muteHttpExceptions option to examine full response\)$/,
    );
  });

  it('is refused when the manifest lacks script.external_request; 403 when the token has no Drive scope', () => {
    const none = setup(['https://www.googleapis.com/auth/drive']);
    expect(() =>
      none.run(() =>
        none.s.UrlFetchApp.fetch(`${FILES}${none.pdf.id}?alt=media`),
      ),
    ).toThrow(
      'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    );
    const noDrive = setup([
      'https://www.googleapis.com/auth/script.external_request',
    ]);
    const res = noDrive.run(() =>
      noDrive.s.UrlFetchApp.fetch(`${FILES}${noDrive.pdf.id}?alt=media`, {
        headers: noDrive.auth(),
        muteHttpExceptions: true,
      }),
    );
    expect(res.getResponseCode()).toBe(403);
  });

  it('charges a fetchAll as one call: waves of 10 round trips plus the bytes through one pipe (assumption)', () => {
    const {world, s, pdf, auth, run} = setup();
    const mark = world.emulator.log.mark();
    const requests = Array.from({length: 25}, () => ({
      url: `${FILES}${pdf.id}?alt=media`,
      headers: auth(),
    }));
    run(() => s.UrlFetchApp.fetchAll(requests));
    const calls = world.emulator.log
      .since(mark)
      .filter(c => c.service === 'UrlFetchApp');
    expect(calls.map(c => c.method)).toEqual(['fetchAll']);
    expect(calls[0].ms).toBe(
      Math.ceil(25 / FETCH_ALL_CONCURRENCY) * REQUEST_MS +
        Math.ceil((25 * 5) / FETCH_BYTES_PER_MS),
    );
  });

  it("counts every request against the day's quota", () => {
    const {s, pdf, auth, run} = setup();
    const url = `${FILES}${pdf.id}?fields=id`;
    const headers = auth();
    run(() =>
      s.UrlFetchApp.fetchAll(
        Array.from({length: DAILY_FETCHES}, () => ({url, headers})),
      ),
    );
    expect(() => run(() => s.UrlFetchApp.fetch(url, {headers}))).toThrow(
      'Service invoked too many times for one day: urlfetch.',
    );
  });

  it('may be called by a custom function, not in LIMITED mode', () => {
    const {world, s, pdf} = setup();
    const url = `${FILES}${pdf.id}?alt=media`;
    const mute = {muteHttpExceptions: true};
    expect(
      world.emulator
        .run('CUSTOM_FUNCTION', () => s.UrlFetchApp.fetch(url, mute))
        .getResponseCode(),
    ).toBe(401);
    expect(() =>
      world.emulator.run('LIMITED', () => s.UrlFetchApp.fetch(url, mute)),
    ).toThrow('You do not have permission to call UrlFetchApp.fetch');
  });
});
