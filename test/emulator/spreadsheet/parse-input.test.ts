// Text written to cells is read as if typed, in the spreadsheet's locale (setValues, USER_ENTERED);
// RAW and plain-text cells keep it. Source: developers.google.com/sheets/api/reference/rest/v4/ValueInputOption.
import {createWorld} from '../world';

const WRITTEN = [
  '1.234',
  '1.234,5',
  '-12,5',
  '12%',
  '15/09/2025',
  '2025-09-15',
  'sep-2025',
  '1/7',
  'VERDADERO',
  "'sep-2025",
  'FE10555',
  '=1+1',
  '-2+3',
  ' =1',
];

function setup(locale = 'es_CO') {
  const world = createWorld({now: Date.UTC(2026, 2, 10, 15)});
  const data = world.spreadsheets.create('Libro', {Hoja: [[]]}, {locale});
  const app = world.services.SpreadsheetApp;
  const run = <T>(fn: () => T): T => world.emulator.run('FULL', fn);
  return {world, data, app, run};
}

/** What getValues reads back: Dates as their ISO day in the spreadsheet's zone (Bogotá here). */
function shown(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const d = new Date((v as Date).getTime() - 5 * 3600_000);
    return `date ${d.toISOString().slice(0, 10)}`;
  }
  return v;
}

describe('Text written with setValues is parsed as typed (es_CO)', () => {
  it('turns numbers, percentages, dates and booleans into values; an apostrophe keeps text', () => {
    const {app, run} = setup();
    const back = run(() => {
      const range = app
        .getActiveSpreadsheet()
        .getSheets()[0]
        .getRange(1, 1, 1, WRITTEN.length);
      range.setValues([WRITTEN]);
      return {values: range.getValues()[0], formulas: range.getFormulas()[0]};
    });
    expect(back.values.map(shown)).toEqual([
      1234,
      1234.5,
      -12.5,
      0.12,
      'date 2025-09-15',
      'date 2025-09-15',
      'date 2025-09-01',
      'date 2026-07-01',
      true,
      'sep-2025',
      'FE10555',
      '',
      '',
      '',
    ]);
    expect(back.formulas.slice(11)).toEqual(['=1+1', '=-2+3', '=1']);
  });

  it('setValue parses too, and a plain-text ("@") cell keeps what was written', () => {
    const {app, run} = setup();
    const back = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange('A1').setValue('1.234');
      sheet.getRange('B1').setNumberFormat('@').setValue('1.234');
      sheet.getRange('C1').setNumberFormat('@').setValue('=1+1');
      return {
        values: sheet.getRange('A1:C1').getValues()[0],
        formulas: sheet.getRange('A1:C1').getFormulas()[0],
      };
    });
    expect(back.values).toEqual([1234, '1.234', '=1+1']);
    expect(back.formulas).toEqual(['', '', '']);
  });
});

describe('Text written in an en_US spreadsheet', () => {
  it('reads "1,234.5" as a number and "1/7" as January 7', () => {
    const {app, run} = setup('en_US');
    const back = run(() => {
      const range = app.getActiveSpreadsheet().getSheets()[0].getRange('A1:D1');
      range.setValues([['1,234.5', '1/7', '1.234', 'TRUE']]);
      return range.getValues()[0];
    });
    expect(back.map(shown)).toEqual([1234.5, 'date 2026-01-07', 1.234, true]);
  });
});

describe('Sheets API values: USER_ENTERED parses, RAW stores as is', () => {
  it('update, append and batchUpdate', () => {
    const {world, data, app, run} = setup();
    const back = run(() => {
      const Sheets = world.services.Sheets;
      Sheets.Spreadsheets.Values.update(
        {values: [['1.234', 'sep-2025', '=1+1']]},
        data.id,
        'Hoja!A1:C1',
        {valueInputOption: 'USER_ENTERED'},
      );
      Sheets.Spreadsheets.Values.update(
        {values: [['1.234', 'sep-2025', '=1+1']]},
        data.id,
        'Hoja!A2:C2',
        {valueInputOption: 'RAW'},
      );
      Sheets.Spreadsheets.Values.append(
        {values: [['12%', "'12%", '2025-09-15']]},
        data.id,
        'Hoja!A1',
        {valueInputOption: 'USER_ENTERED'},
      );
      Sheets.Spreadsheets.Values.batchUpdate(
        {
          valueInputOption: 'RAW',
          data: [{range: 'Hoja!A4:B4', values: [['12%', '-2+3']]}],
        },
        data.id,
      );
      const range = app.getActiveSpreadsheet().getSheets()[0].getRange('A1:C4');
      return {values: range.getValues(), formulas: range.getFormulas()};
    });
    expect(back.values.map(r => r.map(shown))).toEqual([
      [1234, 'date 2025-09-01', ''],
      ['1.234', 'sep-2025', '=1+1'],
      [0.12, '12%', 'date 2025-09-15'],
      ['12%', '-2+3', ''],
    ]);
    expect(back.formulas[0][2]).toBe('=1+1');
    expect(back.formulas[1][2]).toBe('');
  });
});
