// A native spreadsheet as Drive hands it out and takes it in: export to .xlsx / CSV / TSV / PDF and
// the .xlsx -> spreadsheet conversion, all synchronous like Files.export/create (SheetJS, not exceljs).
import * as XLSX from 'xlsx';
import {DEFAULT_NUMBER_FORMAT, displayValue, type CellValue} from './format';
import {SheetData, type SpreadsheetData, type SpreadsheetStore} from './store';

/** MIME types a native Sheet exports to here (Drive also offers ODS and zipped HTML: not modelled). */
export const EXPORT_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
} as const;

/** Excel's rules for worksheet names: 31 characters, none of []:*?/\ (assumption: Sheets sanitises so). */
function excelSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Hoja';
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++)
    out = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(out.toLowerCase());
  return out;
}

/** One stored cell as a SheetJS cell (number formats kept, so date cells stay dates). */
function toCell(
  value: CellValue | undefined,
  format: string | undefined,
  formula: string | undefined,
): XLSX.CellObject | null {
  if (value === undefined && formula === undefined) return null;
  const cell: XLSX.CellObject =
    typeof value === 'number'
      ? {t: 'n', v: value}
      : typeof value === 'boolean'
        ? {t: 'b', v: value}
        : value === undefined
          ? {t: 'z'}
          : {t: 's', v: value};
  if (typeof value === 'number' && format && format !== DEFAULT_NUMBER_FORMAT)
    cell.z = format;
  if (formula) cell.f = formula.replace(/^=/, '');
  return cell;
}

/** Real .xlsx bytes of every tab (values, number formats, formulas with cached results, hidden tabs). */
export function spreadsheetToXlsx(ss: SpreadsheetData): Uint8Array {
  const wb = XLSX.utils.book_new();
  const taken = new Set<string>();
  for (const sheet of ss.sheets) {
    const ws: XLSX.WorkSheet = {};
    const {rows, columns} = sheet.extent();
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        const cell = toCell(
          sheet.get(r, c),
          sheet.format(r, c),
          sheet.formulas.get(`${r},${c}`),
        );
        if (cell) ws[XLSX.utils.encode_cell({r: r - 1, c: c - 1})] = cell;
      }
    }
    ws['!ref'] = XLSX.utils.encode_range({
      s: {r: 0, c: 0},
      e: {r: Math.max(rows, 1) - 1, c: Math.max(columns, 1) - 1},
    });
    XLSX.utils.book_append_sheet(wb, ws, excelSheetName(sheet.name, taken));
  }
  wb.Workbook ??= {};
  wb.Workbook.Sheets = ss.sheets.map(s => ({Hidden: s.hidden ? 1 : 0}));
  const out: Buffer = XLSX.write(wb, {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
  });
  return new Uint8Array(out);
}

