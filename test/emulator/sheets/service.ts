// The Sheets advanced service (v4): Spreadsheets.get and Spreadsheets.Values get/batchGet/update/
// batchUpdate/append, with the API's shapes (trailing blanks omitted, ranges quoted and bounded) and errors.
import {project} from '../drive/fields';
import {parseSheetsFields, type SheetsFieldMask} from './fields';
import type {Emulator} from '../core/emulator';
import {wallClock} from '../core/time';
import {METADATA_MS} from '../spreadsheet/latency';
import {sheetsApiMs} from './latency';
import {a1For, parseA1, quoteSheetName, splitSheet} from '../spreadsheet/a1';
import {displayValue, toStored} from '../spreadsheet/format';
import {cachedIsDate} from '../spreadsheet/range';
import type {SpreadsheetAccess} from '../spreadsheet/sharing';
import type {
  SheetData,
  SpreadsheetData,
  SpreadsheetStore,
} from '../spreadsheet/store';

type VR = GoogleAppsScript.Sheets.Schema.ValueRange;

export interface ValuesOptions {
  majorDimension?: string;
  valueRenderOption?: string;
  dateTimeRenderOption?: string;
}

interface Rect {
  sheet: SheetData;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** The Sheets global. */
export function createSheetsService(
  emu: Emulator,
  store: SpreadsheetStore,
  access?: SpreadsheetAccess,
) {
  const fail = (method: string, message: string) =>
    emu.error(
      `API call to sheets.spreadsheets.${method} failed with error: ${message}`,
    );

  const open = (method: string, id: string): SpreadsheetData => {
    const ss = store.get(id);
    if (!ss) throw fail(method, 'Requested entity was not found.');
    // A file the user cannot see is "not found" to them (the API does not reveal it exists).
    if (access && emu.execution && access.roleOf(ss) === null)
      throw fail(method, 'Requested entity was not found.');
    return ss;
  };

  /** Resolves an A1 range; open ends run to the grid. Out-of-grid ranges fail as the API fails. */
  const resolve = (
    method: string,
    ss: SpreadsheetData,
    range: string,
    grow = false,
  ): Rect => {
    const {sheetName} = splitSheet(range);
    const p = parseA1(range);
    const sheet =
      sheetName !== undefined
        ? ss.sheetByName(sheetName)
        : p
          ? ss.sheets[0]
          : ss.sheetByName(range);
    if (!sheet || (!p && sheetName === undefined && !ss.sheetByName(range)))
      throw fail(method, `Unable to parse range: ${range}`);
    const q = p && (p.row !== undefined || p.column !== undefined) ? p : {};
    const row = q.row ?? 1;
    const column = q.column ?? 1;
    const lastRow =
      q.lastRow ??
      (q.row !== undefined && q.lastColumn === undefined
        ? q.row
        : sheet.maxRows);
    const lastColumn =
      q.lastColumn ??
      (q.column !== undefined && q.lastRow === undefined && q.row !== undefined
        ? q.column
        : sheet.maxColumns);
    const r = {
      sheet,
      row: Math.min(row, lastRow),
      column: Math.min(column, lastColumn),
      numRows: Math.abs(lastRow - row) + 1,
      numColumns: Math.abs(lastColumn - column) + 1,
    };
    if (
      !grow &&
      (r.row + r.numRows - 1 > sheet.maxRows ||
        r.column + r.numColumns - 1 > sheet.maxColumns)
    )
      throw fail(
        method,
        `Range (${quoteSheetName(sheet.name)}!${a1For(r.row, r.column, r.numRows, r.numColumns)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
      );
    return r;
  };

  const label = (r: Rect) =>
    `${quoteSheetName(r.sheet.name)}!${a1For(r.row, r.column, r.numRows, r.numColumns)}`;

  const cellOut = (
    ss: SpreadsheetData,
    sheet: SheetData,
    row: number,
    col: number,
    o: ValuesOptions,
  ): unknown => {
    const v = sheet.get(row, col);
    if (v === undefined) return '';
    const format = sheet.format(row, col);
    const render = o.valueRenderOption ?? 'FORMATTED_VALUE';
    if (render === 'FORMATTED_VALUE')
      return displayValue(v, format, ss.locale, ss.timeZone);
    if (
      typeof v === 'number' &&
      cachedIsDate(format) &&
      o.dateTimeRenderOption === 'FORMATTED_STRING'
    )
      return displayValue(v, format, ss.locale, ss.timeZone);
    return v;
  };

  /** Values of a rectangle as the API returns them: trailing empty rows and cells omitted. */
  const read = (
    ss: SpreadsheetData,
    r: Rect,
    o: ValuesOptions,
  ): unknown[][] => {
    const columns = o.majorDimension === 'COLUMNS';
    const outer = columns ? r.numColumns : r.numRows;
    const inner = columns ? r.numRows : r.numColumns;
    const out: unknown[][] = [];
    for (let i = 0; i < outer; i++) {
      const line: unknown[] = [];
      let last = -1;
      for (let j = 0; j < inner; j++) {
        const [row, col] = columns
          ? [r.row + j, r.column + i]
          : [r.row + i, r.column + j];
        const v = cellOut(ss, r.sheet, row, col, o);
        line.push(v);
        if (v !== '') last = j;
      }
      line.length = last + 1;
      out.push(line);
    }
    while (out.length && out[out.length - 1].length === 0) out.pop();
    return out;
  };

  const valueRange = (ss: SpreadsheetData, r: Rect, o: ValuesOptions): VR => {
    const values = read(ss, r, o);
    const vr: VR = {
      range: label(r),
      majorDimension: o.majorDimension ?? 'ROWS',
    };
    if (values.length) vr.values = values;
    return vr;
  };

  const write = (
    method: string,
    ss: SpreadsheetData,
    range: string,
    body: VR,
    input: string | undefined,
    append = false,
  ) => {
    if (input !== 'RAW' && input !== 'USER_ENTERED')
      throw fail(method, "'valueInputOption' is required but not specified");
    let r = resolve(method, ss, range, append);
    access?.assertCanWrite(ss, r.sheet, r, m => fail(method, m));
    store.touch(ss.id);
    const raw = (body.values ?? []) as unknown[][];
    const rows = body.majorDimension === 'COLUMNS' ? transpose(raw) : raw;
    const width = rows.reduce((w, x) => Math.max(w, x.length), 0);
    if (append) {
      const start = Math.max(r.sheet.extent().rows + 1, r.row);
      const needRows = start + rows.length - 1 - r.sheet.maxRows;
      if (needRows > 0) {
        ss.assertRoom(needRows * r.sheet.maxColumns, m => fail(method, m));
        r.sheet.maxRows += needRows;
      }
      r = {...r, row: start, numRows: rows.length};
    } else if (rows.length > r.numRows || width > r.numColumns) {
      throw fail(
        method,
        `Requested writing within range [${label(r)}], but tried writing to ${rows.length > r.numRows ? `row [${r.row + rows.length - 1}]` : `column [${String.fromCharCode(64 + r.column + width - 1)}]`}`,
      );
    }
    if (
      r.row + rows.length - 1 > r.sheet.maxRows ||
      r.column + width - 1 > r.sheet.maxColumns
    )
      throw fail(
        method,
        `Range (${label(r)}) exceeds grid limits. Max rows: ${r.sheet.maxRows}, max columns: ${r.sheet.maxColumns}`,
      );
    let cells = 0;
    const year = wallClock(emu.clock.now(), ss.timeZone).year;
    rows.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null) return;
        const row = r.row + i;
        const col = r.column + j;
        cells++;
        if (input === 'RAW') {
          // RAW: "will not be parsed and will be stored as-is" (ValueInputOption): "=1+1" stays text.
          r.sheet.formulas.delete(`${row},${col}`);
          r.sheet.set(
            row,
            col,
            v === '' ? undefined : (v as string | number | boolean),
          );
          return;
        }
        const stored = toStored(
          v,
          ss.timeZone,
          ss.locale,
          r.sheet.format(row, col),
          year,
        );
        r.sheet.set(row, col, stored.value);
        if (stored.format) r.sheet.setFormat(row, col, stored.format);
        if (stored.formula)
          r.sheet.formulas.set(`${row},${col}`, stored.formula);
        else r.sheet.formulas.delete(`${row},${col}`);
      }),
    );
    const updatedRange = `${quoteSheetName(r.sheet.name)}!${a1For(r.row, r.column, Math.max(rows.length, 1), Math.max(width, 1))}`;
    return {
      spreadsheetId: ss.id,
      updatedRange,
      updatedRows: rows.length,
      updatedColumns: width,
      updatedCells: cells,
    };
  };

  const Values = {
    get(
      spreadsheetId: string,
      range: string,
      optionalArgs: ValuesOptions = {},
    ): VR {
      const ss = open('values.get', spreadsheetId);
      const r = resolve('values.get', ss, range);
      emu.call('Sheets', 'Values.get', 'read', {
        ms: sheetsApiMs(r.numRows * r.numColumns),
        cells: r.numRows * r.numColumns,
      });
      return valueRange(ss, r, optionalArgs);
    },
    batchGet(
      spreadsheetId: string,
      optionalArgs: ValuesOptions & {ranges?: string | string[]} = {},
    ): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
      const ss = open('values.batchGet', spreadsheetId);
      const ranges =
        optionalArgs.ranges === undefined
          ? []
          : ([] as string[]).concat(optionalArgs.ranges);
      const rects = ranges.map(x => resolve('values.batchGet', ss, x));
      const cells = rects.reduce((n, r) => n + r.numRows * r.numColumns, 0);
      emu.call('Sheets', 'Values.batchGet', 'read', {
        ms: sheetsApiMs(cells, rects.length),
        cells,
      });
      return {
        spreadsheetId,
        valueRanges: rects.map(r => valueRange(ss, r, optionalArgs)),
      };
    },
    update(
      resource: VR,
      spreadsheetId: string,
      range: string,
      optionalArgs: {valueInputOption?: string} = {},
    ) {
      const ss = open('values.update', spreadsheetId);
      const cells = (resource.values ?? []).reduce(
        (n: number, r: unknown[]) => n + r.length,
        0,
      );
      emu.call('Sheets', 'Values.update', 'write', {
        ms: sheetsApiMs(cells),
        cells,
      });
      return write(
        'values.update',
        ss,
        range,
        resource,
        optionalArgs.valueInputOption,
      );
    },
    batchUpdate(
      resource: {valueInputOption?: string; data?: VR[]},
      spreadsheetId: string,
    ) {
      const ss = open('values.batchUpdate', spreadsheetId);
      const data = resource.data ?? [];
      const cells = data.reduce(
        (n, d) =>
          n +
          (d.values ?? []).reduce((m: number, r: unknown[]) => m + r.length, 0),
        0,
      );
      emu.call('Sheets', 'Values.batchUpdate', 'write', {
        ms: sheetsApiMs(cells, data.length),
        cells,
      });
      const responses = data.map(d =>
        write(
          'values.batchUpdate',
          ss,
          d.range ?? '',
          d,
          resource.valueInputOption,
        ),
      );
      return {
        spreadsheetId,
        totalUpdatedCells: responses.reduce((n, x) => n + x.updatedCells, 0),
        totalUpdatedRows: responses.reduce((n, x) => n + x.updatedRows, 0),
        responses,
      };
    },
    append(
      resource: VR,
      spreadsheetId: string,
      range: string,
      optionalArgs: {valueInputOption?: string} = {},
    ) {
      const ss = open('values.append', spreadsheetId);
      const cells = (resource.values ?? []).reduce(
        (n: number, r: unknown[]) => n + r.length,
        0,
      );
      emu.call('Sheets', 'Values.append', 'write', {
        ms: sheetsApiMs(cells),
        cells,
      });
      const updates = write(
        'values.append',
        ss,
        range,
        resource,
        optionalArgs.valueInputOption,
        true,
      );
      return {spreadsheetId, updates};
    },
    clear(_resource: object, spreadsheetId: string, range: string) {
      const ss = open('values.clear', spreadsheetId);
      const r = resolve('values.clear', ss, range);
      emu.call('Sheets', 'Values.clear', 'write', {ms: sheetsApiMs(0)});
      access?.assertCanWrite(ss, r.sheet, r, m => fail('values.clear', m));
      store.touch(ss.id);
      r.sheet.clear(r.row, r.column, r.numRows, r.numColumns, {contents: true});
      return {spreadsheetId, clearedRange: label(r)};
    },
  };

  return {
    Spreadsheets: {
      Values,
      get(
        spreadsheetId: string,
        optionalArgs: {fields?: string} = {},
      ): GoogleAppsScript.Sheets.Schema.Spreadsheet {
        const ss = open('get', spreadsheetId);
        emu.call('Sheets', 'Spreadsheets.get', 'read', {
          ms: sheetsApiMs(0) + METADATA_MS,
        });
        // `fields` is honoured: only what was asked for comes back, and a bad path fails.
        let mask: SheetsFieldMask | true = true;
        if (optionalArgs.fields !== undefined) {
          try {
            mask = parseSheetsFields(optionalArgs.fields);
          } catch (e) {
            throw fail('get', (e as Error).message);
          }
        }
        return project(describe(ss), mask);
      },
    },
  };

  /** The whole Spreadsheet resource (without grid data) of a spreadsheet. */
  function describe(
    ss: SpreadsheetData,
  ): GoogleAppsScript.Sheets.Schema.Spreadsheet {
    return {
      spreadsheetId: ss.id,
      spreadsheetUrl: ss.url,
      properties: {
        title: ss.name,
        locale: ss.locale,
        timeZone: ss.timeZone,
      },
      sheets: ss.sheets.map((s, index) => ({
        properties: {
          sheetId: s.id,
          title: s.name,
          index,
          sheetType: 'GRID',
          ...(s.hidden ? {hidden: true} : {}),
          gridProperties: {
            rowCount: s.maxRows,
            columnCount: s.maxColumns,
            ...(s.frozenRows ? {frozenRowCount: s.frozenRows} : {}),
            ...(s.frozenColumns ? {frozenColumnCount: s.frozenColumns} : {}),
          },
        },
        ...(s.metadata.length
          ? {
              developerMetadata: s.metadata.map(m => ({
                metadataId: m.id,
                metadataKey: m.key,
                metadataValue: m.value ?? undefined,
                visibility: m.visibility,
              })),
            }
          : {}),
      })),
    };
  }
}

function transpose(rows: unknown[][]): unknown[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return Array.from({length: width}, (_, j) =>
    rows.map(r => (j < r.length ? r[j] : null)),
  );
}
