// Master use cases for the sidebar: load (snapshot cache or a fresh column-wise read), overview,
// filter choices, paged queries with totals per currency, and export.
import type {
  AmountColumn,
  CurrencyTotal,
  DateFieldKey,
  ExportResult,
  FilterOptions,
  InvoicePage,
  InvoiceQuery,
  InvoiceRow,
  MasterOverview,
  MasterSourceInfo,
} from '../../common/master-api';
import type {MasterFieldKey, Settings} from '../../common/settings';
import {dayOfIso, isoOfDay} from '../../domain/kernel/day';
import {formatMoney} from '../../common/money';
import {columnLetter} from '../../domain/kernel/columns';
import {
  exportColumns,
  exportRows,
  reportName,
} from '../../domain/master/export';
import {
  DATE_FIELDS,
  MASTER_FIELDS,
  MONEY_FIELDS,
  fieldOf,
} from '../../domain/master/fields';
import {
  CONSOLIDATED,
  type CurrencySum,
  type MasterFilter,
  QueryError,
  filterChoices,
  nitBodies,
  selectRows,
  tabIndexOf,
  totalsByCurrency,
} from '../../domain/master/query';
import {
  decodeTable,
  encodeTable,
  hashText,
  SNAPSHOT_VERSION,
} from '../../domain/master/snapshot';
import type {MasterTable} from '../../domain/master/table';
import {formatNitWithDv} from '../../domain/kernel/nit';
import {readMaster} from './read';
import type {
  ExportWriter,
  MasterLocator,
  MasterSheetReader,
  Now,
  SnapshotStore,
} from './ports';

/** Everything the Master use cases need. */
export interface MasterDeps {
  settings: Settings;
  locator: MasterLocator;
  reader: MasterSheetReader;
  snapshots: SnapshotStore;
}

/** The table and where it came from. */
export interface LoadedMaster {
  table: MasterTable;
  source: MasterSourceInfo;
}

/** Default and largest page sizes. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/** Diagnostics sent to the sidebar with each page. */
const DIAGNOSTICS_SHOWN = 100;

/** The cache key of a snapshot: file, its version in Drive, and the profile used to read it. */
export function snapshotKey(
  fileId: string,
  modifiedTime: string,
  settings: Settings,
): string {
  return `master:${fileId}:${hashText(`${SNAPSHOT_VERSION}|${modifiedTime}|${JSON.stringify(settings.masterProfile)}`)}`;
}

/**
 * The cache alias of the latest snapshot of the configured Master source (whatever its Drive
 * modifiedTime): custom functions, which cannot ask Drive, read the Master through it.
 */
export function latestSnapshotAlias(settings: Settings): string {
  return `master:latest:${hashText(`${SNAPSHOT_VERSION}|${JSON.stringify(settings.masterSource)}|${JSON.stringify(settings.masterProfile)}`)}`;
}

/**
 * The Master table: from the snapshot cache when Drive's modifiedTime matches the cached one
 * (and refresh is not asked), else read column-wise (3 reader calls) and cached.
 */
export function loadMaster(deps: MasterDeps, refresh = false): LoadedMaster {
  const location = deps.locator.locate(deps.settings.masterSource);
  const key =
    location.modifiedTime === null
      ? null
      : snapshotKey(location.fileId, location.modifiedTime, deps.settings);
  const base = {
    fileId: location.fileId,
    name: location.name,
    url: location.url,
    isActive: location.isActive,
    modifiedTime: location.modifiedTime,
  };
  if (key !== null && !refresh) {
    const text = deps.snapshots.get(key);
    const table = text === null ? null : decodeTable(text);
    if (table) {
      return {
        table,
        source: {
          ...base,
          fromCache: true,
          warnings: [...location.warnings, ...table.warnings],
        },
      };
    }
  }
  const {table, warnings} = readMaster(
    deps.reader,
    location.fileId,
    deps.settings.masterProfile,
  );
  const allWarnings = [...location.warnings, ...warnings];
  if (key !== null) {
    const stored = deps.snapshots.put(
      key,
      encodeTable(table),
      latestSnapshotAlias(deps.settings),
    );
    if (!stored)
      allWarnings.push(
        'El Master es demasiado grande para guardarse en caché: cada consulta lo leerá de nuevo.',
      );
  }
  return {table, source: {...base, fromCache: false, warnings: allWarnings}};
}

/** The problems of the rows a query selected (and of their tabs), and the rows skipped in those tabs. */
export function scopedDiagnostics(
  table: MasterTable,
  rows: readonly number[] | null,
): Pick<
  InvoicePage,
  'diagnostics' | 'diagnosticCount' | 'skipped' | 'skippedCount'