/** The first tab as delimited text of its displayed values (Drive's CSV/TSV export: first sheet only). */
export function spreadsheetToText(
  ss: SpreadsheetData,
  separator: ',' | '\t',
): Uint8Array {
  const sheet = ss.sheets[0];
  const {rows, columns} = sheet.extent();
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= columns; c++) {
      const text = displayValue(
        sheet.get(r, c),
        sheet.format(r, c),
        ss.locale,
        ss.timeZone,
      );
      cells.push(
        separator === ',' && /[",\r\n]/.test(text)
          ? `"${text.replace(/"/g, '""')}"`
          : text.replace(/\t/g, ' '),
      );
    }
    lines.push(cells.join(separator));
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** Text safe inside a PDF string literal, in WinAnsi (Latin-1) bytes; other characters become '?'. */
function pdfText(s: string): string {
  return s.replace(/[^\x20-\x7e\xa0-\xff]/g, '?').replace(/([()\\])/g, '\\$1');
}

/**
 * A MINIMAL but valid PDF, not Sheets' rendering: one Letter page per visible tab with the
 * spreadsheet's title, the tab name and up to 45 rows of displayed values in Helvetica.
 */
export function spreadsheetToMinimalPdf(ss: SpreadsheetData): Uint8Array {
  const tabs = ss.sheets.filter(s => !s.hidden);
  const objects: string[] = [];
  const pageIds = tabs.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map(id => `${id} 0 R`).join(' ')}] /Count ${tabs.length} >>`;
  objects[3] =
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  tabs.forEach((sheet, i) => {
    const {rows, columns} = sheet.extent();
    const lines = [`${ss.name} - ${sheet.name}`];
    for (let r = 1; r <= Math.min(rows, 45); r++) {
      const cells: string[] = [];
      for (let c = 1; c <= columns; c++)
        cells.push(
          displayValue(
            sheet.get(r, c),
            sheet.format(r, c),
            ss.locale,
            ss.timeZone,
          ),
        );
      lines.push(cells.join('  |  ').slice(0, 110));
    }
    const ops = lines
      .map(
        (l, k) =>
          `BT /F1 ${k === 0 ? 14 : 8} Tf 36 ${756 - k * 15} Td (${pdfText(l)}) Tj ET`,
      )
      .join('\n');
    const stream = Buffer.from(ops, 'latin1');
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageIds[i] + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`;
    objects[pageIds[i] + 1] =
      `<< /Length ${stream.length} >>\nstream\n${ops}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++)
    pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** One SheetJS cell as the stored value, its format and formula. */
function fromCell(cell: XLSX.CellObject): {
  value: CellValue | undefined;
  format?: string;
  formula?: string;
} {
  const format =
    typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : undefined;
  const formula = cell.f ? `=${cell.f}` : undefined;
  switch (cell.t) {
    case 'n':
      return {
        value: cell.v as number,
        format:
          format ??
          (XLSX.SSF.is_date(String(cell.z ?? '')) ? 'dd/mm/yyyy' : undefined),
        formula,
      };
    case 'b':
      return {value: cell.v as boolean, formula};
    case 'e':
      return {value: cell.w ?? '#ERROR!', formula};
    case 'z':
      return {value: undefined, formula};
    default: {
      const text = cell.v === undefined ? '' : String(cell.v);
      return {value: text === '' ? undefined : text, formula};
    }
  }
}

/**
 * Converts .xlsx bytes into a new spreadsheet of the store, synchronously (Drive's conversion on
 * Files.create/copy). Same shape as loadXlsx (xlsx.ts): at least 1000 x 26 per tab, hidden stays hidden.
 */
export function xlsxToSpreadsheetSync(
  store: SpreadsheetStore,
  bytes: Uint8Array,
  name: string,
): SpreadsheetData {
  const wb = XLSX.read(bytes, {
    type: 'array',
    cellNF: true,
    cellFormula: true,
    cellDates: false,
  });
  const ss = store.blank(name);
  // Drive's conversion makes a new file: the account's zone, not the source's (store.ts).
  ss.timeZone = store.newFileTimeZone;
  wb.SheetNames.forEach((tab, i) => {
    const ws = wb.Sheets[tab];
    const ref = ws['!ref']
      ? XLSX.utils.decode_range(ws['!ref'])
      : {s: {r: 0, c: 0}, e: {r: -1, c: -1}};
    const sheet = new SheetData(
      tab,
      Math.max(1000, ref.e.r + 1),
      Math.max(26, ref.e.c + 1),
    );
    for (let r = ref.s.r; r <= ref.e.r; r++) {
      for (let c = ref.s.c; c <= ref.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({r, c})] as
          XLSX.CellObject | undefined;
        if (!cell) continue;
        const {value, format, formula} = fromCell(cell);
        sheet.set(r + 1, c + 1, value);
        if (format) sheet.setFormat(r + 1, c + 1, format);
        if (formula) sheet.formulas.set(`${r + 1},${c + 1}`, formula);
      }
    }
    sheet.hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    ss.assertRoom(sheet.cellCount, m => new Error(m));
    ss.sheets.push(sheet);
  });
  if (ss.sheets.length === 0)
    throw new Error(`The workbook ${name} has no sheets`);
  ss.activeSheetId = (ss.sheets.find(s => !s.hidden) ?? ss.sheets[0]).id;
  return store.add(ss);
}
