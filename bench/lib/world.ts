// Builds one bench world: a generated Master (active spreadsheet) and a Drive tree of invoice PDFs,
// with the add-on (build/Code.js) loaded and its settings pointing at the tree.
import {join} from 'node:path';
import {createWorld, type World} from '../../test/emulator/world';
import {
  addMaster,
  generateMaster,
  type Master,
} from '../../test/fixtures/master';
import {
  buildInvoiceTree,
  type DriveTreeReport,
} from '../../test/fixtures/drive-tree';
import type {LoadedAddon} from '../../test/emulator/load-addon';
import type {Settings} from '../../src/common/settings';

export interface BenchSize {
  label: string;
  /** Invoice rows per Master tab (two tabs). */
  masterRows: number;
  /** PDFs in the Drive tree. */
  pdfs: number;
}

export interface BenchWorld {
  world: World;
  addon: LoadedAddon;
  master: Master;
  tree: DriveTreeReport;
}

const BUNDLE = join(__dirname, '../../build/Code.js');

export function buildBenchWorld(
  size: BenchSize,
  options: {seed?: number; clients?: number} = {},
): BenchWorld {
  const seed = options.seed ?? 1;
  const world = createWorld();
  const master = generateMaster({
    rows: size.masterRows,
    mandatoRows: size.masterRows,
    clients: options.clients,
    seed,
  });
  const ss = addMaster(world.spreadsheets, master);
  // The Master is a Drive file too: the add-on reads its modified time to validate snapshots.
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: 'application/vnd.google-apps.spreadsheet',
    modifiedTime: Date.UTC(2025, 9, 1),
  });
  const tree = buildInvoiceTree(world.driveStore, {
    count: size.pdfs,
    years: [2022, 2023, 2024, 2025],
    subfolders: size.pdfs >= 20000 ? 9 : 0,
    seed,
  });
  const addon = world.loadAddon(BUNDLE);
  const settings = addon.run<Settings>('getSettings');
  const exports = world.driveStore.addFolder({name: 'Exportaciones'});
  addon.run('saveSettings', [
    {...settings, pdfRootFolders: [tree.rootId], exportFolder: exports.id},
  ]);
  return {world, addon, master, tree};
}
