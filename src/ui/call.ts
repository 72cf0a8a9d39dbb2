// Typed, promise-based access to the server: the only way the sidebar talks to Apps Script.
import type {SidebarApi} from '../common/api';
import {serverMessage} from './text';

type ScriptRun = {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error | string) => void): ScriptRun;
} & Record<string, unknown>;

declare global {
  interface Window {
    google?: {script: {run: ScriptRun}};
  }
}

/** The server's error, carrying its (Spanish) message for the user. */
export class ServerError extends Error {}

/**
 * Calls a sidebar API function on the server: `call('getAbout')`.
 * The name must be a key of SidebarApi and the arguments must match its signature.
 */
export function call<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const google = window.google;
    if (!google) {
      reject(
        new ServerError(
          'No hay conexión con Apps Script (google.script.run no existe).',
        ),
      );
      return;
    }
    const runner = google.script.run
      .withSuccessHandler(value => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler(error =>
        reject(
          new ServerError(
            serverMessage(typeof error === 'string' ? error : error.message),
          ),
        ),
      );
    const fn = runner[name] as (...a: unknown[]) => void;
    fn.apply(runner, args);
  });
}
