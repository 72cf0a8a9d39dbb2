// The .xlsx loader: a generated Master round-trips through real .xlsx bytes with dates as Date cells.
import {COSTOS_FIJOS_TAB, generateMaster} from '../../fixtures/master';
import {masterToXlsx} from '../../fixtures/xlsx';
import {createWorld} from '../world';
import {loadXlsx} from './xlsx';

describe('loadXlsx', () => {
  it('loads values, numbers and dates (as Date cells in Bogota midnight) from .xlsx bytes', async () => {
    const master = generateMaster({rows: 40, seed: 9});
    const bytes = await masterToXlsx(master);
    const world = createWorld();
    const ss = await loadXlsx(world.spreadsheets, bytes, {name: master.name});
    expect(ss.sheets.map(s => s.name)).toEqual(master.tabs.map(t => t.name));
    const values = world.emulator.run('FULL', () =>
      world.services.SpreadsheetApp.openById(ss.id)
        .getSheetByName(COSTOS_FIJOS_TAB)!
        .getRange('A3:R4')
        .getValues(),
    );
    const first = master.rows[0];
    expect(values[0][10]).toBe('Nit');
    expect(values[1][2]).toBeInstanceOf(Date);
    expect((values[1][2] as Date).getTime()).toBe(first.fechaMs);
    expect(values[1][3]).toBe(first.factura);
    expect(values[1][17]).toBe(first.neto);
  });
});
