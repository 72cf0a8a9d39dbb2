// The playground's data: the built-in demo (a Finkargo-like Master and its Drive tree of PDFs,
// generated from a seed) or the user's own files (--master, --drive).
import {addMaster, generateMaster} from '../test/fixtures/master';
import {DEFAULT_SEED} from './cli-args';
import type {WorldPreparer} from './world-adapter';

/** Invoice rows per invoice tab of the demo Master (two tabs: about 20,000 rows in all). */
export const DEMO_ROWS_PER_TAB = 10_000;

/**
 * The demo world of `npm start` with no flags: a messy Finkargo-like Master (title rows, COP and
 * USD, drifted headers, text amounts, #N/A) as the active spreadsheet. Same seed, same data.
 */
export function demoWorld(seed = DEFAULT_SEED): WorldPreparer {
  return world => {
    const master = generateMaster({seed, rows: DEMO_ROWS_PER_TAB, messy: true});
    addMaster(world.spreadsheets, master);
    const invoices = master.rows.length.toLocaleString('es-CO');
    return {
      description: `Demo (semilla ${seed}): Master con ${invoices} facturas`,
      settings: null,
    };
  };
}

/** A world from the user's .xlsx Master and/or folder of PDFs. */
export function userFilesWorld(
  master: string | null,
  drive: string | null,
  seed?: number,
): WorldPreparer {
  return () => {
    // Replaced when the emulator's .xlsx loader and Drive folder mirroring land (issues 3 and 4).
    throw new Error(
      `Cargar ${master ?? drive} aún no es posible: el emulador todavía no tiene el cargador de .xlsx ni la réplica de carpetas (semilla ${seed ?? DEFAULT_SEED}).`,
    );
  };
}
