// Reads the Master with SpreadsheetApp when the Sheets advanced service is off: still column-wise
// (one getValues per needed column, one per header block), never getDataRange.
import {currentSpreadsheet, hostSpreadsheetId} from '../common/spreadsheets';
import type {RawCell} from '../../domain/kernel/cell-values';
import {readCells} from '../common/cells';
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
  const opened = new Map<
    string,
    {ss: GoogleAppsScript.Spreadsheet.Spreadsheet; zone?: string}
  >();
  const entry = (fileId: string) => {
    let e = opened.get(fileId);
    if (!e) {
      const active = currentSpreadsheet();
      e = {
        ss:
          active && active.getId() === fileId
            ? active
            : SpreadsheetApp.openById(fileId),
      };
      opened.set(fileId, e);
    }
    return e;
  };
  const open = (fileId: string) => entry(fileId).ss;
  /** The Master's zone, read once: its Date cells are days of that zone. */
  const zoneOf = (fileId: string) => {
    const e = entry(fileId);
    e.zone ??= e.ss.getSpreadsheetTimeZone();
    return e.zone;
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
          : readCells(
              sheet(fileId, b.title)
                .getRange(
                  b.firstRow,
                  b.firstColumn,
                  b.lastRow - b.firstRow + 1,
                  b.lastColumn - b.firstColumn + 1,
                )
                .getValues(),
              zoneOf(fileId),
            ),
      );
    },
    readColumns(
      fileId: string,
      columns: readonly ColumnRequest[],
    ): RawCell[][] {
      return columns.map(c => {
        if (c.lastRow < c.firstRow) return [];
        const values = readCells(
          sheet(fileId, c.title)
            .getRange(c.firstRow, c.column, c.lastRow - c.firstRow + 1, 1)
            .getValues(),
          zoneOf(fileId),
        );
        const out: RawCell[] = new Array(values.length);
        for (let i = 0; i < values.length; i++) out[i] = values[i][0];
        return out;
      });
    },
  };
}

/** The id of the spreadsheet the add-on is open in. */
export function activeSpreadsheetId(): string {
  return hostSpreadsheetId();
}
