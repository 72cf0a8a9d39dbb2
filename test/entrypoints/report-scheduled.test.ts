// A scheduled report as Google runs it (issue 16.3), through build/Code.js: the clock trigger has no
// open document, no document properties or lock, and a blank active user. The schedule carries its
// spreadsheet's id and who scheduled it; the run opens the file by id, reads the settings another
// editor saved later, writes its tabs and a history row naming the scheduler. Platform rules:
// test/emulator/clock-trigger.test.ts.
import {join} from 'node:path';
import {TEAM} from '../emulator/accounts';
import {createWorld} from '../emulator/world';
import {addMaster, generateMaster} from '../fixtures/master';
import {companionOf, findCompanion} from '../fixtures/companion';
import type {ReportHistoryEntry} from '../../src/common/report-api';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');
const DAY = 86_400_000;

function setup() {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const master = generateMaster({rows: 200, seed: 7});
  const ss = addMaster(world.spreadsheets, master);
  world.accounts.shareWithTeam(ss.id);
  const addon = world.loadAddon(BUNDLE);
  const as =
    (user: string) =>
    <T>(name: string, ...args: unknown[]) =>
      addon.run<T>(name, args, {user});
  // The report's tabs and its history are in the companion workbook.
  const tabs = () =>
    world.services.SpreadsheetApp.openById(companionOf(world, ss.id).id)
      .getSheets()
      .map(s => s.getName());
  return {world, ss, as, tabs};
}

describe('a scheduled report with no open document', () => {
  it('opens its spreadsheet by id, writes its tabs and names who scheduled it in the history', () => {
    const {world, as, tabs} = setup();
    as(TEAM.editor)('setSchedule', {
      when: {kind: 'daily', hour: 6},
      options: {sendEmail: true},
    });
    // Another editor changes the settings after the schedule was made: the clock run must see it.
    const luis = as(TEAM.groupEditor);
    const settings = luis<Settings>('getSettings');
    luis('saveSettings', {
      ...settings,
      reportRecipients: ['cartera@finkargo.com'],
    });
    const [outcome] = world.fireDueTriggers(world.emulator.clock.now() + DAY);
    expect(outcome).toMatchObject({handler: 'runScheduledReport', ok: true});
    expect(tabs()).toEqual(
      expect.arrayContaining([
        'Resumen',
        'Cartera por edades',
        'Calidad de datos',
        'Historial de ejecuciones',
      ]),
    );
    const history = luis<ReportHistoryEntry[]>('getReportHistory');
    expect(history[0]).toMatchObject({
      who: `Programado por ${TEAM.editor}`,
      origin: 'trigger',
      outcome: 'ok',
    });
    expect(world.outbox.sent.map(m => m.to)).toEqual(['cartera@finkargo.com']);
  });

  it('a schedule whose record is lost says so in the log and writes nothing', () => {
    const {world, as} = setup();
    as(TEAM.editor)('setSchedule', {
      when: {kind: 'daily', hour: 6},
      options: {},
    });
    world.properties.forUser(TEAM.editor).clear();
    const files = world.spreadsheets.all().length;
    const [outcome] = world.fireDueTriggers(world.emulator.clock.now() + DAY);
    expect(outcome.ok).toBe(true);
    // No companion was made, nothing written anywhere.
    expect(findCompanion(world)).toBeNull();
    expect(world.spreadsheets.all()).toHaveLength(files);
    expect(world.logs.map(l => l.message).join('\n')).toContain(
      'sin hoja de cálculo guardada',
    );
  });
});
