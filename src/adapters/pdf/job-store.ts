// Status of the latest PDF index job, in a document property the sidebar polls.
import type {JobStatus, JobStatusStore} from '../../app/pdf-index/ports';

export const PDF_JOB_KEY = 'facturacion.pdfIndex.job';

export const propertiesJobStore: JobStatusStore = {
  get(jobId: string): JobStatus | null {
    const raw =
      PropertiesService.getDocumentProperties().getProperty(PDF_JOB_KEY);
    if (!raw) return null;
    try {
      const status = JSON.parse(raw) as JobStatus;
      return status.jobId === jobId ? status : null;
    } catch {
      return null;
    }
  },
  put(status: JobStatus): void {
    PropertiesService.getDocumentProperties().setProperty(
      PDF_JOB_KEY,
      JSON.stringify(status),
    );
  },
};

/** The latest job's status, whatever its id (null when none). */
export function latestPdfJob(): JobStatus | null {
  const raw =
    PropertiesService.getDocumentProperties().getProperty(PDF_JOB_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as JobStatus;
  } catch {
    return null;
  }
}
