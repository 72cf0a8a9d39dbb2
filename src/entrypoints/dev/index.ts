// The dev build's globals (scripts/build.mjs --dev): the add-on's own plus the platform diagnosis.
// Never part of the production bundle (build/Code.js); the bundle test pins that.
import {
  customFunctionObservation,
  diagnosePlatform,
} from '../../adapters/diagnosis/actions';
import {completeClockProbe} from '../../adapters/diagnosis/clock-trigger';
import {buildAddonMenu} from '../../adapters/common/ui';
import {DEV_MENU_ITEMS} from './names';

export * from '../index';

/**
 * Builds the add-on menu with the diagnosis item. Runs in AuthMode.NONE or LIMITED.
 * @param _e The open event.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu(DEV_MENU_ITEMS);
}

/**
 * Runs when the add-on is installed: builds the menu at once.
 * @param e The install event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu action: probes every assumption of the emulator and writes the «Diagnóstico de plataforma» tab. */
export function runPlatformDiagnosis(): void {
  diagnosePlatform();
}

/**
 * Handler of the diagnosis's one-time clock trigger: records what a time-driven run sees.
 * @param e The time-driven event.
 */
export function diagnosisClockProbe(e: Record<string, unknown>): void {
  completeClockProbe(e ?? {});
}

/**
 * What a custom function sees of the caches and properties (written by the diagnosis; not for users).
 * @param runId The diagnosis run.
 * @return What it saw, and the verdict.
 * @customfunction
 */
export function DIAGNOSTICO_FUNCION(runId: string): string[][] {
  return customFunctionObservation(runId);
}
