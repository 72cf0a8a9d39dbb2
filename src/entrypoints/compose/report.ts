// Composition root of the report use cases: a run's ports (the Master and the PDF index through
// their own features' use cases) and the schedule's.
import {loadMaster} from '../../app/master/service';
import type {Diagnostic, MasterTable} from '../../domain/master/table';
import {refreshPdfIndexJob} from '../../app/pdf-index/refresh-index';
import {reportRowsOf} from '../../app/report/master-rows';
import type {
  PdfIndexPort,
  ReportMasterPort,
  ReportPorts,
} from '../../app/report/ports';
import type {SchedulePorts} from '../../app/report/schedule';
import {loadSettings} from './settings';
import {sheetPdfIndexStore} from '../../adapters/pdf/index-sheet';
import {reportRunContext, reportTimeZone} from '../../adapters/report/context';
import {driveReportExport} from '../../adapters/report/export';
import {sheetHistory} from '../../adapters/report/history-sheet';
import {reportLease} from '../../adapters/report/lock';
import {currentUserEmail, takeLease} from '../../adapters/common/leases';
import {mailAppPort} from '../../adapters/report/mail-app';
import {spreadsheetReportSheets} from '../../adapters/report/sheets';
import {documentRunState} from '../../adapters/report/state';
import {
  scriptAppTriggers,
  userScheduleStore,
} from '../../adapters/report/trigger';
import {TRIGGER_HANDLERS} from '../../common/names';
import {masterPorts} from './master';
import {pdfBuildPorts} from './pdf';

/** Everything a report run needs, for this run's spreadsheet and its settings; `user` is who it is for. */
export function reportPorts(user?: string): ReportPorts {
  const settings = loadSettings();
  const context = reportRunContext(user);
  const by = user ?? currentUserEmail();
  return {
    master: reportMasterPort,
    pdfIndex: reportPdfIndexPort(settings.pdfRootFolders, by),
    sheets: spreadsheetReportSheets,
    state: documentRunState,
    history: sheetHistory,
    lock: reportLease(by),
    mail: mailAppPort,
    exporter: driveReportExport,
    context,
    settings: () => ({
      recipients: settings.reportRecipients,
      exportFolder: settings.exportFolder,
    }),
  };
}

/** The schedule use cases' ports; the trigger runs the global runScheduledReport. */
export function schedulePorts(): SchedulePorts {
  return {
    triggers: scriptAppTriggers,
    store: userScheduleStore,
    timeZone: reportTimeZone(),
    handler: TRIGGER_HANDLERS.runScheduledReport,
  };
}

/** The reports' view of the Master configured in settings (read column-wise, never written). */
const reportMasterPort: ReportMasterPort = {
  read() {
    const {table, source} = loadMaster(masterPorts());
    const {rows, columns} = reportRowsOf(table);
    return {
      rows,
      columns,
      sourceName: source.name,
      warnings: source.warnings,
      reading: {
        // The quality report lists skipped rows too (as before issue 20), in sheet order.
        diagnostics: readingInSheetOrder(table),
        total: table.diagnosticCount + table.skippedCount,
      },
    };
  },
};

/** The reports' view of the PDF index of these root folders: the PDF feature's incremental refresh. */
function reportPdfIndexPort(
  roots: readonly string[],
  by: string,
): PdfIndexPort {
  const ports = pdfBuildPorts();
  return {
    configured: () => roots.length > 0,
    refresh() {
      // The index has its own lease: while someone refreshes it, the report uses it as it is.
      const lease = takeLease('pdf-index', by);
      if ('busy' in lease)
        return {
          done: true,
          message: '',
          note: `${lease.busy} El informe usó el índice de PDF tal como estaba.`,
        };
      try {
        const status = refreshPdfIndexJob(
          ports,
          roots,
          {},
          `report-${Date.now()}`,
        );
        if (status.state === 'failed') throw new Error(status.message);
        return {done: status.state === 'done', message: status.message};
      } finally {
        lease.held.release();
      }
    },
    entries: () => sheetPdfIndexStore.read()?.entries ?? [],
  };
}

/** Problems and skipped rows of the Master merged in sheet order (tab by tab), the first 500. */
function readingInSheetOrder(table: MasterTable): Diagnostic[] {
  const tabOrder = new Map(table.tabs.map((t, i) => [t.layout.title, i]));
  return [...table.diagnostics, ...table.skipped]
    .map((d, k) => ({d, k}))
    .sort(
      (a, b) =>
        (tabOrder.get(a.d.tab) ?? -1) - (tabOrder.get(b.d.tab) ?? -1) ||
        a.d.row - b.d.row ||
        a.k - b.k,
    )
    .slice(0, 500)
    .map(x => x.d);
}
