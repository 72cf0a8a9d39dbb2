// Status of the latest PDF index job, in a document property the sidebar polls.
import {readDocumentJson, writeDocumentState} from '../common/document-state';
import type {JobStatus, JobStatusStore} from '../../app/pdf-index/ports';

export const PDF_JOB_KEY = 'facturacion.pdfIndex.job';

export const propertiesJobStore: JobStatusStore = {
  get(jobId: string): JobStatus | null {
    const status = readDocumentJson<JobStatus>(PDF_JOB_KEY);
    return status?.jobId === jobId ? status : null;
  },
  put(status: JobStatus): void {
    writeDocumentState(PDF_JOB_KEY, JSON.stringify(status));
  },
};

/** The latest job's status, whatever its id (null when none). */
export function latestPdfJob(): JobStatus | null {
  return readDocumentJson<JobStatus>(PDF_JOB_KEY);
}
