// In-memory fakes of the Master ports that count calls, for app tests.
import type {
  BlockRequest,
  ColumnRequest,
  ExportWriter,
  MasterLocation,
  MasterLocator,
  MasterSheetReader,
  SnapshotStore,
} from '../../../src/app/master/ports';
import type {RawCell} from '../../../src/domain/kernel/cell-values';
import type {ExportCell, ExportColumn} from '../../../src/domain/master/export';
import type {Grid} from '../../domain/master/fixture';

/** A reader over grids; `calls` lists each method called. */
export function gridReader(
  grids: Grid[],
): MasterSheetReader & {calls: string[]} {
  const calls: string[] = [];
  const find = (title: string) => grids.find(g => g.title === title)!;
  return {
    calls,
    listSheets() {
      calls.push('listSheets');
      return grids.map(g => ({
        title: g.title,
        rowCount: g.rows.length,
        columnCount: Math.max(...g.rows.map(r => r.length)),
      }));
    },
    readBlocks(_id: string, blocks: readonly BlockRequest[]) {
      calls.push('readBlocks');
      return blocks.map(b =>
        find(b.title)
          .rows.slice(b.firstRow - 1, b.lastRow)
          .map(r => r.slice(b.firstColumn - 1, b.lastColumn)),
      );
    },
    readColumns(_id: string, columns: readonly ColumnRequest[]) {
      calls.push('readColumns');
      return columns.map(c => {
        const out: RawCell[] = find(c.title)
          .rows.slice(c.firstRow - 1, c.lastRow)
          .map(r => r[c.column - 1] ?? '');
        while (
          out.length > 0 &&
          (out[out.length - 1] === '' || out[out.length - 1] === undefined)
        )
          out.pop();
        return out;
      });
    },
  };
}

/** A locator returning a fixed location whose modifiedTime tests can change. */
export function fixedLocator(
  location: Partial<MasterLocation> = {},
): MasterLocator & {location: MasterLocation} {
  const full: MasterLocation = {
    fileId: 'master-1',
    name: 'Archivo control facturacion mensual Finkargo Def',
    url: 'https://docs.google.com/spreadsheets/d/master-1/edit',
    isActive: true,
    modifiedTime: '2025-09-30T12:00:00.000Z',
    warnings: [],
    ...location,
  };
  return {
    location: full,
    locate: () => ({...full, warnings: [...full.warnings]}),
  };
}

/** A snapshot store in a Map. */
export function mapSnapshots(): SnapshotStore & {data: Map<string, string>} {
  const data = new Map<string, string>();
  return {
    data,
    get: k => data.get(k) ?? null,
    put: (k, v) => (data.set(k, v), true),
  };
}

/** An export writer that records what it was given. */
export function recordingWriter(): ExportWriter & {
  tabs: Array<{
    name: string;
    columns: readonly ExportColumn[];
    rows: readonly ExportCell[][];
  }>;
  files: string[];
} {
  const tabs: Array<{
    name: string;
    columns: readonly ExportColumn[];
    rows: readonly ExportCell[][];
  }> = [];
  const files: string[] = [];
  return {
    tabs,
    files,
    writeTab(name, columns, rows) {
      tabs.push({name, columns, rows});
      return name;
    },
    writeXlsx(folderId, fileName) {
      files.push(`${folderId}/${fileName}`);
      return {
        name: fileName,
        url: `https://drive.google.com/file/d/${fileName}/view`,
      };
    },
  };
}
