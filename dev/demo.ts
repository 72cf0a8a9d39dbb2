// The playground's data: the built-in demo (a Finkargo-like Master and its Drive tree of PDFs,
// generated from a seed) or the user's own files (--master, --drive).
import {
  buildInvoiceTree,
  invoicesFromMaster,
} from '../test/fixtures/drive-tree';
import {mirrorLocalFolder} from '../test/fixtures/drive-mirror';
import {addMaster, generateMaster} from '../test/fixtures/master';
import {loadPdfTemplate} from '../test/fixtures/pdf';
import {DEFAULT_SEED} from './cli-args';
import {errorMessage} from './json-values';
import {basename, extname} from 'node:path';
import {SHEET_MIME} from '../test/emulator/drive';
import {loadXlsx} from '../test/emulator/spreadsheet';
import type {World} from '../test/emulator/world';
import type {WorldPreparer} from './world-adapter';

/** Invoice rows per invoice tab of the demo Master (two tabs: about 20,000 rows in all). */
export const DEMO_ROWS_PER_TAB = 10_000;

/** The folder of My Drive the demo's settings name for ZIPs and exports. */
export const DEMO_EXPORT_FOLDER = 'Facturación exportaciones';

/** The shared drive that holds the mandato branch of the demo's PDFs. */
export const DEMO_SHARED_DRIVE = 'Finkargo Mandato';

/** The demo's scheduled report (ScheduleSettings of src/common/report-api.ts): Mondays at 7:00. */
export const DEMO_SCHEDULE = {
  when: {kind: 'weekly', weekday: 'MONDAY', hour: 7},
  options: {},
};

/** What one part of the world added: a phrase for the page and the PDF roots it holds. */
interface Part {
  description: string;
  pdfRoots: string[];
}

const count = (n: number) => n.toLocaleString('es-CO');

/** The demo Master as the active spreadsheet; returns its rows for the Drive tree. */
function demoMaster(world: World, seed: number) {
  const master = generateMaster({seed, rows: DEMO_ROWS_PER_TAB, messy: true});
  registerInDrive(world, addMaster(world.spreadsheets, master));
  return master;
}

/**
 * A spreadsheet is a Drive file too: the add-on asks Drive when the Master last changed. The
 * file gets the spreadsheet's id, in the user's My Drive, unless the world already has it.
 */
function registerInDrive(world: World, data: {id: string; name: string}): void {
  if (world.driveStore.items.has(data.id)) return;
  world.driveStore.addFile({
    name: data.name,
    mimeType: SHEET_MIME,
    id: data.id,
  });
}

/**
 * The PDFs of the demo Master's invoices: the Finkargo branch in My Drive, the mandato branch in
 * a shared drive, with some PDFs missing, duplicated, misplaced, trashed or named `dian_...`,
 * DIAN XML/ZIP noise and prefix decoys (FE105550 beside FE10555).
 */
async function demoDrive(
  world: World,
  seed: number,
  rows: ReturnType<typeof generateMaster>['rows'],
): Promise<Part> {
  const pdf = await loadPdfTemplate();
  const invoices = invoicesFromMaster(rows);
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
  return {
    description:
      `${count(finkargo.files + mandato.files)} archivos en Drive ` +
      `(${count(finkargo.missing.length + mandato.missing.length)} PDF faltantes, ` +
      `${count(finkargo.duplicated.length + mandato.duplicated.length)} duplicados)`,
    pdfRoots: [finkargo.rootId, mandato.rootId],
  };
}

/** A local folder tree mirrored into My Drive (files keep their bytes and times). */
function localDrive(world: World, dir: string): Part {
  const mirror = mirrorLocalFolder(dir, world.driveStore);
  return {
    description: `carpeta "${dir}" en Drive (${count(mirror.files)} archivos en ${count(mirror.folders)} carpetas)`,
    pdfRoots: [mirror.root.id],
  };
}

/**
 * The demo world of `npm start` with no flags: a messy Finkargo-like Master (title rows, COP and
 * USD, drifted headers, text amounts, #N/A) as the active spreadsheet and its PDFs in Drive; the
 * add-on's PDF root folders point at both trees. Same seed, same data.
 */
export function demoWorld(seed = DEFAULT_SEED): WorldPreparer {
  return async world => {
    const master = demoMaster(world, seed);
    const drive = await demoDrive(world, seed, master.rows);
    // Where Crear ZIP and Exportar save their files (the Drive view lists them).
    const exports = world.driveStore.addFolder({name: DEMO_EXPORT_FOLDER});
    return {
      description: `Demo (semilla ${seed}): Master con ${count(master.rows.length)} facturas; ${drive.description}`,
      settings: {pdfRootFolders: drive.pdfRoots, exportFolder: exports.id},
      // The weekly report, installed by the add-on itself, so "Disparar activadores" has work.
      calls: [{function: 'setSchedule', args: [DEMO_SCHEDULE]}],
    };
  };
}

/**
 * A world from the user's files: --master replaces the demo Master (and then Drive holds only
 * what --drive gives); --drive alone keeps the demo Master and puts the user's folder in Drive
 * as the PDF root.
 */
export function userFilesWorld(
  master: string | null,
  drive: string | null,
  seed = DEFAULT_SEED,
): WorldPreparer {
  return async world => {
    const parts: string[] = [];
    if (master) {
      parts.push(await loadMasterFile(world, master));
    } else {
      const demo = demoMaster(world, seed);
      parts.push(
        `Master de demostración (semilla ${seed}, ${count(demo.rows.length)} facturas)`,
      );
    }
    const local = drive ? localDrive(world, drive) : null;
    if (local) parts.push(local.description);
    return {
      description: parts.join('; '),
      settings: local ? {pdfRootFolders: local.pdfRoots} : null,
    };
  };
}

/** Loads an .xlsx Master as the active spreadsheet (and a Drive file); returns a phrase for the page. */
async function loadMasterFile(world: World, path: string): Promise<string> {
  let data;
  try {
    data = await loadXlsx(world.spreadsheets, path, {
      name: basename(path, extname(path)),
    });
  } catch (e) {
    throw new Error(
      `--master: no se pudo leer "${path}" como libro de Excel (${errorMessage(e)}). Ábralo en Excel o Google Sheets y guárdelo de nuevo como .xlsx.`,
    );
  }
  world.spreadsheets.setActive(data.id);
  registerInDrive(world, data);
  const tabs = data.sheets.map(
    s => `${s.name} (${count(s.extent().rows)} filas)`,
  );
  return `Master "${data.name}": ${tabs.join(', ')}`;
}
