// The platform diagnosis (dev build only): runs every probe and writes one tab, assumption by assumption.
import {cacheCapProbe} from './cache-cap';
import {CLOCK_TRIGGER_CONTEXT, scheduleClockProbe} from './clock-trigger';
import {hostSpreadsheet} from '../common/spreadsheets';
import {
  CUSTOM_FUNCTION_VIEW,
  customFunctionFormula,
  leaveMarkers,
} from './custom-function-view';
import {drivePagesProbe} from './drive-pages';
import {limitErrorsProbe, missingFileProbe} from './errors';
import {gzipProbe} from './gzip';
import {intlProbe} from './intl';
import type {Observation, Probe} from './probe';
import {protectionProbe} from './protection';
import {sheetsFieldsProbe} from './sheets-fields';
import {textParsingProbe} from './text-parsing';
import {newSpreadsheetZoneProbe} from './time-zone';
import {timingsProbe} from './timings';
import {PENDING, verdictOf} from './verdict';

export const DIAGNOSIS_TAB = 'Diagnóstico de plataforma';

const HEADER = [
  'Supuesto',
  'Qué supone',
  'Regla del emulador',
  'Lo que hizo Google',
  '¿Coincide?',
];

/** What the run wrote: how many probes agreed, disagreed, could not tell, or wait for Sheets. */
export interface DiagnosisSummary {
  agreed: number;
  disagreed: number;
  unchecked: number;
  pending: number;
}

function safely(probe: Probe): Observation {
  try {
    return probe.run();
  } catch (e) {
    return {
      observed: `falló: ${e instanceof Error ? e.message : String(e)}`,
      agrees: false,
    };
  }
}

/** Runs the diagnosis in the active spreadsheet and writes its tab (rewritten on every run). */
export function runDiagnosis(): DiagnosisSummary {
  const ss = hostSpreadsheet();
  const tab = ss.getSheetByName(DIAGNOSIS_TAB) ?? ss.insertSheet(DIAGNOSIS_TAB);
  tab.clear();
  tab.getRange(1, 1).setValue('diagnóstico');
  const probes: Probe[] = [
    intlProbe,
    missingFileProbe,
    limitErrorsProbe,
    sheetsFieldsProbe(ss.getId()),
    gzipProbe,
    cacheCapProbe,
    drivePagesProbe,
    timingsProbe(tab.getRange(1, 1)),
    protectionProbe(ss),
    textParsingProbe(ss),
    newSpreadsheetZoneProbe,
  ];
  const summary: DiagnosisSummary = {
    agreed: 0,
    disagreed: 0,
    unchecked: 0,
    pending: 0,
  };
  const rows = probes.map(probe => {
    const o = safely(probe);
    if (o.agrees === true) summary.agreed++;
    else if (o.agrees === false) summary.disagreed++;
    else summary.unchecked++;
    return [
      probe.id,
      probe.assumption,
      probe.emulatorRule,
      o.observed,
      verdictOf(o),
    ];
  });
  const runId = `${Date.now()}`;
  leaveMarkers(runId);
  rows.push([
    CUSTOM_FUNCTION_VIEW.id,
    CUSTOM_FUNCTION_VIEW.assumption,
    CUSTOM_FUNCTION_VIEW.emulatorRule,
    '',
    '',
  ]);
  const formulaRow = rows.length + 1;
  summary.pending++;
  // The clock row is completed by a one-time trigger that opens this spreadsheet by id.
  const clockRow = rows.length + 2;
  const refused = scheduleClockProbe({
    spreadsheetId: ss.getId(),
    sheetName: DIAGNOSIS_TAB,
    row: clockRow,
  });
  if (refused === null) summary.pending++;
  else summary.unchecked++;
  rows.push([
    CLOCK_TRIGGER_CONTEXT.id,
    CLOCK_TRIGGER_CONTEXT.assumption,
    CLOCK_TRIGGER_CONTEXT.emulatorRule,
    refused === null ? '' : refused,
    refused === null
      ? `${PENDING}: el activador corre en un minuto`
      : 'Sin comprobar: no se pudo crear el activador (quite la programación del informe y vuelva a ejecutar)',
  ]);
  const all = [HEADER, ...rows];
  const range = tab.getRange(1, 1, all.length, HEADER.length);
  // Every cell is text as written: "@" keeps Sheets from reading an error text as a number or a formula.
  range.setNumberFormat('@');
  range.setValues(all);
  // Sheets computes this cell as a custom function and spills its observation and verdict.
  const formulaCell = tab.getRange(formulaRow, 4);
  formulaCell.setNumberFormat('General');
  formulaCell.setFormula(customFunctionFormula(runId));
  tab.setFrozenRows(1);
  return summary;
}
