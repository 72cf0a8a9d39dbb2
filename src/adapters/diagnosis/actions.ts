// The diagnosis's entry for the dev build: the menu action and the custom function it relies on.
import {observeFromCustomFunction} from './custom-function-view';
import {DIAGNOSIS_TAB, runDiagnosis} from './run';
import {PENDING, verdictOf} from './verdict';

/** Runs every probe and tells the user where the results are. */
export function diagnosePlatform(): void {
  const s = runDiagnosis();
  SpreadsheetApp.getUi().alert(
    `Diagnóstico escrito en la pestaña «${DIAGNOSIS_TAB}»: ${s.agreed} de acuerdo, ${s.disagreed} en desacuerdo, ${s.unchecked} sin comprobar y ${s.pending} pendientes, que Sheets y un activador completan en un par de minutos.`,
  );
}

/** The custom function's cells: what it saw and the verdict. */
export function customFunctionObservation(runId: unknown): string[][] {
  if (typeof runId !== 'string' || !runId)
    return [['falta el identificador de la ejecución', PENDING]];
  const o = observeFromCustomFunction(runId);
  return [[o.observed, verdictOf(o)]];
}