> {
  if (rows === null) {
    return {
      diagnostics: table.diagnostics.slice(0, DIAGNOSTICS_SHOWN),
      diagnosticCount: table.diagnosticCount,
      skipped: table.skipped.slice(0, DIAGNOSTICS_SHOWN),
      skippedCount: table.skippedCount,
    };
  }
  const picked = new Uint8Array(table.size);
  const tabs = new Set<string>();
  for (const i of rows) {
    picked[i] = 1;
    tabs.add(table.tabs[table.tab[i]].layout.title);
  }
  const inScope = (at: number, tab: string) =>
    at >= 0 ? picked[at] === 1 : tabs.has(tab);
  let count = 0;
  for (const at of table.problemRows) if (at >= 0 && picked[at] === 1) count++;
  const diagnostics = table.diagnostics.filter((d, k) =>
    inScope(table.diagnosticRow[k], d.tab),
  );
  count += diagnostics.filter((_, k) => table.diagnosticRow[k] < 0).length;
  return {
    diagnostics: diagnostics.slice(0, DIAGNOSTICS_SHOWN),
    diagnosticCount: count,
    skipped: [],
    skippedCount: 0,
  };
}

/** The domain filter of a sidebar query; Spanish QueryError on bad dates or NITs. */
export function filterOf(query: InvoiceQuery): MasterFilter {
  const dateField: DateFieldKey = query.dateField ?? 'issueDate';
  if (!(DATE_FIELDS as readonly string[]).includes(dateField)) {
    throw new QueryError(`Campo de fecha desconocido: "${String(dateField)}".`);
  }
  const day = (iso: string | undefined, what: string): number | null => {
    if (iso === undefined || iso === null || iso.trim() === '') return null;
    const d = dayOfIso(iso);
    if (d === null)
      throw new QueryError(
        `La fecha ${what} "${iso}" no es válida (se espera aaaa-mm-dd).`,
      );
    return d;
  };
  return {
    tab: (query.tab ?? '').trim() || CONSOLIDATED,
    nits: nitBodies((query.nits ?? []).filter(n => n.trim() !== '')),
    desembolsos: (query.desembolsos ?? [])
      .map(c => c.trim())
      .filter(c => c !== ''),
    dateField,
    from: day(query.from, 'inicial'),
    to: day(query.to, 'final'),
    text: query.text ?? '',
  };
}

function iso(day: number): string | null {
  return Number.isNaN(day) ? null : isoOfDay(day);
}

/** Money columns some tab of the table has. */
export function amountColumns(
  table: MasterTable,
  tabIndex = -1,
): AmountColumn[] {
  const present = new Set<string>();
  // Only the queried tab's columns: a mandato query has no "Valor Costos Fijos" to total.
  const tabs = tabIndex >= 0 ? [table.tabs[tabIndex]] : table.tabs;
  for (const t of tabs)
    for (const k of Object.keys(t.layout.columns)) present.add(k);
  return MONEY_FIELDS.filter(k => present.has(k)).map(k => ({
    key: k,
    label: fieldOf(k).label,
  }));
}

function rowDto(
  table: MasterTable,
  i: number,
  amounts: readonly AmountColumn[],
): InvoiceRow {
  const t = table.text;
  const money: Partial<Record<MasterFieldKey, number | null>> = {};
  for (const a of amounts) {
    const v = table.money[a.key][i];
    money[a.key] = Number.isNaN(v) ? null : v;
  }
  return {
    tab: table.tabs[table.tab[i]].layout.title,
    row: table.row[i],
    invoiceNumber: t.invoiceNumber[i],
    nit: t.nit[i],
    nitDv: table.nitDv[i] >= 0 ? table.nitDv[i] : null,
    client: t.client[i],
    desembolso: t.desembolso[i],
    issueDate: iso(table.dates.issueDate[i]),
    billingMonth: iso(table.dates.billingMonth[i]),
    creditNoteDate: iso(table.dates.creditNoteDate[i]),
    creditNoteNumber: t.creditNoteNumber[i],
    currency: t.currency[i],
    status: t.status[i],
    amounts: money,
  };
}

function totalDto(
  sum: CurrencySum,
  amounts: readonly AmountColumn[],
): CurrencyTotal {
  const out: Partial<Record<MasterFieldKey, number>> = {};
  for (const a of amounts) out[a.key] = round2(sum.sums[a.key]);
  return {
    currency: sum.currency,
    count: sum.count,
    amounts: out,
    netText: formatMoney(sum.sums.valorNeto, sum.currency),
  };
}

