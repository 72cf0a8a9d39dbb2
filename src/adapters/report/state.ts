// Where an unfinished report run keeps its progress: the document's properties (shared by all its users).
import type {RunStateStore} from '../../app/report/ports';

/** Document-properties key of the run state JSON. */
export const REPORT_RUN_KEY = 'facturacion.report.run';

/** The run state in PropertiesService.getDocumentProperties(). */
export const documentRunState: RunStateStore = {
  load: () =>
    PropertiesService.getDocumentProperties().getProperty(REPORT_RUN_KEY),
  save: json =>
    void PropertiesService.getDocumentProperties().setProperty(
      REPORT_RUN_KEY,
      json,
    ),
  clear: () =>
    void PropertiesService.getDocumentProperties().deleteProperty(
      REPORT_RUN_KEY,
    ),
};
