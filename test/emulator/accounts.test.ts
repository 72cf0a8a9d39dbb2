// Several people in one spreadsheet: sharing (owner, editor, group editor, viewer, domain), per-user
// stores and triggers, and protections that start from the spreadsheet's editors.
// Sources: developers.google.com/apps-script/reference/spreadsheet/protection (the sample and its
// group warning), reference/spreadsheet/sheet#protect ("the permissions mirror those of the
// spreadsheet itself"), guides/triggers/installable ("Installable triggers always run under the
// account of the person who created them"), reference/cache/cache-service#getUserCache,
// reference/properties/properties-service#getUserProperties. The protected-cell text as the
// Sheets API returns it: github.com/theoephraim/node-google-spreadsheet pull 20.
import {GROUP, TEAM} from './accounts';
import {
  NO_ACCESS_MESSAGE,
  PROTECTED_MESSAGE,
  REMOVE_OWN_GROUP_MESSAGE,
  VIEW_ONLY_MESSAGE,
} from './spreadsheet';
import {createWorld} from './world';

function setup(shareWithDomain = true) {
  const world = createWorld();
  const data = world.spreadsheets.create('Facturación', {
    Datos: [['a', 1]],
    Indice: [['x']],
  });
  world.accounts.shareWithTeam(data.id, shareWithDomain);
  const {SpreadsheetApp, Sheets} = world.services;
  const as = <T>(user: string, fn: () => T): T => {
    const before = world.emulator.user;
    world.emulator.user = user;
    try {
      return world.emulator.run('FULL', fn);
    } finally {
      world.emulator.user = before;
    }
  };
  const sheet = (name: string) =>
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
  const write = (user: string, name = 'Indice') =>
    as(user, () => sheet(name).getRange('A2').setValue(user));
  return {world, data, as, sheet, write, SpreadsheetApp, Sheets};
}

describe('sharing: who may open and edit a spreadsheet', () => {
  it('editors (direct, through a group, through the domain) write; a viewer cannot write at all', () => {
    const {write, as, sheet, data, Sheets} = setup();
    for (const u of [
      TEAM.owner,
      TEAM.editor,
      TEAM.groupEditor,
      TEAM.domainEditor,
    ])
      expect(() => write(u, 'Datos')).not.toThrow();
    expect(() => write(TEAM.viewer, 'Datos')).toThrow(VIEW_ONLY_MESSAGE);
    expect(() =>
      as(TEAM.viewer, () => sheet('Datos').getRange('A1').getValue()),
    ).not.toThrow();
    expect(() =>
      as(TEAM.viewer, () =>
        Sheets.Spreadsheets!.Values!.update(
          {values: [['v']]},
          data.id,
          'Datos!A1',
          {
            valueInputOption: 'RAW',
          },
        ),
      ),
    ).toThrow(
      `API call to sheets.spreadsheets.values.update failed with error: ${VIEW_ONLY_MESSAGE}`,
    );
  });

  it('someone it is not shared with cannot open it by id; the Drive file says who can edit', () => {
    const {as, data, world, SpreadsheetApp} = setup(false);
    expect(() =>
      as('otro@gmail.com', () => SpreadsheetApp.openById(data.id)),
    ).toThrow(NO_ACCESS_MESSAGE);
    const drive = world.globals().Drive as GoogleAppsScript.Drive;
    const canEdit = (u: string) =>
      as(u, () => drive.Files!.get(data.id, {fields: 'capabilities(canEdit)'}));
    expect(canEdit(TEAM.groupEditor)).toEqual({capabilities: {canEdit: true}});
    expect(canEdit(TEAM.viewer)).toEqual({capabilities: {canEdit: false}});
  });
});

