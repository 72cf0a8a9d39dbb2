// Google's failures as the add-on meets them: texts per service, message-only errors, faults that
// fail after the call took effect, and the daily mail quota.
//   Sheets 429: developers.google.com/sheets/api/limits ("429: Too many requests", per-minute read
//   and write quotas per user); the text as quoted in github.com/AutomaApp/automa/issues/1877.
//   Drive: developers.google.com/workspace/drive/api/guides/handle-errors (403 userRateLimitExceeded,
//   429 rateLimitExceeded, 500 backendError).
//   MailApp: developers.google.com/apps-script/guides/services/quotas (100 recipients a day).
import {driveFault} from './drive';
import {sheetsFault, spreadsheetFault} from './sheets/faults';
import {createWorld} from './world';

function setup() {
  const world = createWorld();
  const ss = world.spreadsheets.create('Libro', {Datos: [['a'], ['b']]});
  const run = <T>(fn: () => T) => world.emulator.run('FULL', fn);
  const caught = (fn: () => unknown): Error => {
    try {
      run(fn);
    } catch (e) {
      return e as Error;
    }
    throw new Error('expected a failure');
  };
  const drive = () => world.drive.Drive;
  return {world, ss, run, caught, drive};
}

describe('Google-shaped faults', () => {
  it('words a Sheets 429 by the quota of the method: reads for batchGet, writes for update', () => {
    const {world, ss, caught} = setup();
    const {Sheets} = world.services;
    world.emulator.faults.add(sheetsFault('Values.batchGet', 429));
    world.emulator.faults.add(sheetsFault('Values.update', 429));
    const read = caught(() =>
      Sheets.Spreadsheets.Values.batchGet(ss.id, {ranges: ['Datos!A1:A2']}),
    );
    expect(read.message).toMatch(
      /^API call to sheets\.spreadsheets\.values\.batchGet failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets\.googleapis\.com' for consumer 'project_number:\d+'\.$/,
    );
    const write = caught(() =>
      Sheets.Spreadsheets.Values.update({values: [['x']]}, ss.id, 'Datos!A1', {
        valueInputOption: 'RAW',
      }),
    );
    expect(write.message).toContain(
      "quota metric 'Write requests' and limit 'Write requests per minute per user'",
    );
    expect(ss.sheets[0].get(1, 1)).toBe('a');
  });

  it('fails SpreadsheetApp with "Service Spreadsheets timed out / failed while accessing document with id"', () => {
    const {world, ss, caught} = setup();
    world.emulator.faults.add(
      spreadsheetFault('Range.getValues', 'timeout', ss.id),
    );
    world.emulator.faults.add(
      spreadsheetFault('Range.setValues', 'failed', ss.id),
    );
    const app = world.services.SpreadsheetApp;
    const read = caught(() =>
      app
        .openById(ss.id)
        .getSheetByName('Datos')!
        .getRange('A1:A2')
        .getValues(),
    );
    expect(read.message).toBe(
      `Service Spreadsheets timed out while accessing document with id ${ss.id}.`,
    );
    expect((read as {code?: unknown}).code).toBeUndefined();
    const write = caught(() =>
      app
        .openById(ss.id)
        .getSheetByName('Datos')!
        .getRange('A1')
        .setValues([['z']]),
    );
    expect(write.message).toBe(
      `Service Spreadsheets failed while accessing document with id ${ss.id}.`,
    );
  });

  it('shapes Drive faults as GoogleJsonResponseExceptions with the reason of the code', () => {
    const {world, caught, drive} = setup();
    world.emulator.faults.add(driveFault('Drive.Files.list', 403));
    world.emulator.faults.add(driveFault('Drive.Files.list', 500, 2));
    const e1 = caught(() => drive().Files.list({}));
    expect(e1.message).toBe(
      'API call to drive.files.list failed with error: User Rate Limit Exceeded',
    );
    expect(
      (e1 as {details?: {errors: Array<{reason: string}>}}).details?.errors[0]
        .reason,
    ).toBe('userRateLimitExceeded');
    const e2 = caught(() => drive().Files.list({}));
    expect(e2.message).toBe(
      'API call to drive.files.list failed with error: Backend Error',
    );
  });

  it('can fail a Drive create after it took effect (the answer lost): the file is there', () => {
    const {world, caught, run, drive} = setup();
    const folder = world.driveStore.addFolder({name: 'Exportes'});
    world.emulator.faults.add({
      ...driveFault('Drive.Files.create', 503),
      afterEffect: true,
    });
    const e = caught(() =>
      drive().Files.create(
        {name: 'x.txt', parents: [folder.id], mimeType: 'text/plain'},
        undefined as unknown as GoogleAppsScript.Base.Blob,
        {},
      ),
    );
    expect(e.message).toContain('Backend Error');
    const listed = run(() =>
      drive().Files.list({
        q: `'${folder.id}' in parents and trashed = false`,
      }),
    );
    expect(listed.files!.map(f => f.name)).toEqual(['x.txt']);
  });

  it("refuses mail past the day's recipients with Google's text, and can lose a sent mail's answer", () => {
    const {world, caught} = setup();
    world.outbox.quota = 1;
    world.emulator.faults.add({
      key: 'MailApp.sendEmail',
      nth: 1,
      message: 'Service error: Mail',
      afterEffect: true,
    });
    const lost = caught(() =>
      world.services.MailApp.sendEmail('a@finkargo.com', 'S', 'B'),
    );
    expect(lost.message).toBe('Service error: Mail');
    expect(world.outbox.sent).toHaveLength(1);
    const quota = caught(() =>
      world.services.MailApp.sendEmail('b@finkargo.com', 'S', 'B'),
    );
    expect(quota.message).toBe(
      'Service invoked too many times for one day: email.',
    );
  });
});
