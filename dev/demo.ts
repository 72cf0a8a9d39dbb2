// The playground's data: the built-in demo (a Finkargo-like Master and its Drive tree of PDFs,
// generated from a seed) or the user's own files (--master, --drive).
import {
  buildInvoiceTree,
  invoicesFromMaster,
} from '../test/fixtures/drive-tree';
import {addMaster, generateMaster} from '../test/fixtures/master';
import {loadPdfTemplate} from '../test/fixtures/pdf';
import {DEFAULT_SEED} from './cli-args';
import type {WorldPreparer} from './world-adapter';

/** Invoice rows per invoice tab of the demo Master (two tabs: about 20,000 rows in all). */
export const DEMO_ROWS_PER_TAB = 10_000;

/** The shared drive that holds the mandato branch of the demo's PDFs. */
export const DEMO_SHARED_DRIVE = 'Finkargo Mandato';

/**
 * The demo world of `npm start` with no flags: a messy Finkargo-like Master (title rows, COP and
 * USD, drifted headers, text amounts, #N/A) as the active spreadsheet, and the PDFs of its
 * invoices in Drive: the Finkargo branch in My Drive, the mandato branch in a shared drive, with
 * some PDFs missing, duplicated, misplaced, trashed or named `dian_...`, DIAN XML/ZIP noise and
 * prefix decoys (FE105550 beside FE10555). The add-on's PDF root folders point at both trees.
 * Same seed, same data.
 */
export function demoWorld(seed = DEFAULT_SEED): WorldPreparer {
  return async world => {
    const master = generateMaster({seed, rows: DEMO_ROWS_PER_TAB, messy: true});
    addMaster(world.spreadsheets, master);
    const pdf = await loadPdfTemplate();
    const invoices = invoicesFromMaster(master.rows);
    const finkargo = buildInvoiceTree(world.driveStore, {
      seed,
      invoices: invoices.filter(i => i.branch === 'finkargo'),
      pdf,
      rootName: 'Facturacion',
    });
    const mandato = buildInvoiceTree(world.driveStore, {
      seed: seed + 1,
      invoices: invoices.filter(i => i.branch === 'mandato'),
      pdf,
      sharedDrive: DEMO_SHARED_DRIVE,
      rootName: 'Facturacion mandato',
    });
    const count = (n: number) => n.toLocaleString('es-CO');
    return {
      description:
        `Demo (semilla ${seed}): Master con ${count(master.rows.length)} facturas; ` +
        `${count(finkargo.files + mandato.files)} archivos en Drive ` +
        `(${count(finkargo.missing.length + mandato.missing.length)} PDF faltantes, ` +
        `${count(finkargo.duplicated.length + mandato.duplicated.length)} duplicados)`,
      settings: {pdfRootFolders: [finkargo.rootId, mandato.rootId]},
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
