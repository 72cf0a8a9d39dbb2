// Reads the Master with SpreadsheetApp when the Sheets advanced service is off: still column-wise
// (one getValues per needed column, one per header block), never getDataRange.
import {currentSpreadsheet, hostSpreadsheetId} from '../shared/spreadsheets';
import type {RawCell} from '../../domain/kernel/cell-values';
import type {
  BlockRequest,
  ColumnRequest,
  MasterSheetReader,
  SheetGrid,
} from '../../app/master/ports';

/**
 * A MasterSheetReader over SpreadsheetApp. The spreadsheet is opened once per execution (or taken
 * as the active one). Grid sizes use getLastRow/getLastColumn so blank rows below the data are
 * not read.
 */
export function spreadsheetAppReader(): MasterSheetReader {
  const opened = new Map<string, GoogleAppsScript.Spreadsheet.Spreadsheet>();
  const open = (fileId: string) => {
    let ss = opened.get(fileId);
    if (!ss) {
      const active = currentSpreadsheet();
      ss =
        active && active.getId() === fileId
          ? active
          : SpreadsheetApp.openById(fileId);
      opened.set(fileId, ss);
    }
    return ss;
  };
  const sheet = (fileId: string, title: string) => {
    const s = open(fileId).getSheetByName(title);
    if (!s) throw new Error(`La hoja '${title}' ya no existe en el Master.`);
    return s;
  };
  return {
    listSheets(fileId: string): SheetGrid[] {
      return open(fileId)
        .getSheets()
        .map(s => ({
          title: s.getName(),
          rowCount: s.getLastRow(),
          columnCount: s.getLastColumn(),
        }));
    },
    readBlocks(fileId: string, blocks: readonly BlockRequest[]): RawCell[][][] {
      return blocks.map(b =>
        b.lastRow < b.firstRow || b.lastColumn < b.firstColumn
          ? []
          : (sheet(fileId, b.title)
              .getRange(
                b.firstRow,
                b.firstColumn,
                b.lastRow - b.firstRow + 1,
                b.lastColumn - b.firstColumn + 1,
              )
              .getValues() as RawCell[][]),
      );
    },
    readColumns(
      fileId: string,
      columns: readonly ColumnRequest[],
    ): RawCell[][] {
      return columns.map(c => {
        if (c.lastRow < c.firstRow) return [];
        const values = sheet(fileId, c.title)
          .getRange(c.firstRow, c.column, c.lastRow - c.firstRow + 1, 1)
          .getValues();
        const out: RawCell[] = new Array(values.length);
        for (let i = 0; i < values.length; i++)
          out[i] = values[i][0] as RawCell;
        return out;
      });
    },
  };
}

/** The id of the spreadsheet the add-on is open in. */
export function activeSpreadsheetId(): string {
  return hostSpreadsheetId();
}
