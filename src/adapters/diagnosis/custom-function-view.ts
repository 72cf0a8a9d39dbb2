// Probe, completed by Sheets: what a custom function sees of the caches and properties the menu run wrote.
import type {Observation} from './probe';

/** The key of the markers the menu run leaves for the custom function to look for. */
const MARKER = 'diag:cf';

export const CUSTOM_FUNCTION_VIEW = {
  id: 'custom-function-view',
  assumption:
    'Una función personalizada no ve la caché ni las propiedades del usuario; sí la caché del documento',
  emulatorRule:
    'caché de usuario: no | propiedades de usuario: no | caché del documento: sí',
};

/** The formula the menu run writes; Sheets computes it in CUSTOM_FUNCTION mode. */
export function customFunctionFormula(runId: string): string {
  return `=DIAGNOSTICO_FUNCION("${runId}")`;
}

/** Run by the menu action: leaves the markers the custom function looks for. */
export function leaveMarkers(runId: string): void {
  CacheService.getUserCache()?.put(MARKER, runId, 21_600);
  PropertiesService.getUserProperties().setProperty(MARKER, runId);
  CacheService.getDocumentCache()?.put(MARKER, runId, 21_600);
}

/** Run inside the custom function: what it saw, and whether that is what the emulator models. */
export function observeFromCustomFunction(runId: string): Observation {
  const seen = (read: () => string | null | undefined) => {
    try {
      return read() === runId;
    } catch {
      return false;
    }
  };
  const userCache = seen(() => CacheService.getUserCache()?.get(MARKER));
  const userProps = seen(() =>
    PropertiesService.getUserProperties().getProperty(MARKER),
  );
  const docCache = seen(() => CacheService.getDocumentCache()?.get(MARKER));
  const yes = (b: boolean) => (b ? 'sí' : 'no');
  const observed = `caché de usuario: ${yes(userCache)} | propiedades de usuario: ${yes(userProps)} | caché del documento: ${yes(docCache)}`;
  return {observed, agrees: observed === CUSTOM_FUNCTION_VIEW.emulatorRule};
}
