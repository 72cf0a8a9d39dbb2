// Reads the Master column-wise: one metadata call, one call for the top rows of every invoice tab
// (header detection), one call for only the needed columns of every tab.
import type {
  MasterFieldKey,
  MasterProfileSettings,
} from '../../common/settings';
import {
  detectLayout,
  matchInvoiceTabs,
  MasterLayoutError,
  type TabLayout,
} from '../../domain/master/headers';
import {
  buildTable,
  type MasterTable,
  type RawTab,
} from '../../domain/master/table';
import type {ColumnRequest, MasterSheetReader} from './ports';

/** The table read and the warnings (missing tabs) for the user. */
export interface MasterRead {
  table: MasterTable;
  warnings: string[];
}

/**
 * Reads the invoice tabs of a spreadsheet: 3 reader calls whatever the size. A tab that lacks a
 * required column is left out with a warning naming it and every missing column; a Spanish
 * MasterLayoutError is thrown only when no invoice tab can be read.
 * `fields`, when given, limits the column reads to those fields (the layout is still detected in
 * full); the other fields of the table are then empty or NaN.
 */
export function readMaster(
  reader: MasterSheetReader,
  fileId: string,
  profile: MasterProfileSettings,
  fields?: readonly MasterFieldKey[],
): MasterRead {
  const grids = reader.listSheets(fileId);
  const {matched, missing} = matchInvoiceTabs(
    grids.map(g => g.title),
    profile,
  );
  if (matched.length === 0) {
    throw new MasterLayoutError(
      `El Master no tiene ninguna de las hojas de facturas configuradas (${profile.invoiceTabs
        .map(t => `'${t}'`)
        .join(
          ', ',
        )}); hojas encontradas: ${grids.map(g => `'${g.title}'`).join(', ')}.`,
    );
  }
  const warnings = missing.map(
    t => `El Master no tiene la hoja '${t}'; se leyeron las demás.`,
  );
  const tabs = matched.map(title => grids.find(g => g.title === title)!);
  const tops = reader.readBlocks(
    fileId,
    tabs.map(g => ({
      title: g.title,
      firstRow: 1,
      lastRow: Math.max(1, Math.min(profile.headerScanRows, g.rowCount)),
      firstColumn: 1,
      lastColumn: Math.max(1, g.columnCount),
    })),
  );
  // A tab whose headers cannot be read is left out with a warning; the others are still read.
  const layouts: TabLayout[] = [];
  const readable: typeof tabs = [];
  const broken: string[] = [];
  tabs.forEach((g, i) => {
    try {
      layouts.push(detectLayout(g.title, tops[i] ?? [], profile));
      readable.push(g);
    } catch (e) {
      if (!(e instanceof MasterLayoutError)) throw e;
      broken.push(e.message);
    }
  });
  if (layouts.length === 0) {
    throw new MasterLayoutError(
      broken.length === 1
        ? broken[0]
        : `Ninguna hoja de facturas del Master se pudo leer. ${broken.join(' ')}`,
    );
  }
  for (const message of broken)
    warnings.push(`${message} Esa hoja no se leyó; se leyeron las demás.`);

  const requests: ColumnRequest[] = [];
  const owners: Array<{tab: number; key: MasterFieldKey}> = [];
  layouts.forEach((layout, t) => {
    const firstRow = layout.headerRow + 1;
    const lastRow = readable[t].rowCount;
    if (lastRow < firstRow) return;
    for (const key of Object.keys(layout.columns) as MasterFieldKey[]) {
      if (fields && !fields.includes(key)) continue;
      requests.push({
        title: layout.title,
        column: layout.columns[key]!.column,
        firstRow,
        lastRow,
      });
      owners.push({tab: t, key});
    }
  });
  const values =
    requests.length > 0 ? reader.readColumns(fileId, requests) : [];
  const raws: RawTab[] = layouts.map(layout => ({
    layout,
    firstRow: layout.headerRow + 1,
    rowCount: 0,
    columns: {},
  }));
  owners.forEach((o, i) => {
    const column = values[i] ?? [];
    raws[o.tab].columns[o.key] = column;
    raws[o.tab].rowCount = Math.max(raws[o.tab].rowCount, column.length);
  });
  const table = buildTable(raws);
  table.warnings = warnings;
  return {table, warnings};
}
