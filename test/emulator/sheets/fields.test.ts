// Spreadsheets.get honours `fields` as the Sheets API does: only what was asked for, bad paths refused.
import {createWorld} from '../world';

function setup() {
  const world = createWorld();
  const ss = world.spreadsheets.create('Libro', {Uno: [['a']], Dos: [['b']]});
  const run = <T>(fn: () => T) => world.emulator.run('FULL', fn);
  return {world, ss, Sheets: world.services.Sheets, run};
}

describe('Sheets.Spreadsheets.get fields', () => {
  it('returns only the fields asked for (developers.google.com/sheets/api/guides/field-masks)', () => {
    const {Sheets, ss, run} = setup();
    const meta = run(() =>
      Sheets.Spreadsheets.get(ss.id, {
        fields: 'sheets.properties(title,gridProperties(rowCount))',
      }),
    );
    expect(meta).toEqual({
      sheets: [
        {properties: {title: 'Uno', gridProperties: {rowCount: 1000}}},
        {properties: {title: 'Dos', gridProperties: {rowCount: 1000}}},
      ],
    });
    expect(
      run(() => Sheets.Spreadsheets.get(ss.id, {fields: 'properties.title'})),
    ).toEqual({properties: {title: 'Libro'}});
    expect(
      run(() =>
        Sheets.Spreadsheets.get(ss.id, {
          fields: 'spreadsheetId,sheets.properties.sheetId',
        }),
      ),
    ).toEqual({
      spreadsheetId: ss.id,
      sheets: ss.sheets.map(s => ({properties: {sheetId: s.id}})),
    });
  });

  it('gives the whole resource without fields', () => {
    const {Sheets, ss, run} = setup();
    const meta = run(() => Sheets.Spreadsheets.get(ss.id));
    expect(meta.spreadsheetId).toBe(ss.id);
    expect(meta.properties?.title).toBe('Libro');
    expect(meta.sheets?.[1].properties?.index).toBe(1);
  });

  it('refuses a path the resource has not, and a space after a comma, as the API does', () => {
    const {Sheets, ss, run} = setup();
    expect(() =>
      run(() => Sheets.Spreadsheets.get(ss.id, {fields: 'sheets.title'})),
    ).toThrow(
      "API call to sheets.spreadsheets.get failed with error: Error expanding 'fields' parameter. Cannot find matching fields for path 'sheets.title'.",
    );
    expect(() =>
      run(() =>
        Sheets.Spreadsheets.get(ss.id, {
          fields: 'properties, sheets.properties',
        }),
      ),
    ).toThrow("Cannot find matching fields for path ' sheets.properties'.");
    expect(() =>
      run(() =>
        Sheets.Spreadsheets.get(ss.id, {
          fields: 'sheets.properties(title,rows)',
        }),
      ),
    ).toThrow("Cannot find matching fields for path 'sheets.properties.rows'.");
  });
});
