// Values memoised for one execution (the open spreadsheet, its id, the script properties) never
// leak into the next: the emulator's realm outlives executions, as Apps Script's does not.
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import type {Settings} from '../../src/common/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');

describe('one run scope per global call', () => {
  it('reads the settings of the spreadsheet open in this execution, not the last one', () => {
    const world = createWorld();
    const a = world.spreadsheets.create('Libro A');
    const b = world.spreadsheets.create('Libro B');
    const folder = world.driveStore.addFolder({name: 'Exportaciones A'});
    const addon = world.loadAddon(BUNDLE);
    world.spreadsheets.setActive(a.id);
    const settings = addon.run<Settings>('getSettings');
    addon.run('saveSettings', [{...settings, exportFolder: folder.id}]);
    expect(addon.run<Settings>('getSettings').exportFolder).toBe(folder.id);
    world.spreadsheets.setActive(b.id);
    expect(addon.run<Settings>('getSettings').exportFolder).not.toBe(folder.id);
    world.spreadsheets.setActive(a.id);
    expect(addon.run<Settings>('getSettings').exportFolder).toBe(folder.id);
  });

  it('asks for the open spreadsheet once per execution', () => {
    const world = createWorld();
    world.spreadsheets.create('Libro');
    const addon = world.loadAddon(BUNDLE);
    const mark = world.emulator.log.mark();
    addon.run('getSettings');
    const byMethod = world.emulator.log.summary(mark).byMethod;
    expect(byMethod['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
  });
});
