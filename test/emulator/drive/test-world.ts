// Test helper: an emulator, a Drive store and the two Drive globals, plus a FULL-mode runner.
import {Emulator} from '../core/emulator';
import {createDriveServices, DriveStore, type DriveHooks} from './index';

/** A fresh emulator + store + services; `run` executes fn as one FULL execution. */
export function driveWorld(hooks: DriveHooks = {}) {
  const emu = new Emulator();
  const store = new DriveStore({defaultUser: emu.user});
  const {Drive, DriveApp} = createDriveServices(emu, store, hooks);
  const run = <T>(fn: () => T): T => emu.run('FULL', fn);
  return {emu, store, Drive, DriveApp, run, me: emu.user};
}