describe("Sheet.protect(): editors start as the spreadsheet's", () => {
  it('a new protection mirrors the spreadsheet, so every editor still writes', () => {
    const {as, sheet, write} = setup();
    const editors = as(TEAM.owner, () =>
      sheet('Indice')
        .protect()
        .getEditors()
        .map(u => u.getEmail()),
    );
    expect(editors).toEqual([TEAM.owner, TEAM.editor, GROUP]);
    for (const u of [TEAM.editor, TEAM.groupEditor, TEAM.domainEditor])
      expect(() => write(u)).not.toThrow();
  });

  it("Google's sample (add me, remove the rest, no domain) locks out everyone else with Google's message", () => {
    const {as, sheet, write, data, Sheets} = setup();
    as(TEAM.owner, () => {
      const p = sheet('Indice').protect();
      p.addEditor(TEAM.owner);
      p.removeEditors(p.getEditors());
      if (p.canDomainEdit()) p.setDomainEdit(false);
      expect(p.getEditors().map(u => u.getEmail())).toEqual([TEAM.owner]);
    });
    expect(() => write(TEAM.owner)).not.toThrow();
    for (const u of [TEAM.editor, TEAM.groupEditor, TEAM.domainEditor])
      expect(() => write(u)).toThrow(PROTECTED_MESSAGE);
    expect(() => write(TEAM.editor, 'Datos')).not.toThrow();
    expect(() =>
      as(TEAM.editor, () => sheet('Indice').insertRowsAfter(1, 5)),
    ).toThrow(PROTECTED_MESSAGE);
    expect(() =>
      as(TEAM.editor, () =>
        Sheets.Spreadsheets!.Values!.update(
          {values: [['v']]},
          data.id,
          'Indice!A1',
          {
            valueInputOption: 'RAW',
          },
        ),
      ),
    ).toThrow(
      `API call to sheets.spreadsheets.values.update failed with error: ${PROTECTED_MESSAGE}`,
    );
    expect(
      as(TEAM.editor, () => sheet('Indice').getRange('A1').getValue()),
    ).toBe('x');
  });

  it('removing the group through which the current user edits throws, as the sample warns', () => {
    const {as, sheet} = setup(false);
    expect(() =>
      as(TEAM.groupEditor, () => {
        const p = sheet('Indice').protect();
        p.removeEditors(p.getEditors());
      }),
    ).toThrow(REMOVE_OWN_GROUP_MESSAGE);
    expect(() =>
      as(TEAM.groupEditor, () => {
        const p = sheet('Indice').protect();
        p.addEditor(TEAM.groupEditor);
        p.removeEditors(p.getEditors());
      }),
    ).not.toThrow();
  });

  it('a warning-only protection lets every editor write (scripts get no prompt), never a viewer', () => {
    const {as, sheet, write} = setup();
    as(TEAM.owner, () => {
      const p = sheet('Indice').protect().setWarningOnly(true);
      p.removeEditors(p.getEditors());
    });
    for (const u of [TEAM.editor, TEAM.groupEditor, TEAM.domainEditor])
      expect(() => write(u)).not.toThrow();
    expect(() => write(TEAM.viewer)).toThrow(VIEW_ONLY_MESSAGE);
  });

  it('Range.protect() covers only its cells', () => {
    const {as, sheet} = setup(false);
    as(TEAM.owner, () => {
      const p = sheet('Datos').getRange('A1:A3').protect();
      p.removeEditors(p.getEditors());
    });
    expect(() =>
      as(TEAM.editor, () => sheet('Datos').getRange('A2').setValue(1)),
    ).toThrow(PROTECTED_MESSAGE);
    expect(() =>
      as(TEAM.editor, () => sheet('Datos').getRange('B2').setValue(1)),
    ).not.toThrow();
  });
});

describe('each execution runs as one account', () => {
  it("has that user's cache, user properties and triggers", () => {
    const {world} = setup();
    const {CacheService, PropertiesService, ScriptApp} = world.services;
    const as = (user: string, fn: () => void) => {
      world.emulator.user = user;
      try {
        world.emulator.run('FULL', fn);
      } finally {
        world.emulator.user = TEAM.owner;
      }
    };
    as(TEAM.owner, () => {
      CacheService.getUserCache().put('k', 'owner');
      PropertiesService.getUserProperties().setProperty('k', 'owner');
      ScriptApp.newTrigger('runScheduledReport')
        .timeBased()
        .everyDays(1)
        .atHour(7)
        .create();
    });
    as(TEAM.editor, () => {
      expect(CacheService.getUserCache().get('k')).toBeNull();
      expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
      // Editor add-on triggers are per user per document: a colleague may install their own.
      ScriptApp.newTrigger('runScheduledReport')
        .timeBased()
        .everyDays(1)
        .atHour(8)
        .create();
      expect(CacheService.getDocumentCache()!.get('k')).toBeNull();
    });
    expect(world.triggers.triggers.map(t => t.user)).toEqual([
      TEAM.owner,
      TEAM.editor,
    ]);
  });
});

describe('custom functions see user data "locale only" (guides/sheets/functions)', () => {
  it("a custom function's user cache and user properties are never the sidebar user's", () => {
    const {world} = setup();
    const {CacheService, PropertiesService} = world.services;
    world.emulator.run('FULL', () => {
      CacheService.getUserCache().put('k', 'sidebar');
      PropertiesService.getUserProperties().setProperty('k', 'sidebar');
    });
    world.emulator.run('CUSTOM_FUNCTION', () => {
      expect(CacheService.getUserCache().get('k')).toBeNull();
      expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
      CacheService.getUserCache().put('k', 'cf');
      expect(CacheService.getUserCache().get('k')).toBe('cf');
    });
    world.emulator.run('CUSTOM_FUNCTION', () =>
      expect(CacheService.getUserCache().get('k')).toBeNull(),
    );
    world.emulator.run('FULL', () =>
      expect(CacheService.getUserCache().get('k')).toBe('sidebar'),
    );
  });
});
