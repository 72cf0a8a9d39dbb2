// One job at a time per kind (issue 18.4), through build/Code.js with two clerks: each long job
// (the PDF index refresh, the report) has its own lease in the spreadsheet's state, taken under the
// script lock for a few calls, with an expiry. A report and a refresh run side by side; a second
// job of the same kind is refused in Spanish naming who started the first and since when; a run
// the platform killed stops blocking once its lease expires (7 minutes: one execution lasts 6).
import {join} from 'node:path';
import {TEAM} from '../emulator/accounts';
import {createWorld} from '../emulator/world';
import {buildInvoiceTree, invoicesFromMaster} from '../fixtures/drive-tree';
import {addMaster, generateMaster} from '../fixtures/master';
import type {PdfJobStatusDto} from '../../src/common/pdf-api';
import type {
  ReportHistoryEntry,
  ReportRunResult,
} from '../../src/common/report-api';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');
const TIMEOUT = 'Exceeded maximum execution time';
const MINUTE = 60_000;

function setup() {
  // 08:00 in Bogotá.
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const master = generateMaster({rows: 300, seed: 5});
  const ss = addMaster(world.spreadsheets, master);
  const tree = buildInvoiceTree(world.driveStore, {
    invoices: invoicesFromMaster(master.rows),
    seed: 3,
  });
  world.accounts.shareWithTeam(ss.id);
  world.accounts.shareWithTeam(tree.rootId);
  const addon = world.loadAddon(BUNDLE);
  const as =
    (user: string) =>
    <T>(name: string, ...args: unknown[]) =>
      addon.run<T>(name, args, {user});
  const owner = as(TEAM.owner);
  const settings = owner<Settings>('getSettings');
  owner('saveSettings', {...settings, pdfRootFolders: [tree.rootId]});
  const ana = as(TEAM.editor);
  const luis = as(TEAM.groupEditor);
  const refresh = (who: typeof ana) => {
    let status = who<PdfJobStatusDto>('refreshPdfIndex', {});
    for (let i = 0; i < 10 && status.state === 'paused'; i++)
      status = who<PdfJobStatusDto>('refreshPdfIndex', {});
    return status;
  };
  return {world, ana, luis, refresh};
}

/** The message of a job's status, or of the error it threw. */
function messageOf(call: () => {message: string}): string {
  try {
    return call().message;
  } catch (e) {
    return (e as Error).message;
  }
}

/** "... desde el 01/10/2025 08:00, iniciado por <who>" (es-CO, Bogotá). */
const since = (what: string, who: string) =>
  new RegExp(
    `${what} en este documento desde el 01/10/2025 08:0\\d, iniciado por ${who.replace(/\./g, '\\.')}\\. Espere a que termine \\(a más tardar a las 08:0\\d\\)`,
  );

describe('leases of long jobs, with two clerks', () => {
  it('refuses a second index refresh naming who runs the first and since when; a report runs beside it', () => {
    const {world, ana, luis, refresh} = setup();
    // Ana's refresh is killed by the platform mid-way: its lease stays behind.
    world.emulator.faults.add({
      key: 'Drive.Files.list',
      nth: 2,
      message: '',
      kill: true,
    });
    expect(() => ana('refreshPdfIndex', {})).toThrow(TIMEOUT);
    expect(
      messageOf(() => luis<PdfJobStatusDto>('refreshPdfIndex', {})),
    ).toMatch(since('Se está actualizando el índice de PDF', TEAM.editor));
    // The report is another kind: it runs, using the index as it is, and says why.
    const report = luis<ReportRunResult>('generateReport', {});
    expect(report.status).toBe('done');
    expect(report.notices.join(' ')).toContain(
      'El informe usó el índice de PDF tal como estaba.',
    );
    // Past the lease's 7 minutes the killed run no longer blocks.
    world.emulator.clock.advance(2 * MINUTE);
    expect(refresh(luis).state).toBe('done');
  });

  it('refuses a second report naming who runs the first and since when; an index refresh runs beside it', () => {
    const {world, ana, luis, refresh} = setup();
    world.emulator.faults.add({
      key: 'Sheets.Values.batchGet',
      nth: 1,
      message: '',
      kill: true,
    });
    expect(() => ana('generateReport', {})).toThrow(TIMEOUT);
    expect(() => luis('generateReport', {})).toThrow(
      since('Se está generando el informe', TEAM.editor),
    );
    expect(refresh(luis).state).toBe('done');
    // Past the expiry, the report runs again and completes.
    world.emulator.clock.advance(2 * MINUTE);
    expect(luis<ReportRunResult>('generateReport', {}).status).toBe('done');
    const history = luis<ReportHistoryEntry[]>('getReportHistory');
    expect(history[0]).toMatchObject({who: TEAM.groupEditor, outcome: 'ok'});
  });

  it('a scheduled run that finds the report running records "skipped" with who and since', () => {
    const {world, ana, luis} = setup();
    luis('setSchedule', {when: {kind: 'daily', hour: 8}, options: {}});
    world.emulator.faults.add({
      key: 'Sheets.Values.batchGet',
      nth: 1,
      message: '',
      kill: true,
    });
    expect(() => ana('generateReport', {})).toThrow(TIMEOUT);
    // The daily 08:00 run fires a day later, when that lease has long expired: Ana's report is
    // killed again at 07:58, so the run at 08:00 finds her lease live.
    world.emulator.clock.set(Date.UTC(2025, 9, 2, 12, 58));
    world.emulator.faults.add({
      key: 'Sheets.Values.batchGet',
      nth: 1,
      message: '',
      kill: true,
    });
    expect(() => ana('generateReport', {})).toThrow(TIMEOUT);
    const [outcome] = world.fireDueTriggers(Date.UTC(2025, 9, 2, 14));
    expect(outcome.ok).toBe(true);
    const history = luis<ReportHistoryEntry[]>('getReportHistory');
    expect(history[0]).toMatchObject({
      who: `Programado por ${TEAM.groupEditor}`,
      outcome: 'skipped',
    });
    expect(history[0].detail).toMatch(
      /Se está generando el informe en este documento desde el 02\/10\/2025 07:58, iniciado por ana\.ruiz@finkargo\.com/,
    );
  });
});