/** Sums of many floats: rounded to cents for display and comparison. */
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** One page of the rows matching the query, the count and totals per currency of all of them. */
export function queryInvoices(
  deps: MasterDeps,
  query: InvoiceQuery,
): InvoicePage {
  const filter = filterOf(query);
  const {table, source} = loadMaster(deps, query.refresh === true);
  const rows = selectRows(table, filter);
  const pageSize = Math.min(
    MAX_PAGE_SIZE,
    Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)),
  );
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(
    pageCount - 1,
    Math.max(0, Math.floor(query.page ?? 0)),
  );
  const amounts = amountColumns(table, tabIndexOf(table, filter.tab));
  const slice = rows.slice(page * pageSize, (page + 1) * pageSize);
  return {
    source,
    total: rows.length,
    page,
    pageSize,
    pageCount,
    rows: slice.map(i => rowDto(table, i, amounts)),
    totals: totalsByCurrency(table, rows).map(s => totalDto(s, amounts)),
    amountColumns: amounts,
    ...scopedDiagnostics(table, rows),
  };
}

/** Choices for the query form; desembolso codes narrowed by the NITs picked. */
export function listFilterOptions(
  deps: MasterDeps,
  query: InvoiceQuery,
): FilterOptions {
  const filter = filterOf(query);
  const {table, source} = loadMaster(deps, query.refresh === true);
  const choices = filterChoices(table, filter);
  const present = new Set<string>();
  for (const t of table.tabs)
    for (const k of Object.keys(t.layout.columns)) present.add(k);
  return {
    source,
    tabs: [
      ...table.tabs.map(t => ({name: t.layout.title, rows: t.rows})),
      {name: CONSOLIDATED, rows: table.size},
    ],
    nits: choices.nits.map(n => ({
      nit: n.nit,
      nitWithDv: formatNitWithDv(n.nit),
      client: n.client,
      count: n.count,
    })),
    desembolsos: choices.desembolsos,
    dateFields: DATE_FIELDS.filter(k => present.has(k)).map(k => ({
      key: k,
      label: fieldOf(k).label,
      min: Number.isFinite(choices.minDay[k])
        ? isoOfDay(choices.minDay[k])
        : null,
      max: Number.isFinite(choices.maxDay[k])
        ? isoOfDay(choices.maxDay[k])
        : null,
    })),
  };
}

/** What was read: tabs, header rows and columns found, totals, diagnostics. */
export function getOverview(deps: MasterDeps, refresh = false): MasterOverview {
  const {table, source} = loadMaster(deps, refresh);
  const amounts = amountColumns(table);
  const all: number[] = new Array(table.size);
  for (let i = 0; i < table.size; i++) all[i] = i;
  return {
    source,
    tabs: table.tabs.map(t => ({
      name: t.layout.title,
      headerRow: t.layout.headerRow,
      rows: t.rows,
      skipped: t.skipped,
      fields: MASTER_FIELDS.filter(f => t.layout.columns[f.key]).map(f => ({
        key: f.key,
        label: f.label,
        column: columnLetter(t.layout.columns[f.key]!.column),
        header: t.layout.columns[f.key]!.header,
      })),
      missingFields: MASTER_FIELDS.filter(f => !t.layout.columns[f.key]).map(
        f => f.label,
      ),
    })),
    totals: totalsByCurrency(table, all).map(s => totalDto(s, amounts)),
    ...scopedDiagnostics(table, null),
  };
}

/**
 * Exports every row matching the query (not only a page): a new tab in the working spreadsheet,
 * and an .xlsx in the export folder when one is set. Named like the old reports.
 */
export function exportQuery(
  deps: MasterDeps,
  writer: ExportWriter,
  now: Now,
  query: InvoiceQuery,
): ExportResult {
  const filter = filterOf(query);
  const {table, source} = loadMaster(deps, query.refresh === true);
  const rows = selectRows(table, filter);
  if (rows.length === 0)
    throw new QueryError('La consulta no tiene filas para exportar.');
  tabIndexOf(table, filter.tab);
  const {keys, columns} = exportColumns(table);
  const cells = exportRows(table, rows, keys);
  const name = reportName(filter.tab, filter.desembolsos, now());
  const sheetName = writer.writeTab(name, columns, cells);
  const warnings = [...source.warnings];
  let fileName = '';
  let fileUrl = '';
  if (deps.settings.exportFolder === '') {
    warnings.push(
      'No hay carpeta de exportación en la configuración: solo se creó la hoja.',
    );
  } else {
    const file = writer.writeXlsx(
      deps.settings.exportFolder,
      `${name}.xlsx`,
      sheetName,
      columns,
      cells,
    );
    fileName = file.name;
    fileUrl = file.url;
  }
  return {rows: rows.length, sheetName, fileName, fileUrl, warnings};
}
