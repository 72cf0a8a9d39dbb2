// Several clerks in one spreadsheet, through build/Code.js: the owner, an editor, an editor through
// a Google group, a domain editor and a viewer each use the sidebar functions, the sheet functions
// and the PDF index. Platform rules: test/emulator/accounts.test.ts (Protection reference and its
// group warning; Sheet.protect mirrors the spreadsheet's editors).
import {join} from 'node:path';
import {TEAM} from '../emulator/accounts';
import {createWorld} from '../emulator/world';
import {buildInvoiceTree, invoicesFromMaster} from '../fixtures/drive-tree';
import {addMaster, generateMaster, type Master} from '../fixtures/master';
import {companionOf, inWorkbook} from '../fixtures/companion';
import type {FindPdfsResult, PdfJobStatusDto} from '../../src/common/pdf-api';
import type {ReportRunResult} from '../../src/common/report-api';
import type {Settings} from '../../src/common/settings';
import type {InvoicePage} from '../../src/common/master-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const INDEX_SHEET = '_facturacion_pdf_index';
const VIEW_ONLY =
  'Usted solo tiene acceso de lectura a esta hoja de cálculo. Pida a su propietario acceso de edición para usar esta función de Facturación.';
const EDITORS = [TEAM.editor, TEAM.groupEditor, TEAM.domainEditor] as const;

function total(master: Master, nit: string): number {
  let sum = 0;
  for (const r of master.rows)
    if (r.tab !== 'cesion' && r.nit === nit && r.moneda === 'COP')
      sum += r.neto ?? 0;
  return Math.round(sum * 100) / 100;
}

function setup(domainEditing = true) {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13)});
  const master = generateMaster({rows: 300, seed: 5});
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  const tree = buildInvoiceTree(world.driveStore, {
    invoices: invoicesFromMaster(master.rows),
    seed: 3,
  });
  // The spreadsheet and the PDF folders are shared with the whole team.
  world.accounts.shareWithTeam(ss.id, domainEditing);
  world.accounts.shareWithTeam(tree.rootId, domainEditing);
  const addon = world.loadAddon(BUNDLE);
  const as =
    (user: string) =>
    <T>(name: string, ...args: unknown[]) =>
      addon.run<T>(name, args, {user});
  const sheetFn = (user: string, name: string, ...args: unknown[]) =>
    addon.run(name, args, {user, mode: 'CUSTOM_FUNCTION'});
  const owner = as(TEAM.owner);
  const settings = owner<Settings>('getSettings');
  owner('saveSettings', {...settings, pdfRootFolders: [tree.rootId]});
  const refresh = (user: string) => {
    let status = as(user)<PdfJobStatusDto>('refreshPdfIndex', {});
    for (let i = 0; i < 10 && status.state !== 'done'; i++)
      status = as(user)<PdfJobStatusDto>('refreshPdfIndex', {});
    return status;
  };
  return {world, master, tree, as, sheetFn, refresh};
}

