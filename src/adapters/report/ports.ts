// Wires the report use cases to Apps Script: settings, Master, PDF index, tabs, state, history, lock, mail, export.
import type {ReportPorts} from '../../app/report/ports';
import type {SchedulePorts} from '../../app/report/schedule';
import {sheetHistory} from './history-sheet';
import {mailAppPort} from './mail-app';
import {driveReportExport} from './export';
import {documentLock} from './lock';
import {settingsMasterPort} from './master';
import {reportPdfIndex} from './pdf-index';
import {reportSpreadsheet, spreadsheetReportSheets} from './sheets';
import {documentRunState} from './state';
import {loadSettings} from '../shared/settings-store';
import {documentScheduleStore, scriptAppTriggers} from './trigger';

/** Everything a report run needs, for the active spreadsheet and its settings. */
export function reportPorts(): ReportPorts {
  const settings = loadSettings();
  const ss = reportSpreadsheet();
  return {
    master: settingsMasterPort,
    pdfIndex: reportPdfIndex(settings.pdfRootFolders),
    sheets: spreadsheetReportSheets,
    state: documentRunState,
    history: sheetHistory,
    lock: documentLock(),
    mail: mailAppPort,
    exporter: driveReportExport,
    context: {
      now: () => Date.now(),
      timeZone: ss.getSpreadsheetTimeZone(),
      user: Session.getActiveUser().getEmail(),
      spreadsheetUrl: ss.getUrl(),
      spreadsheetName: ss.getName(),
    },
    settings: () => ({
      recipients: settings.reportRecipients,
      exportFolder: settings.exportFolder,
    }),
  };
}

/** The schedule use cases' ports; `handler` is the trigger's global (names.ts). */
export function schedulePorts(handler: string): SchedulePorts {
  return {
    triggers: scriptAppTriggers,
    store: documentScheduleStore,
    timeZone: reportSpreadsheet().getSpreadsheetTimeZone(),
    handler,
  };
}
