// SpreadsheetApp fidelity: value types, display values, the platform's error texts, structure and limits.
import {createWorld} from '../world';

function setup() {
  const world = createWorld();
  const data = world.spreadsheets.create('Libro', {
    Datos: [
      ['Fecha', 'Valor', 'Activo', 'Nota'],
      [new Date(Date.UTC(2025, 8, 15, 5)), 1234567.891, true, ''],
      [new Date(Date.UTC(2025, 8, 16, 5)), 42, false, 'texto'],
    ],
  });
  const app = world.services.SpreadsheetApp;
  const run = <T>(
    fn: () => T,
    mode: 'FULL' | 'CUSTOM_FUNCTION' | 'NONE' | 'LIMITED' = 'FULL',
  ) => world.emulator.run(mode, fn);
  return {world, data, app, run};
}

describe('Range values', () => {
  it('returns Date objects for date cells, numbers, booleans and "" for blanks', () => {
    const {app, run} = setup();
    const values = run(() =>
      app
        .getActiveSpreadsheet()
        .getSheetByName('Datos')!
        .getRange('A2:E3')
        .getValues(),
    );
    expect(values[0][0]).toBeInstanceOf(Date);
    expect((values[0][0] as Date).toISOString()).toBe(
      '2025-09-15T05:00:00.000Z',
    );
    expect(values[0].slice(1)).toEqual([1234567.891, true, '', '']);
    expect(values[1].slice(1)).toEqual([42, false, 'texto', '']);
  });

  it('displays with the es_CO locale and the cell formats', () => {
    const {app, run} = setup();
    const shown = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheetByName('Datos')!;
      sheet.getRange('B2').setNumberFormat('#,##0.00');
      return sheet.getRange('A2:C2').getDisplayValues();
    });
    expect(shown).toEqual([['15/9/2025', '1.234.567,89', 'VERDADERO']]);
  });

  it('types written values as typing them would: numeric text becomes a number, dates date cells', () => {
    const {app, run} = setup();
    const back = run(() => {
      const r = app
        .getActiveSpreadsheet()
        .getSheetByName('Datos')!
        .getRange(5, 1, 1, 4);
      r.setValues([['123', '15/09/2025', "'007", '=SUM(B2:B3)']]);
      return {values: r.getValues(), formulas: r.getFormulas()};
    });
    expect(back.values[0][0]).toBe(123);
    expect(back.values[0][1]).toBeInstanceOf(Date);
    expect(back.values[0][2]).toBe('007');
    expect(back.formulas[0][3]).toBe('=SUM(B2:B3)');
  });

  it('rejects data of the wrong size with the platform messages', () => {
    const {app, run} = setup();
    const sheet = () => app.getActiveSpreadsheet().getSheetByName('Datos')!;
    expect(() =>
      run(() =>
        sheet()
          .getRange(1, 1, 3, 2)
          .setValues([[1, 2]]),
      ),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() =>
      run(() =>
        sheet()
          .getRange(1, 1, 1, 2)
          .setValues([[1]]),
      ),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('rejects coordinates outside the sheet with the platform messages', () => {
    const {app, run} = setup();
    const sheet = () => app.getActiveSpreadsheet().getSheetByName('Datos')!;
    expect(() => run(() => sheet().getRange(0, 1))).toThrow(
      'The starting row of the range is too small.',
    );
    expect(() => run(() => sheet().getRange(1, 0))).toThrow(
      'The starting column of the range is too small.',
    );
    expect(() => run(() => sheet().getRange(1, 1, 0, 1))).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => run(() => sheet().getRange(1001, 1))).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => run(() => sheet().getRange('not a range!!'))).toThrow(
      'Range not found',
    );
  });

  it('reports last row/column and the data range; open A1 ranges run to the grid', () => {
    const {app, run} = setup();
    const r = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheetByName('Datos')!;
      return {
        lastRow: sheet.getLastRow(),
        lastColumn: sheet.getLastColumn(),
        data: sheet.getDataRange().getA1Notation(),
        open: sheet.getRange('C4:C').getNumRows(),
      };
    });
    expect(r).toEqual({lastRow: 3, lastColumn: 4, data: 'A1:D3', open: 997});
  });
});

