// Sheets advanced service: batchGet shapes and render options, writes, grid errors and injected faults.
import {sheetsFault} from './faults';
import {createWorld} from '../world';

function setup() {
  const world = createWorld();
  const ss = world.spreadsheets.create('Libro', {
    'Tab name': [
      ['Título'],
      [],
      ['Fecha', 'Valor', 'Nit'],
      [new Date(Date.UTC(2025, 8, 15, 5)), 1500.5, '900.206.480-2'],
      ['', 7, ''],
      [],
    ],
  });
  const Sheets = world.services.Sheets;
  const run = <T>(fn: () => T) => world.emulator.run('FULL', fn);
  return {world, ss, Sheets, run};
}

describe('Sheets.Spreadsheets.Values', () => {
  it('omits trailing empty rows and cells and bounds open ranges to the grid', () => {
    const {Sheets, ss, run} = setup();
    const r = run(() =>
      Sheets.Spreadsheets.Values.get(ss.id, "'Tab name'!C4:C"),
    );
    expect(r).toEqual({
      range: "'Tab name'!C4:C1000",
      majorDimension: 'ROWS',
      values: [['900.206.480-2']],
    });
  });

  it('renders UNFORMATTED_VALUE with SERIAL_NUMBER or FORMATTED_STRING dates, by rows or columns', () => {
    const {Sheets, ss, run} = setup();
    const res = run(() =>
      Sheets.Spreadsheets.Values.batchGet(ss.id, {
        ranges: ["'Tab name'!A4:B5", "'Tab name'!A4:B5"],
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
        majorDimension: 'COLUMNS',
      }),
    );
    expect(res.valueRanges![0].values).toEqual([[45915], [1500.5, 7]]);
    const formatted = run(() =>
      Sheets.Spreadsheets.Values.batchGet(ss.id, {
        ranges: "'Tab name'!A4:B5",
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      }),
    );
    expect(formatted.valueRanges![0].values).toEqual([
      ['15/9/2025', 1500.5],
      ['', 7],
    ]);
    const text = run(() =>
      Sheets.Spreadsheets.Values.get(ss.id, "'Tab name'!B4:B5"),
    );
    expect(text.values).toEqual([['1500,5'], ['7']]);
  });

  it('fails on unknown tabs and ranges past the grid with the API messages', () => {
    const {Sheets, ss, run} = setup();
    expect(() =>
      run(() => Sheets.Spreadsheets.Values.get(ss.id, 'Nope!A1')),
    ).toThrow(
      'API call to sheets.spreadsheets.values.get failed with error: Unable to parse range: Nope!A1',
    );
    expect(() =>
      run(() => Sheets.Spreadsheets.Values.get(ss.id, "'Tab name'!A1:A2000")),
    ).toThrow('exceeds grid limits. Max rows: 1000, max columns: 26');
  });

  it('updates, batch-updates and appends; valueInputOption is required', () => {
    const {Sheets, ss, run} = setup();
    const V = Sheets.Spreadsheets.Values;
    expect(() =>
      run(() => V.update({values: [[1]]}, ss.id, "'Tab name'!E1")),
    ).toThrow("'valueInputOption' is required but not specified");
    const up = run(() =>
      V.update({values: [['=1+1', '12']]}, ss.id, "'Tab name'!E1:F1", {
        valueInputOption: 'RAW',
      }),
    );
    expect(up.updatedCells).toBe(2);
    run(() =>
      V.batchUpdate(
        {
          valueInputOption: 'USER_ENTERED',
          data: [{range: "'Tab name'!G1", values: [['12']]}],
        },
        ss.id,
      ),
    );
    const app = run(() =>
      V.append({values: [['x', 1]]}, ss.id, "'Tab name'!A1", {
        valueInputOption: 'USER_ENTERED',
      }),
    );
    expect(app.updates.updatedRange).toBe("'Tab name'!A6:B6");
    const back = run(() =>
      V.get(ss.id, "'Tab name'!E1:G1", {
        valueRenderOption: 'UNFORMATTED_VALUE',
      }),
    );
    expect(back.values).toEqual([['=1+1', '12', 12]]);
  });

  it('builds faults with the API wording, carrying the message only', () => {
    const {Sheets, ss, run, world} = setup();
    world.emulator.faults.add(sheetsFault('Values.get', 503, 1, 2));
    const get = () => Sheets.Spreadsheets.Values.get(ss.id, "'Tab name'!A1");
    for (let i = 0; i < 2; i++) {
      try {
        run(get);
        throw new Error('expected a fault');
      } catch (e) {
        expect((e as Error).message).toBe(
          'API call to sheets.spreadsheets.values.get failed with error: The service is currently unavailable.',
        );
        // Whether the error carries a code is undocumented: the emulator gives none (stricter).
        expect((e as {code?: number}).code).toBeUndefined();
        expect((e as {details?: unknown}).details).toBeUndefined();
      }
    }
    expect(run(get).values).toEqual([['Título']]);
  });

  it('describes sheets with their grid properties', () => {
    const {Sheets, ss, run} = setup();
    const meta = run(() => Sheets.Spreadsheets.get(ss.id));
    expect(meta.sheets![0].properties).toEqual({
      sheetId: ss.sheets[0].id,
      title: 'Tab name',
      index: 0,
      sheetType: 'GRID',
      gridProperties: {rowCount: 1000, columnCount: 26},
    });
  });

  it('raises an injected 429 on the 3rd batchGet only, and logs cells and modeled time', () => {
    const {Sheets, ss, run, world} = setup();
    world.emulator.faults.add({
      key: 'Sheets.Values.batchGet',
      nth: 3,
      code: 429,
      message: 'Quota exceeded (429)',
    });
    const get = () =>
      Sheets.Spreadsheets.Values.batchGet(ss.id, {
        ranges: ["'Tab name'!A1:C10"],
      });
    run(get);
    run(get);
    expect(() => run(get)).toThrow('Quota exceeded (429)');
    run(get);
    const s = world.emulator.log.summary(0);
    expect(s.byMethod['Sheets.Values.batchGet']).toBe(4);
    expect(s.cells).toBe(120);
    expect(s.ms).toBe(400);
  });
});
