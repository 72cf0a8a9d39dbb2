// The one list of Apps Script globals: every export becomes a top-level function in build/Code.js.
// Simple triggers, menu handlers, the sidebar API and custom functions; nothing else is exported.
export {onOpen, onInstall, showSidebar} from './menu';
export {getAbout} from './sidebar-api';
export {describeFolders, getSettings, saveSettings} from './settings-api';
export {
  getOverview,
  listFilterOptions,
  queryInvoices,
  exportQuery,
  goToRow,
} from './master-api';
export {consolidateExports, appendToMaster} from './consolidation';
export {
  findPdfs,
  findPdfsInSelection,
  refreshPdfIndex,
  getJobStatus,
  getIndexStatus,
  zipPdfs,
  getZipStatus,
  writePdfResultsSheet,
} from './pdf-api';
export {
  runScheduledReport,
  generateReport,
  getSchedule,
  setSchedule,
  getReportHistory,
} from './report';
export {
  NIT_DV,
  NIT_VALIDO,
  FACTURA_NORMALIZAR,
  FACTURA_PDF,
  FACTURADO,
} from './custom-functions';