describe('Sheets and spreadsheets', () => {
  it('inserts, renames, hides, protects, tags and deletes sheets with the platform rules', () => {
    const {app, run, data} = setup();
    run(() => {
      const ss = app.getActiveSpreadsheet();
      const idx = ss.insertSheet('Índice PDF');
      expect(() => ss.insertSheet('índice pdf')).toThrow(
        'A sheet with the name "índice pdf" already exists. Please enter another name.',
      );
      idx.hideSheet();
      idx.protect().setDescription('Índice de la app');
      idx.addDeveloperMetadata('facturacion.kind', 'pdf-index');
      idx.setFrozenRows(1);
      expect(ss.getSheetByName('Índice PDF')!.isSheetHidden()).toBe(true);
      expect(
        idx.getDeveloperMetadata().map(m => [m.getKey(), m.getValue()]),
      ).toEqual([['facturacion.kind', 'pdf-index']]);
      ss.getSheetByName('Datos')!.setName('Datos 2025');
      expect(() => ss.getSheetByName('Datos 2025')!.hideSheet()).toThrow(
        "You can't hide all the sheets in a document.",
      );
      ss.deleteSheet(idx);
      expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow(
        "You can't remove all the sheets in a document.",
      );
    });
    expect(data.sheets.map(s => s.name)).toEqual(['Datos 2025']);
  });

  it('returns the selection from getActiveRange and inserts columns', () => {
    const {app, run, world} = setup();
    expect(run(() => app.getActiveRange())).toBeNull();
    world.spreadsheets.select("'Datos'!D2:D3");
    expect(run(() => app.getActiveRange().getDisplayValues())).toEqual([
      [''],
      ['texto'],
    ]);
    const cols = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheetByName('Datos')!;
      sheet.insertColumnsAfter(1, 2);
      return [sheet.getMaxColumns(), sheet.getRange('D3').getValue()];
    });
    expect(cols).toEqual([28, 42]);
  });

  it('refuses to grow a spreadsheet past 10,000,000 cells', () => {
    const world = createWorld();
    world.spreadsheets.create('Grande', [
      {name: 'A', maxRows: 384_000, maxColumns: 26},
    ]);
    expect(() =>
      world.emulator.run('FULL', () =>
        world.services.SpreadsheetApp.getActiveSpreadsheet().insertSheet('B'),
      ),
    ).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  it('builds and lists embedded charts', () => {
    const {app, run} = setup();
    const types = run(() => {
      const sheet = app.getActiveSpreadsheet().getSheetByName('Datos')!;
      const chart = sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A1:B3'))
        .setPosition(5, 5, 0, 0)
        .build();
      sheet.insertChart(chart);
      return sheet.getCharts().map(c => typeof c.getChartId());
    });
    expect(types).toEqual(['number']);
  });

  it('records menus, sidebars and alerts; getUi is refused from a trigger', () => {
    const {app, run, world} = setup();
    run(
      () =>
        app
          .getUi()
          .createAddonMenu()
          .addItem('Abrir', 'showSidebar')
          .addSeparator()
          .addToUi(),
      'NONE',
    );
    expect(world.ui.menuItems()).toEqual([
      {label: 'Abrir', handler: 'showSidebar'},
    ]);
    expect(() => run(() => app.getUi().alert('Hola'), 'LIMITED')).toThrow(
      'You do not have permission to call SpreadsheetApp.Ui.alert',
    );
    run(() => app.getUi().alert('Listo'));
    expect(world.ui.alerts).toEqual([{prompt: 'Listo', buttons: undefined}]);
    expect(() =>
      world.emulator.run('FULL', () => app.getUi(), 'trigger'),
    ).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('Custom functions and modes', () => {
  it('lets a custom function read but not write, open other files or use Drive/Mail', () => {
    const {app, run, world} = setup();
    expect(
      run(
        () => app.getActiveSpreadsheet().getRange('Datos!B3').getValue(),
        'CUSTOM_FUNCTION',
      ),
    ).toBe(42);
    expect(() =>
      run(
        () => app.getActiveSpreadsheet().getRange('Datos!B3').setValue(1),
        'CUSTOM_FUNCTION',
      ),
    ).toThrow(
      'You do not have permission to call SpreadsheetApp.Range.setValue',
    );
    expect(() => run(() => app.openById('x'), 'CUSTOM_FUNCTION')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById',
    );
    expect(() =>
      run(
        () => world.services.MailApp.sendEmail('a@b.co', 's', 'b'),
        'CUSTOM_FUNCTION',
      ),
    ).toThrow('You do not have permission to call MailApp.sendEmail');
  });

  it('gives NONE only menus: no document, no Properties', () => {
    const {app, run, world} = setup();
    expect(() => run(() => app.getActiveSpreadsheet(), 'NONE')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() =>
      run(
        () => world.services.PropertiesService.getDocumentProperties(),
        'NONE',
      ),
    ).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });

  it('kills an execution past 6 minutes, and a custom function past 30 s with the cell error add-ons show', () => {
    const {run, world} = setup();
    const U = world.services.Utilities;
    expect(() => run(() => U.sleep(6 * 60 * 1000 + 1))).toThrow(
      'Exceeded maximum execution time',
    );
    // guides/sheets/functions: a custom function call must return within 30 seconds.
    expect(() => run(() => U.sleep(31_000), 'CUSTOM_FUNCTION')).toThrow(
      'Internal error executing the custom function.',
    );
    // Even when the function catches the kill and returns something, the cell gets the error.
    expect(() =>
      run(() => {
        try {
          U.sleep(31_000);
        } catch {
          return 'caught';
        }
        return 'done';
      }, 'CUSTOM_FUNCTION'),
    ).toThrow('Internal error executing the custom function.');
    expect(run(() => U.sleep(29_000), 'CUSTOM_FUNCTION')).toBeUndefined();
  });

  it('charges reads by the latency model: big getValues cost ~1 s per 118k cells', () => {
    const {app, world} = setup();
    world.spreadsheets.create('Big', [
      {name: 'B', maxRows: 118_000, maxColumns: 10},
    ]);
    const big = world.spreadsheets.all()[1];
    const mark = world.emulator.log.mark();
    world.emulator.run('FULL', () =>
      app
        .openById(big.id)
        .getSheets()[0]
        .getRange(1, 1, 118_000, 10)
        .getValues(),
    );
    const s = world.emulator.log.summary(mark);
    expect(s.byMethod['SpreadsheetApp.Range.getValues']).toBe(1);
    expect(s.cells).toBe(1_180_000);
    expect(s.ms).toBeGreaterThan(10_000);
    expect(s.ms).toBeLessThan(10_500);
  });
});
