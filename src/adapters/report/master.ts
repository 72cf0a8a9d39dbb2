// The reports' view of the Master: loaded column-wise by the Master use cases (snapshot cache included).
import {loadMaster} from '../../app/master/service';
import type {ReportMasterPort} from '../../app/report/ports';
import {reportRowsOf} from '../../app/report/master-rows';
import {masterDeps} from '../master/deps';

/** Reads the Master configured in settings (never writes it). */
export const settingsMasterPort: ReportMasterPort = {
  read() {
    const {table, source} = loadMaster(masterDeps());
    const {rows, columns} = reportRowsOf(table);
    return {
      rows,
      columns,
      sourceName: source.name,
      warnings: source.warnings,
      reading: {
        // Tab-less entries are the reader's warnings (already in `warnings`).
        diagnostics: table.diagnostics.filter(d => d.tab !== ''),
        total: table.diagnosticCount,
      },
    };
  },
};
