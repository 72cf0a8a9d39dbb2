// The reports' view of the PDF index: the PDF feature's incremental refresh and its hidden-sheet store.
import {refreshPdfIndexJob} from '../../app/pdf-index/refresh-index';
import type {BuildPorts} from '../../app/pdf-index/build-index';
import type {PdfIndexPort} from '../../app/report/ports';
import {drivePdfLister} from '../pdf/drive-lister';
import {sheetBuildStore} from '../pdf/build-store';
import {propertiesJobStore} from '../pdf/job-store';
import {sheetPdfIndexStore} from '../pdf/index-sheet';

/** The PDF index for the root folders of settings. */
export function reportPdfIndex(roots: readonly string[]): PdfIndexPort {
  const ports: BuildPorts = {
    drive: drivePdfLister,
    index: sheetPdfIndexStore,
    build: sheetBuildStore,
    jobs: propertiesJobStore,
    clock: {now: () => Date.now()},
  };
  return {
    configured: () => roots.length > 0,
    refresh() {
      const status = refreshPdfIndexJob(
        ports,
        roots,
        {},
        `report-${Date.now()}`,
      );
      if (status.state === 'failed') throw new Error(status.message);
      return {done: status.state === 'done', message: status.message};
    },
    entries: () => sheetPdfIndexStore.read()?.entries ?? [],
  };
}
