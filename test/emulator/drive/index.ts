// The Drive emulator's entry point: the store plus the DriveApp and Drive globals bound to an emulator.
import type {Emulator} from '../core/emulator';
import type {Fault} from '../core/faults';
import {AdvancedDrive} from './advanced';
import {EmuDriveApp} from './drive-app';
import {STANDARD_FAILURES} from './errors';
import type {DriveHooks} from './hooks';
import type {DriveStore} from './store';

export {AdvancedDrive} from './advanced';
export {EmuDriveApp} from './drive-app';
export type {DriveHooks} from './hooks';
export * from './store';

/** The two globals the add-on sees. */
export interface DriveServices {
  DriveApp: EmuDriveApp;
  Drive: AdvancedDrive;
}

/**
 * Binds DriveApp and the Drive advanced service to an emulator and a store. The store's clock
 * becomes the emulator's virtual clock, so created/modified times follow it.
 */
export function createDriveServices(
  emulator: Emulator,
  store: DriveStore,
  hooks: DriveHooks = {},
): DriveServices {
  store.now = () => emulator.clock.now();
  return {
    DriveApp: new EmuDriveApp(emulator, store, hooks),
    Drive: new AdvancedDrive(emulator, store, hooks),
  };
}

/**
 * A fault as Drive raises it: 403 userRateLimitExceeded, 429 rateLimitExceeded, 500 backendError.
 * `key` is "Drive.Files.list", "Drive.Changes.list", "DriveApp.FileIterator.next"...
 */
export function driveFault(
  key: string,
  code: 403 | 429 | 500 | 503,
  nth = 1,
  times = 1,
): Fault {
  return {key, nth, times, code, message: STANDARD_FAILURES[code].message};
}
