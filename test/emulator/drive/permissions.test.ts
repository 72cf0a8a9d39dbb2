// Drive v3 Permissions.list/create (developers.google.com/workspace/drive/api/reference/rest/v3/
// permissions/list, .../permissions/create; roles: .../api/guides/manage-sharing): a file a script
// creates is its creator's alone until shared; the list names the owner and each direct grantee.
import {GROUP, TEAM} from '../accounts';
import {createWorld} from '../world';

function setup() {
  const world = createWorld();
  const master = world.spreadsheets.create('Master', {Datos: [['a']]});
  world.accounts.shareWithTeam(master.id);
  const {SpreadsheetApp} = world.services;
  const Drive = world.globals().Drive as GoogleAppsScript.Drive;
  const as = <T>(user: string, fn: () => T): T => {
    const before = world.emulator.user;
    world.emulator.user = user;
    try {
      return world.emulator.run('FULL', fn);
    } finally {
      world.emulator.user = before;
    }
  };
  return {world, master, SpreadsheetApp, Drive, as};
}

describe('Drive.Permissions', () => {
  it('lists the owner, users, the group and the domain of a shared file', () => {
    const {master, Drive, as} = setup();
    const list = as(TEAM.editor, () =>
      Drive.Permissions.list(master.id, {
        fields: 'permissions(type,role,emailAddress,domain)',
      }),
    );
    expect(list.permissions).toEqual([
      {type: 'user', role: 'owner', emailAddress: TEAM.owner},
      {type: 'user', role: 'writer', emailAddress: TEAM.editor},
      {type: 'group', role: 'writer', emailAddress: GROUP},
      {type: 'user', role: 'reader', emailAddress: TEAM.viewer},
      {type: 'domain', role: 'writer', domain: 'finkargo.com'},
    ]);
  });

  it('refuses a reader (ASSUMPTION) and a field it does not know', () => {
    const {master, Drive, as} = setup();
    expect(() =>
      as(TEAM.viewer, () => Drive.Permissions.list(master.id)),
    ).toThrow('The user does not have sufficient permissions for this file.');
    expect(() =>
      as(TEAM.editor, () =>
        Drive.Permissions.list(master.id, {fields: 'permissions(colour)'}),
      ),
    ).toThrow();
  });

  it('a spreadsheet a script creates is private to its creator until shared', () => {
    const {SpreadsheetApp, Drive, as} = setup();
    const id = as(TEAM.editor, () =>
      SpreadsheetApp.create('Resultados').getId(),
    );
    expect(() =>
      as(TEAM.groupEditor, () => SpreadsheetApp.openById(id)),
    ).toThrow();
    expect(() =>
      as(TEAM.groupEditor, () =>
        Drive.Permissions.create(
          {type: 'group', role: 'writer', emailAddress: GROUP},
          id,
        ),
      ),
    ).toThrow();
    const made = as(TEAM.editor, () =>
      Drive.Permissions.create(
        {type: 'group', role: 'writer', emailAddress: GROUP},
        id,
        {sendNotificationEmail: false, fields: 'type,role,emailAddress'},
      ),
    );
    expect(made).toEqual({type: 'group', role: 'writer', emailAddress: GROUP});
    expect(
      as(TEAM.groupEditor, () => SpreadsheetApp.openById(id).getName()),
    ).toBe('Resultados');
  });

  it('create needs the address or domain its type names', () => {
    const {master, Drive, as} = setup();
    expect(() =>
      as(TEAM.owner, () =>
        Drive.Permissions.create({type: 'user', role: 'writer'}, master.id),
      ),
    ).toThrow('Invalid Value');
    expect(() =>
      as(TEAM.owner, () =>
        Drive.Permissions.create({type: 'domain', role: 'reader'}, master.id),
      ),
    ).toThrow('Invalid Value');
  });
});
