// Reads the Master with the Sheets advanced service: one Spreadsheets.get for titles and grid sizes,
// one Values.batchGet for all header blocks, one Values.batchGet for all needed columns
// (UNFORMATTED_VALUE, dates as SERIAL_NUMBER, COLUMNS major so each range is one array).
import type {RawCell} from '../../domain/kernel/cell-values';
import {a1Range} from '../../domain/kernel/columns';
import type {
  BlockRequest,
  ColumnRequest,
  MasterSheetReader,
  SheetGrid,
} from '../../app/master/ports';
import {withRetry} from '../common/retry';

type Value = string | number | boolean;

/** A MasterSheetReader over the given Sheets service: exactly one service call per method. */
export function sheetsApiReader(
  sheets: GoogleAppsScript.Sheets,
): MasterSheetReader {
  return {
    listSheets(fileId: string): SheetGrid[] {
      const ss = withRetry(() =>
        sheets.Spreadsheets.get(fileId, {
          fields:
            'sheets.properties(title,gridProperties(rowCount,columnCount))',
        }),
      );
      return (ss.sheets ?? []).map(s => ({
        title: s.properties?.title ?? '',
        rowCount: s.properties?.gridProperties?.rowCount ?? 0,
        columnCount: s.properties?.gridProperties?.columnCount ?? 0,
      }));
    },

    readBlocks(fileId: string, blocks: readonly BlockRequest[]): RawCell[][][] {
      const response = withRetry(() =>
        sheets.Spreadsheets.Values.batchGet(fileId, {
          ranges: blocks.map(b =>
            a1Range(
              b.title,
              b.firstRow,
              b.firstColumn,
              b.lastRow,
              b.lastColumn,
            ),
          ),
          majorDimension: 'ROWS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
        }),
      );
      const ranges = response.valueRanges ?? [];
      return blocks.map(
        (_, i) => (ranges[i]?.values as Value[][] | undefined) ?? [],
      );
    },

    readColumns(
      fileId: string,
      columns: readonly ColumnRequest[],
    ): RawCell[][] {
      const response = withRetry(() =>
        sheets.Spreadsheets.Values.batchGet(fileId, {
          ranges: columns.map(c =>
            a1Range(c.title, c.firstRow, c.column, c.lastRow, c.column),
          ),
          majorDimension: 'COLUMNS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
        }),
      );
      const ranges = response.valueRanges ?? [];
      return columns.map(
        (_, i) => ((ranges[i]?.values as Value[][] | undefined) ?? [])[0] ?? [],
      );
    },
  };
}