describe('a team in one spreadsheet', () => {
  const s = setup();
  const found = s.tree.invoices.find(
    i => (s.tree.pdfsByInvoice.get(i.number) ?? []).length === 1,
  )!.number;
  const nit = s.master.rows.find(
    r => r.tab !== 'cesion' && r.moneda === 'COP',
  )!.nit;

  it('a clerk whose access comes through a Google group builds the index first, in the companion workbook', () => {
    expect(s.refresh(TEAM.groupEditor).state).toBe('done');
    const master = s.world.spreadsheets.active!;
    expect(master.sheetByName(INDEX_SHEET)).toBeUndefined();
    const companion = companionOf(s.world);
    expect(companion.name).toBe('Facturación - resultados');
    const sheet = companion.sheetByName(INDEX_SHEET)!;
    expect(sheet.hidden).toBe(true);
    expect(sheet.protection).toMatchObject({warningOnly: true});
    // Made by Luis, so his; shared like the Master with the rest of the team.
    const file = s.world.driveStore.get(companion.id)!;
    expect(file.owner).toBe(TEAM.groupEditor);
    expect(file.description).toBe(`Facturación: resultados de ${master.id}`);
  });

  it('every editor and the viewer find and open the same companion', () => {
    const id = companionOf(s.world).id;
    for (const u of [TEAM.owner, ...EDITORS, TEAM.viewer]) {
      const about = s.as(u)<{resultsWorkbook: {url: string} | null}>(
        'getAbout',
      );
      expect({u, url: about.resultsWorkbook?.url}).toEqual({
        u,
        url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
      });
      const name = s.world.emulator.run('FULL', () => {
        const before = s.world.emulator.user;
        s.world.emulator.user = u;
        try {
          return s.world.services.SpreadsheetApp.openById(id).getName();
        } finally {
          s.world.emulator.user = before;
        }
      });
      expect({u, name}).toEqual({u, name: 'Facturación - resultados'});
    }
  });

  it('an editor added to the Master after the companion was made is told whom to ask', () => {
    const late = 'contadora@externos.com.co';
    s.world.accounts.share(s.world.spreadsheets.active!.id, late, 'editor');
    const companion = companionOf(s.world);
    expect(() => s.as(late)('exportQuery', {})).toThrow(
      `Los resultados de esta hoja de cálculo se guardan en el libro «Facturación - resultados» (https://docs.google.com/spreadsheets/d/${companion.id}/edit), que no está compartido con usted. Pida a ${TEAM.groupEditor} que se lo comparta como editor.`,
    );
  });

  it('every other editor refreshes and rebuilds it; the owner too', () => {
    for (const u of [TEAM.editor, TEAM.domainEditor, TEAM.owner]) {
      expect({u, state: s.refresh(u).state}).toEqual({u, state: 'done'});
      const full = s.as(u)<PdfJobStatusDto>('refreshPdfIndex', {full: true});
      expect({u, state: full.state}).toEqual({
        u,
        state: expect.stringMatching(/done|paused/),
      });
      expect(s.refresh(u).state).toBe('done');
    }
  });

  it('every editor and the viewer read the index in the sidebar and with =FACTURA_PDF in the companion', () => {
    const companion = companionOf(s.world);
    for (const u of [...EDITORS, TEAM.viewer]) {
      const out = s.as(u)<FindPdfsResult>('findPdfs', found);
      expect({u, status: out.results[0].status}).toEqual({u, status: 'found'});
      const cell = inWorkbook(s.world, companion.id, () =>
        s.sheetFn(u, 'FACTURA_PDF', found),
      );
      expect({u, cell}).toEqual({
        u,
        cell: expect.stringMatching(/^https:\/\/drive\.google\.com\//),
      });
    }
  });

  it('=FACTURA_PDF typed in the Master says in Spanish where the index is', () => {
    const companion = companionOf(s.world);
    expect(s.sheetFn(TEAM.editor, 'FACTURA_PDF', found)).toBe(
      `Error: el índice de PDF está en el libro «Facturación - resultados» (https://docs.google.com/spreadsheets/d/${companion.id}/edit); use =FACTURA_PDF en ese libro, o elija «En el mismo libro» en Configuración.`,
    );
  });

  it('every editor and the viewer query the Master and use =FACTURADO and =NIT_DV', () => {
    for (const u of [...EDITORS, TEAM.viewer]) {
      const page = s.as(u)<InvoicePage>('queryInvoices', {});
      expect({u, rows: page.total > 0}).toEqual({u, rows: true});
      expect({u, cell: s.sheetFn(u, 'FACTURADO', nit)}).toEqual({
        u,
        cell: total(s.master, nit),
      });
      expect(s.sheetFn(u, 'NIT_DV', '900206480')).toBe(
        s.sheetFn(TEAM.owner, 'NIT_DV', '900206480'),
      );
    }
  });

  it('every editor runs the reports; each run is in the history under their name', () => {
    for (const u of EDITORS) {
      const r = s.as(u)<ReportRunResult>('generateReport', {});
      expect({u, status: r.status}).toEqual({u, status: 'done'});
    }
    const history = s.as(TEAM.editor)<Array<{who: string}>>('getReportHistory');
    expect(
      history
        .slice(0, 3)
        .map(h => h.who)
        .sort(),
    ).toEqual([...EDITORS].sort());
  });

  it('a viewer is told in Spanish that refreshing, reports, exports and settings need edit access', () => {
    const viewer = s.as(TEAM.viewer);
    expect(() => viewer('refreshPdfIndex', {full: true})).toThrow(VIEW_ONLY);
    expect(() => viewer('generateReport', {})).toThrow(VIEW_ONLY);
    expect(() => viewer('exportQuery', {})).toThrow(VIEW_ONLY);
    const settings = viewer<Settings>('getSettings');
    expect(() => viewer('saveSettings', settings)).toThrow(VIEW_ONLY);
  });
});

describe('a spreadsheet shared with named editors only (no domain editing)', () => {
  it('the owner builds; a second clerk and a group editor refresh and rebuild it', () => {
    const s = setup(false);
    expect(s.refresh(TEAM.owner).state).toBe('done');
    for (const u of [TEAM.editor, TEAM.groupEditor]) {
      expect({u, state: s.refresh(u).state}).toEqual({u, state: 'done'});
      s.as(u)('refreshPdfIndex', {full: true});
      expect({u, state: s.refresh(u).state}).toEqual({u, state: 'done'});
    }
  });

  it('an index locked to its builder by an older version is freed by the next one who can edit it', () => {
    const s = setup(false);
    expect(s.refresh(TEAM.owner).state).toBe('done');
    // What the previous version did: only the builder stays an editor of the hidden sheet.
    s.world.emulator.run('FULL', () => {
      const sheet = s.world.services.SpreadsheetApp.openById(
        companionOf(s.world).id,
      ).getSheetByName(INDEX_SHEET)!;
      const p = sheet.protect();
      p.setWarningOnly(false);
      p.removeEditors(p.getEditors());
      p.setDomainEdit(false);
    });
    expect(() => s.as(TEAM.editor)('refreshPdfIndex', {full: true})).toThrow(
      /La hoja interna «_facturacion_pdf_index» quedó protegida para otra persona/,
    );
    expect(s.refresh(TEAM.owner).state).toBe('done');
    expect(s.refresh(TEAM.editor).state).toBe('done');
  });
});
