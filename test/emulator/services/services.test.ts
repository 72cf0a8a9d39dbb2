// Properties, Cache, Lock, ScriptApp triggers, Utilities, MailApp and HtmlService against the documented limits.
import {unzipSync} from 'fflate';
import {createWorld} from '../world';

function setup() {
  const world = createWorld();
  world.spreadsheets.create('Libro');
  const run = <T>(fn: () => T) => world.emulator.run('FULL', fn);
  return {world, s: world.services, run};
}

describe('PropertiesService', () => {
  it('keeps values across executions and enforces 9 KB per value and 500 KB per store', () => {
    const {s, run} = setup();
    run(() =>
      s.PropertiesService.getDocumentProperties()!.setProperty('k', 'v'),
    );
    expect(
      run(() => s.PropertiesService.getDocumentProperties()!.getProperty('k')),
    ).toBe('v');
    expect(() =>
      run(() =>
        s.PropertiesService.getScriptProperties().setProperty(
          'big',
          'x'.repeat(9 * 1024 + 1),
        ),
      ),
    ).toThrow('Argument too large: value');
    const props = s.PropertiesService.getUserProperties();
    expect(() =>
      run(() => {
        for (let i = 0; i < 60; i++)
          props.setProperty(`k${i}`, 'x'.repeat(9000));
      }),
    ).toThrow('You have exceeded the property storage quota');
  });
});

describe('CacheService', () => {
  it('expires on the virtual clock, caps expiry, keys and values, and can evict', () => {
    const {s, run, world} = setup();
    const cache = s.CacheService.getScriptCache();
    run(() => cache.put('a', '1', 60));
    world.emulator.clock.advance(59_000);
    expect(run(() => cache.get('a'))).toBe('1');
    world.emulator.clock.advance(2_000);
    expect(run(() => cache.get('a'))).toBeNull();
    expect(() => run(() => cache.put('a', '1', 21_601))).toThrow(
      'Invalid argument',
    );
    expect(() => run(() => cache.put('k'.repeat(251), '1'))).toThrow(
      'Argument too large: key',
    );
    expect(() => run(() => cache.put('a', 'x'.repeat(100 * 1024 + 1)))).toThrow(
      'Argument too large: value',
    );
    run(() => cache.putAll({x: '1', y: '2'}));
    world.cache.evict = (_scope, key) => key === 'x';
    expect(run(() => cache.getAll(['x', 'y']))).toEqual({y: '2'});
  });
});

// Cache reference page (developers.google.com/apps-script/reference/cache/cache): a cache item cap
// of 1,000; past it the cache keeps the 900 items farthest from expiry. No per-putAll cap.
describe('CacheService item cap', () => {
  it('takes 1,200 items in one putAll, then keeps only the 900 farthest from expiry', () => {
    const {s, run} = setup();
    const cache = s.CacheService.getUserCache();
    run(() => cache.put('longest', 'L', 21_600));
    const many = Object.fromEntries(
      Array.from({length: 1200}, (_, i) => [`k${i}`, 'v']),
    );
    run(() => cache.putAll(many, 600));
    const keys = ['longest', ...Object.keys(many)];
    const left = run(() => cache.getAll(keys));
    expect(Object.keys(left)).toHaveLength(900);
    expect(left.longest).toBe('L');
    // Among items expiring together, the earliest written were dropped.
    expect(left.k0).toBeUndefined();
    expect(left.k1199).toBe('v');
    expect(left.k301).toBe('v');
    expect(left.k300).toBeUndefined();
  });

  it('drops the items nearest expiry when one put crosses the cap', () => {
    const {s, run, world} = setup();
    const cache = s.CacheService.getScriptCache();
    const soon = Object.fromEntries(
      Array.from({length: 500}, (_, i) => [`soon${i}`, 's']),
    );
    const late = Object.fromEntries(
      Array.from({length: 500}, (_, i) => [`late${i}`, 'l']),
    );
    run(() => cache.putAll(soon, 100));
    world.emulator.clock.advance(1_000);
    run(() => cache.putAll(late, 21_600));
    expect(
      Object.keys(run(() => cache.getAll(Object.keys(soon)))),
    ).toHaveLength(500);
    run(() => cache.put('one-more', 'x', 60));
    const soonLeft = run(() => cache.getAll(Object.keys(soon)));
    const lateLeft = run(() => cache.getAll(Object.keys(late)));
    expect(Object.keys(lateLeft)).toHaveLength(500);
    // 1,001 items: 101 nearest expiry go ('one-more' at 60 s first, then 100 of the 100 s ones).
    expect(Object.keys(soonLeft)).toHaveLength(400);
    expect(run(() => cache.get('one-more'))).toBeNull();
  });
});

describe('LockService', () => {
  it('waits on the virtual clock for a lock held by another execution and releases at the end', () => {
    const {s, run, world} = setup();
    world.locks.holdFromAnotherExecution(`document:${world.activeId()}`, 5_000);
    const lock = s.LockService.getDocumentLock()!;
    expect(run(() => lock.tryLock(1_000))).toBe(false);
    expect(run(() => lock.tryLock(10_000))).toBe(true);
    expect(run(() => lock.hasLock())).toBe(false);
    world.locks.holdFromAnotherExecution('script', 60_000);
    expect(() =>
      run(() => s.LockService.getScriptLock().waitLock(1_000)),
    ).toThrow('Lock timeout');
  });
});

