// A time-driven trigger has no open document: what an add-on's clock run sees, rule by rule.
// Sources: developers.google.com/apps-script/guides/triggers/events ("Time-driven events": the event
// carries authMode, triggerUid and the clock fields only), reference/base/session (getActiveUser's
// blank e-mail, getEffectiveUser = the trigger's creator), reference/lock/lock-service#getDocumentLock
// (null outside a containing document), reference/spreadsheet/spreadsheet-app#getUi (the emulator
// raises the platform's "Cannot call SpreadsheetApp.getUi() from this context."),
// workspace/add-ons/concepts/editor-triggers (no page promises an add-on's clock trigger a document:
// the null document services are an ASSUMPTION listed in test/emulator/README.md).
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {TEAM} from './accounts';
import {clockEvent, createWorld} from './world';

/** A tiny script whose one handler records what a trigger run sees. */
const PROBE = `
var seen = [];
function probe(e) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var ui = '';
  try { SpreadsheetApp.getUi(); ui = 'ok'; } catch (err) { ui = err.message; }
  seen.push({
    event: e,
    active: ss === null ? null : ss.getId(),
    ui: ui,
    documentProperties: PropertiesService.getDocumentProperties() === null,
    documentCache: CacheService.getDocumentCache() === null,
    documentLock: LockService.getDocumentLock() === null,
    scriptLock: LockService.getScriptLock() !== null,
    userProperties: PropertiesService.getUserProperties().getProperty('mine'),
    activeUser: Session.getActiveUser().getEmail(),
    effectiveUser: Session.getEffectiveUser().getEmail(),
    opened: SpreadsheetApp.openById(${'"'}ID${'"'}).getName(),
  });
}
function install() {
  ScriptApp.newTrigger('probe').timeBased().everyHours(1).create();
}
`;

function setup() {
  const world = createWorld({now: Date.UTC(2026, 0, 1, 12, 0, 0)});
  const ss = world.spreadsheets.create('Libro de Ana', {Datos: [['a']]});
  world.accounts.shareWithTeam(ss.id);
  const dir = mkdtempSync(join(tmpdir(), 'clock-trigger-'));
  const path = join(dir, 'probe.js');
  writeFileSync(path, PROBE.replace('ID', ss.id));
  const addon = world.loadAddon(path);
  addon.run('install', [], {user: TEAM.editor});
  world.properties.forUser(TEAM.editor).set('mine', 'de Ana');
  const seen = () =>
    (addon.context as unknown as {seen: Array<Record<string, unknown>>}).seen;
  return {world, ss, addon, seen};
}

describe('a time-driven trigger execution (no open document)', () => {
  it('has no active spreadsheet, no UI and no document-scoped services, but opens a file by id', () => {
    const {world, ss, seen} = setup();
    const [outcome] = world.fireDueTriggers(
      world.emulator.clock.now() + 3_600_000,
    );
    expect(outcome.ok).toBe(true);
    expect(seen()[0]).toMatchObject({
      active: null,
      ui: 'Cannot call SpreadsheetApp.getUi() from this context.',
      documentProperties: true,
      documentCache: true,
      documentLock: true,
      scriptLock: true,
      opened: 'Libro de Ana',
    });
    // The same calls from the sidebar (a user execution) see the document.
    const user = world.emulator.run('FULL', () => ({
      active: world.services.SpreadsheetApp.getActiveSpreadsheet().getId(),
      lock: world.services.LockService.getDocumentLock() !== null,
      props: world.services.PropertiesService.getDocumentProperties() !== null,
    }));
    expect(user).toEqual({active: ss.id, lock: true, props: true});
  });

  it("runs as the trigger's owner with a blank active-user e-mail", () => {
    const {world, seen} = setup();
    world.fireDueTriggers(world.emulator.clock.now() + 3_600_000);
    expect(seen()[0]).toMatchObject({
      activeUser: '',
      effectiveUser: TEAM.editor,
      userProperties: 'de Ana',
    });
  });

  it('passes only authMode, triggerUid and the clock fields', () => {
    const {world, seen} = setup();
    const [outcome] = world.fireDueTriggers(
      world.emulator.clock.now() + 3_600_000,
    );
    const event = seen()[0].event as Record<string, unknown>;
    expect(Object.keys(event).sort()).toEqual(
      [
        'authMode',
        'triggerUid',
        'year',
        'month',
        'day-of-month',
        'day-of-week',
        'week-of-year',
        'hour',
        'minute',
        'second',
        'timezone',
      ].sort(),
    );
    expect(event).toMatchObject({
      triggerUid: outcome.triggerId,
      year: 2026,
      month: 1,
      'day-of-month': 1,
      'day-of-week': 4, // a Thursday (1 = Monday)
      'week-of-year': 1,
      hour: 13,
      timezone: 'UTC',
    });
  });

  it('numbers ISO weeks: 2027-01-01 is a Friday of week 53 of 2026', () => {
    expect(clockEvent('t', Date.UTC(2027, 0, 1))['week-of-year']).toBe(53);
    expect(clockEvent('t', Date.UTC(2026, 11, 28))['week-of-year']).toBe(53);
    expect(clockEvent('t', Date.UTC(2027, 0, 4))['week-of-year']).toBe(1);
  });
});
