// The report tabs in the active spreadsheet: found by developer metadata, written with one setValues
// and one setNumberFormats, charted.
import {outputSpreadsheet} from '../common/outputs';
import type {ReportSheetsPort} from '../../app/report/ports';
import type {ChartSpec} from '../../domain/report/content';
import type {Grid} from '../../domain/report/grid';
import type {ExistingTab} from '../../domain/report/tabs';
import {withRetry} from '../common/retry';
import {sheetRows} from '../common/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Developer-metadata key on each tab the reports own; its value is the report id. */
export const REPORT_METADATA_KEY = 'facturacion.report';
/** Key whose value says when the add-on last wrote the tab ("2025-10-01 08:00"). */
export const GENERATED_METADATA_KEY = 'facturacion.report.generated';
/** Key left on a tab kept dated: still the add-on's, but no longer the current report. */
export const ARCHIVED_METADATA_KEY = 'facturacion.report.archived';

/** The workbook the report tabs go to. */
export function reportSpreadsheet(): Spreadsheet {
  return outputSpreadsheet();
}

/** The report id a tab is tagged with (null when none) and when it was generated. */
export function tagsOf(sheet: Sheet): {
  reportId: string | null;
  generated?: string;
} {
  let reportId: string | null = null;
  let generated: string | undefined;
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() === REPORT_METADATA_KEY) reportId = m.getValue();
    if (m.getKey() === GENERATED_METADATA_KEY)
      generated = m.getValue() ?? undefined;
  }
  return {reportId, generated};
}

/** The report id a tab is tagged with, or null. */
export function reportIdOf(sheet: Sheet): string | null {
  return tagsOf(sheet).reportId;
}

/** Every tab with its report tag (one metadata read per tab). */
export function listReportTabs(
  ss: Spreadsheet,
): Array<ExistingTab & {sheet: Sheet}> {
  return ss
    .getSheets()
    .map(sheet => ({name: sheet.getName(), ...tagsOf(sheet), sheet}));
}

/** Records when the add-on wrote the tab (updates the existing tag). */
function stampGenerated(sheet: Sheet, label: string): void {
  const existing = sheet
    .getDeveloperMetadata()
    .find(m => m.getKey() === GENERATED_METADATA_KEY);
  if (existing) existing.setValue(label);
  else
    sheet.addDeveloperMetadata(
      GENERATED_METADATA_KEY,
      label,
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
}

/** Grows a sheet so that rows x columns fit (new sheets have 1000 x 26). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns)
    sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Creates a tab at the end, tagged as report `id`. */
export function createTaggedSheet(
  ss: Spreadsheet,
  name: string,
  id: string,
): Sheet {
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  try {
    sheet.addDeveloperMetadata(
      REPORT_METADATA_KEY,
      id,
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
  } catch (e) {
    // An untagged tab would pass for the user's own next time: take it away again.
    ss.deleteSheet(sheet);
    throw e;
  }
  return sheet;
}

function addCharts(
  sheet: Sheet,
  grid: Grid,
  charts: readonly ChartSpec[],
): void {
  let anchorRow = 1;
  const anchorColumn = (grid.values[0]?.length ?? 1) + 2;
  for (const spec of charts) {
    const place = grid.places.find(p => p.id === spec.sectionId);
    if (!place || place.dataRows === 0) continue;
    const rows = place.dataRows + 1;
    let builder = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(place.headerRow, spec.labelColumn, rows, 1));
    for (const s of spec.series) {
      builder = builder.addRange(
        sheet.getRange(place.headerRow, s.column, rows, 1),
      );
    }
    const chart = builder
      .setOption('title', spec.title)
      .setOption('legend', {position: 'none'})
      .setPosition(anchorRow, anchorColumn, 0, 0)
      .build();
    sheet.insertChart(chart);
    anchorRow += 20;
  }
}

/** The ReportSheetsPort over the active spreadsheet. */
export const spreadsheetReportSheets: ReportSheetsPort = {
  list() {
    return listReportTabs(reportSpreadsheet()).map(
      ({name, reportId, generated}) => ({
        name,
        reportId,
        generated,
      }),
    );
  },

  archive(from, to) {
    const sheet = reportSpreadsheet().getSheetByName(from);
    if (!sheet) return;
    for (const m of sheet.getDeveloperMetadata()) {
      if (m.getKey() === REPORT_METADATA_KEY) {
        const id = m.getValue() ?? '';
        m.remove();
        sheet.addDeveloperMetadata(
          ARCHIVED_METADATA_KEY,
          id,
          SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
        );
      }
    }
    sheet.setName(to);
  },

  write(id, name, reuse, content, generated) {
    // Retried as a whole: a later try rewrites the tab an earlier one created (tagged as `id`).
    let tries = 0;
    return withRetry(() =>
      writeTab(id, name, reuse || tries++ > 0, content, generated),
    );
  },
};

/** One try of write(): the tab (re)made or cleared, values, formats, charts and stamp. */
function writeTab(
  id: string,
  name: string,
  reuse: boolean,
  content: Parameters<ReportSheetsPort['write']>[3],
  generated: string,
): ReturnType<ReportSheetsPort['write']> {
  {
    const ss = reportSpreadsheet();
    let sheet = reuse ? ss.getSheetByName(name) : null;
    if (sheet && reportIdOf(sheet) !== id) {
      throw new Error(
        `La hoja «${name}» no es del complemento; no se modificó.`,
      );
    }
    if (sheet && content.charts.length + sheet.getCharts().length > 0) {
      // Old charts go with the tab: recreate it in place (same name, same position, same tag).
      const index = sheet.getIndex();
      ss.deleteSheet(sheet);
      sheet = ss.insertSheet(name, index - 1);
      sheet.addDeveloperMetadata(
        REPORT_METADATA_KEY,
        id,
        SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
      );
    } else if (sheet) {
      sheet.clear();
    } else {
      sheet = createTaggedSheet(ss, name, id);
    }
    const {values} = content.grid;
    const width = values[0]?.length ?? 1;
    ensureSize(sheet, values.length, width);
    const range = sheet.getRange(1, 1, values.length, width);
    range.setValues(sheetRows(values));
    // One call per tab for every number format (money, counts, row numbers).
    if (content.grid.formats) range.setNumberFormats(content.grid.formats);
    addCharts(sheet, content.grid, content.charts);
    stampGenerated(sheet, generated);
    return {
      cells: values.length * width,
      url: `${ss.getUrl()}#gid=${sheet.getSheetId()}`,
    };
  }
}