describe('ScriptApp triggers (editor add-on rules)', () => {
  it('allows one time-based trigger per user per document, at least hourly', () => {
    const {s, run} = setup();
    expect(() =>
      run(() =>
        s.ScriptApp.newTrigger('tick').timeBased().everyMinutes(30).create(),
      ),
    ).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour',
    );
    const t = run(() =>
      s.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(),
    );
    expect(t.getHandlerFunction()).toBe('tick');
    expect(() =>
      run(() =>
        s.ScriptApp.newTrigger('tock')
          .timeBased()
          .everyDays(1)
          .atHour(6)
          .create(),
      ),
    ).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account',
    );
    run(() => s.ScriptApp.deleteTrigger(s.ScriptApp.getProjectTriggers()[0]));
    expect(run(() => s.ScriptApp.getProjectTriggers())).toHaveLength(0);
  });

  it('refuses triggers outside FULL mode', () => {
    const {s, world} = setup();
    expect(() =>
      world.emulator.run('LIMITED', () =>
        s.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(),
      ),
    ).toThrow('You do not have permission to call ScriptApp.newTrigger');
  });
});

describe('Utilities, MailApp, HtmlService', () => {
  it('formats dates in a time zone with Java patterns', () => {
    const {s, run} = setup();
    const d = new Date(Date.UTC(2025, 8, 15, 3, 4, 5));
    expect(
      run(() =>
        s.Utilities.formatDate(d, 'America/Bogota', "yyyy-MM-dd'T'HH:mm:ss Z"),
      ),
    ).toBe('2025-09-14T22:04:05 -0500');
    expect(
      run(() => s.Utilities.formatDate(d, 'UTC', 'dd/MM/yy EEE MMM')),
    ).toBe('15/09/25 Mon Sep');
  });

  it('zips blobs into real zip bytes and back; digests as signed bytes', () => {
    const {s, run} = setup();
    const zip = run(() =>
      s.Utilities.zip(
        [
          s.Utilities.newBlob('hola', 'text/plain', 'a.txt'),
          s.Utilities.newBlob('chao', 'text/plain', 'b.txt'),
        ],
        'x.zip',
      ),
    );
    const files = unzipSync(Uint8Array.from(zip.getBytes(), b => b & 0xff));
    expect(Buffer.from(files['a.txt']).toString()).toBe('hola');
    expect(run(() => s.Utilities.unzip(zip).map(b => b.getName()))).toEqual([
      'a.txt',
      'b.txt',
    ]);
    const digest = run(() =>
      s.Utilities.computeDigest(s.Utilities.DigestAlgorithm.SHA_256, 'abc'),
    );
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]);
  });

  it('sends mail to the outbox until the daily quota of 100 recipients', () => {
    const {s, run, world} = setup();
    run(() => {
      for (let i = 0; i < 100; i++)
        s.MailApp.sendEmail(`u${i}@x.co`, 'Asunto', 'Cuerpo');
    });
    expect(run(() => s.MailApp.getRemainingDailyQuota())).toBe(0);
    expect(() => run(() => s.MailApp.sendEmail('z@x.co', 'a', 'b'))).toThrow(
      'Service invoked too many times for one day: email.',
    );
    world.emulator.clock.advance(86_400_000);
    expect(run(() => s.MailApp.getRemainingDailyQuota())).toBe(100);
  });

  it('reads build/Sidebar.html and fails with the platform text for missing files', () => {
    const {s, run} = setup();
    const html = run(() =>
      s.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Facturación'),
    );
    expect(html.getTitle()).toBe('Facturación');
    expect(html.getContent()).toContain('<');
    expect(() =>
      run(() => s.HtmlService.createHtmlOutputFromFile('Nope')),
    ).toThrow('No HTML file named Nope was found.');
    const t = s.HtmlService.createTemplate('<b><?= name ?></b>');
    t.name = '<x>';
    expect(run(() => t.evaluate().getContent())).toBe('<b>&#60;x&#62;</b>');
  });
});

describe('The bundle in the world', () => {
  it('opens the sidebar from the menu handler and fires a time trigger as a FULL execution', () => {
    const {world} = setup();
    const addon = world.loadAddon();
    addon.run('onOpen', [{authMode: 'NONE'}], {
      mode: 'NONE',
      origin: 'simple-trigger',
    });
    const handler = world.ui
      .menuItems()
      .find(i => i.handler === 'showSidebar')!.handler;
    addon.run(handler);
    expect(world.ui.sidebars).toHaveLength(1);
    world.emulator.run('FULL', () =>
      world.services.ScriptApp.newTrigger('runScheduledReport')
        .timeBased()
        .everyHours(1)
        .create(),
    );
    const start = world.emulator.clock.now();
    const outcomes = world.fireDueTriggers(start + 3 * 3_600_000);
    expect(outcomes.map(o => [o.handler, o.ok, o.at - start])).toEqual([
      ['runScheduledReport', true, 3_600_000],
      ['runScheduledReport', true, 7_200_000],
      ['runScheduledReport', true, 10_800_000],
    ]);
    expect(world.triggers.triggers[0].nextAt).toBe(start + 4 * 3_600_000);
  });

  it('reports a failing trigger run: no UI from a trigger, and one-time triggers fire once', () => {
    const {world} = setup();
    world.loadAddon();
    world.emulator.run('FULL', () =>
      world.services.ScriptApp.newTrigger('showSidebar')
        .timeBased()
        .after(60_000)
        .create(),
    );
    const outcomes = world.fireDueTriggers(
      world.emulator.clock.now() + 3_600_000,
    );
    expect(outcomes.map(o => [o.handler, o.ok, o.error])).toEqual([
      [
        'showSidebar',
        false,
        'Cannot call SpreadsheetApp.getUi() from this context.',
      ],
    ]);
    expect(world.triggers.triggers).toHaveLength(0);
  });
});
