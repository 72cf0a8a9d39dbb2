// Loads an .xlsx workbook (exceljs) into an emulated spreadsheet: values, dates as date cells, number formats.
import ExcelJS from 'exceljs';
import type {CellValue} from './format';
import {SheetData, type SpreadsheetData, type SpreadsheetStore} from './store';

const DAY_MS = 86_400_000;
const EPOCH_SERIAL = 25569;

/** What one exceljs cell holds, as the stored value, its format and formula. */
function convert(cell: ExcelJS.Cell): {
  value: CellValue | undefined;
  format?: string;
  formula?: string;
} {
  const v = cell.value;
  const numFmt =
    cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (v === null || v === undefined || v === '') return {value: undefined};
  if (v instanceof Date) {
    // exceljs turns the serial (a wall-clock time without zone) into a UTC Date.
    return {
      value: v.getTime() / DAY_MS + EPOCH_SERIAL,
      format: numFmt ?? 'dd/mm/yyyy',
    };
  }
  if (typeof v === 'number') return {value: v, format: numFmt};
  if (typeof v === 'string' || typeof v === 'boolean') return {value: v};
  if (typeof v === 'object') {
    if ('error' in v) return {value: String(v.error)};
    if ('richText' in v) return {value: v.richText.map(t => t.text).join('')};
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      const formula = 'formula' in v && v.formula ? `=${v.formula}` : undefined;
      if (result instanceof Date)
        return {
          value: result.getTime() / DAY_MS + EPOCH_SERIAL,
          format: numFmt ?? 'dd/mm/yyyy',
          formula,
        };
      if (result && typeof result === 'object' && 'error' in result)
        return {value: String(result.error), formula};
      return {
        value:
          result === undefined || result === null || result === ''
            ? undefined
            : (result as CellValue),
        format: numFmt,
        formula,
      };
    }
    if ('text' in v) return {value: String(v.text)};
  }
  return {value: String(v)};
}

/**
 * Reads an .xlsx (path or bytes) into a new spreadsheet of the store. Each worksheet becomes a sheet
 * with at least the default 1000 x 26 grid; hidden worksheets stay hidden.
 */
export async function loadXlsx(
  store: SpreadsheetStore,
  source: string | Uint8Array,
  options: {name?: string; id?: string} = {},
): Promise<SpreadsheetData> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(Buffer.from(source) as unknown as ArrayBuffer);
  const name =
    options.name ??
    (typeof source === 'string'
      ? source.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '')
      : 'Libro');
  const ss = store.blank(name, options.id);
  wb.eachSheet(ws => {
    const sheet = new SheetData(
      ws.name,
      Math.max(1000, ws.rowCount),
      Math.max(26, ws.columnCount),
    );
    ws.eachRow({includeEmpty: false}, (row, r) => {
      row.eachCell({includeEmpty: false}, (cell, c) => {
        const {value, format, formula} = convert(cell);
        sheet.set(r, c, value);
        if (format) sheet.setFormat(r, c, format);
        if (formula) sheet.formulas.set(`${r},${c}`, formula);
      });
    });
    sheet.hidden = ws.state !== 'visible';
    sheet.frozenRows =
      ws.views?.[0]?.state === 'frozen' ? (ws.views[0].ySplit ?? 0) : 0;
    ss.assertRoom(sheet.cellCount, m => new Error(m));
    ss.sheets.push(sheet);
  });
  if (ss.sheets.length === 0)
    throw new Error(`The workbook ${name} has no sheets`);
  ss.activeSheetId = (ss.sheets.find(s => !s.hidden) ?? ss.sheets[0]).id;
  return store.add(ss);
}
