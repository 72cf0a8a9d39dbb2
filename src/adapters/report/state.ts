// Where an unfinished report run keeps its progress: the spreadsheet's state (shared by all its users and its clock runs).
import {
  deleteDocumentState,
  readDocumentState,
  writeDocumentState,
} from '../common/document-state';
import type {RunStateStore} from '../../app/report/ports';

/** Document-properties key of the run state JSON. */
export const REPORT_RUN_KEY = 'facturacion.report.run';

/** The run state in the spreadsheet's state (reachable from a clock run too). */
export const documentRunState: RunStateStore = {
  load: () => readDocumentState(REPORT_RUN_KEY),
  save: json => writeDocumentState(REPORT_RUN_KEY, json),
  clear: () => deleteDocumentState(REPORT_RUN_KEY),
};
