// The run history tab ("Historial de ejecuciones"): one appended row per execution, read back newest first.
import type {HistoryPort} from '../../app/report/ports';
import {sheetCell, sheetRows} from '../common/cells';
import {HISTORY_TAB, planReportTab} from '../../domain/report/tabs';
import type {ReportHistoryEntry} from '../../common/report-api';
import {createTaggedSheet, listReportTabs, reportSpreadsheet} from './sheets';

/** Rows kept (older ones are deleted as new ones arrive). */
export const MAX_HISTORY_ROWS = 1000;

const HEADER = [
  'Inicio',
  'Quién',
  'Origen',
  'Duración (s)',
  'Filas leídas',
  'Celdas escritas',
  'Resultado',
  'Detalle',
];

const OUTCOME_LABEL: Record<ReportHistoryEntry['outcome'], string> = {
  ok: 'Completo',
  partial: 'Parcial (continúa)',
  skipped: 'Omitido (otra ejecución en curso)',
  error: 'Error',
};

function historySheet(
  create: boolean,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const ss = reportSpreadsheet();
  const tabs = listReportTabs(ss);
  const mine = tabs.find(t => t.reportId === HISTORY_TAB.id);
  if (mine) return mine.sheet;
  if (!create) return null;
  const plan = planReportTab(
    HISTORY_TAB.id,
    HISTORY_TAB.title,
    tabs,
    'replace',
    '',
  );
  const sheet = createTaggedSheet(ss, plan.name, HISTORY_TAB.id);
  sheet.getRange(1, 1, 1, HEADER.length).setValues(sheetRows([HEADER]));
  sheet.setFrozenRows(1);
  return sheet;
}

function toEntry(row: unknown[]): ReportHistoryEntry | null {
  const outcome = (
    Object.keys(OUTCOME_LABEL) as Array<ReportHistoryEntry['outcome']>
  ).find(k => OUTCOME_LABEL[k] === row[6]);
  if (!outcome) return null;
  const text = (v: unknown) => String(v ?? '');
  // A Date since the start column holds dates; ISO text in rows written before.
  const at =
    Object.prototype.toString.call(row[0]) === '[object Date]'
      ? (row[0] as Date).toISOString()
      : text(row[0]);
  return {
    at,
    who: text(row[1]),
    origin: row[2] === 'Programado' ? 'trigger' : 'manual',
    seconds: Number(row[3]) || 0,
    rowsRead: Number(row[4]) || 0,
    cellsWritten: Number(row[5]) || 0,
    outcome,
    detail: text(row[7]),
  };
}

/** The history tab, created (and tagged) on the first append. */
export const sheetHistory: HistoryPort = {
  append(e) {
    const sheet = historySheet(true);
    if (!sheet) return;
    sheet.appendRow(
      [
        // A Date, not ISO text: Sheets shows it as a date and time of the spreadsheet's locale.
        new Date(e.at),
        e.who,
        e.origin === 'trigger' ? 'Programado' : 'Manual',
        e.seconds,
        e.rowsRead,
        e.cellsWritten,
        OUTCOME_LABEL[e.outcome],
        e.detail,
      ].map(sheetCell),
    );
    const last = sheet.getLastRow();
    if (last - 1 > MAX_HISTORY_ROWS)
      sheet.deleteRows(2, last - 1 - MAX_HISTORY_ROWS);
  },
  latest(limit) {
    const sheet = historySheet(false);
    if (!sheet) return [];
    const last = sheet.getLastRow();
    const count = Math.min(limit, last - 1);
    if (count <= 0) return [];
    const values = sheet
      .getRange(last - count + 1, 1, count, HEADER.length)
      .getValues();
    return values
      .map(toEntry)
      .filter((x): x is ReportHistoryEntry => x !== null)
      .reverse();
  },
};
