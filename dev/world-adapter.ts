// Builds the playground's world on test/emulator: the workbook and Drive (demo or the user's files),
// the bundle loaded and opened as an enabled add-on, and the views the session and the page use.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import vm from 'node:vm';
import {createWorld, type World} from '../test/emulator/world';
import {FOLDER_MIME, type DriveItem} from '../test/emulator/drive';
import {DOMAIN, GROUP, TEAM} from '../test/emulator/accounts';
import {ADDON_TITLE} from '../src/common/names';
import type {BoundedRect} from './a1';
import {errorMessage} from './json-values';
import type {
  AccountInfo,
  ChartInfo,
  DriveFileInfo,
  DriveView,
  MenuItemInfo,
  PlaygroundWorld,
  SheetInfo,
  UiView,
  WorkbookView,
} from './world-port';

/** What a world preparer put in: a line for the page, and settings to save through the add-on. */
export interface Loaded {
  description: string;
  /** Settings fields to save with the add-on's saveSettings (merged over getSettings()), or null. */
  settings: Record<string, unknown> | null;
  /** Sidebar calls to make once the add-on is open (e.g. setSchedule), each as a FULL execution. */
  calls?: Array<{function: string; args: unknown[]}>;
}

/** Fills a new world (spreadsheets, Drive) before the bundle is loaded. */
export type WorldPreparer = (world: World) => Loaded | Promise<Loaded>;

/** What createPlaygroundWorld needs. */
export interface WorldSetup {
  buildDir: string;
  prepare: WorldPreparer;
}

/** A Range as the emulator's fakes offer it (outside an execution nothing is charged). */
interface RangeLike {
  getValues(): unknown[][];
  getDisplayValues(): string[][];
  setValues(values: unknown[][]): unknown;
}
interface SheetLike {
  getName(): string;
  getSheetId(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getFrozenRows(): number;
  isSheetHidden(): boolean;
  getRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): RangeLike;
}
interface SpreadsheetLike {
  getName(): string;
  getId(): string;
  getSheets(): SheetLike[];
  getActiveSheet(): SheetLike | null;
  /** Optional in the emulator: the selection set by setActiveRange. */
  getActiveRange?(): {
    getRow(): number;
    getColumn(): number;
    getSheet(): SheetLike;
  } | null;
}

/**
 * The world of `npm start`: the Master (demo from the seed, or --master) as the active
 * spreadsheet, Drive (demo tree, or --drive), the bundle loaded, onOpen run in LIMITED mode as for
 * an enabled add-on, and the demo's settings saved through the add-on's own saveSettings.
 */
export async function createPlaygroundWorld(
  setup: WorldSetup,
): Promise<{world: PlaygroundWorld; startupLabel: string}> {
  // The add-on's own CPU is charged too (test/emulator/core/cpu.ts), shown apart in Costos.
  const world = createWorld({buildDir: setup.buildDir, cpu: true});
  const loaded = await setup.prepare(world);
  const roots = loaded.settings?.pdfRootFolders;
  const exportFolder = loaded.settings?.exportFolder;
  shareWithDemoTeam(world, [
    ...(Array.isArray(roots) ? (roots as string[]) : []),
    ...(typeof exportFolder === 'string' && exportFolder ? [exportFolder] : []),
  ]);
  const bundle = join(setup.buildDir, 'Code.js');
  const addon = world.loadAddon(bundle, 'LIMITED');
  const realmParse = vm.runInContext('JSON.parse', addon.context) as (
    t: string,
  ) => unknown;
  const intoRealm = (value: unknown): unknown =>
    value === null || typeof value !== 'object'
      ? value
      : realmParse(JSON.stringify(value));
  openDocument(world);
  if (loaded.settings) seedSettings(world, loaded.settings, intoRealm);
  for (const c of loaded.calls ?? [])
    setupCall(world, c.function, c.args.map(intoRealm));
  const spreadsheet = () => activeSpreadsheet(world);
  // Everything Drive holds from here on was made by the add-on (ZIPs, exports, backups).
  const madeAfter = Math.max(
    0,
    ...[...world.driveStore.items.values()].map(i => i.seq),
  );
  return {
    startupLabel: `Abrir el libro (onOpen)${loaded.settings || loaded.calls?.length ? ' y preparar la demostración' : ''}`,
    world: {
      emulator: world.emulator,
      addon,
      workbook: workbookView(spreadsheet, world),
      drive: driveView(world, madeAfter),
      ui: uiView(world),
      accounts: DEMO_ACCOUNTS,
      asUser: (email, fn) => {
        const before = world.emulator.user;
        world.emulator.user = email;
        try {
          return fn();
        } finally {
          world.emulator.user = before;
        }
      },
      fireTimeTriggers: user =>
        world.fireTriggersNow(user).map(o => ({
          handler: o.handler,
          ok: o.ok,
          ...(o.error ? {error: o.error} : {}),
        })),
      intoRealm,
      customFunctions: customFunctionNames(readFileSync(bundle, 'utf8')),
      description: loaded.description,
    },
  };
}

/** The demo team the page's user switcher offers (test/emulator/accounts.ts). */
const DEMO_ACCOUNTS: AccountInfo[] = [
  {email: TEAM.owner, role: 'propietario'},
  {email: TEAM.editor, role: 'editor'},
  {email: TEAM.groupEditor, role: `editor por el grupo ${GROUP}`},
  {email: TEAM.domainEditor, role: `editor por el dominio ${DOMAIN}`},
  {email: TEAM.viewer, role: 'lector'},
];

/**
 * The workbook and the PDF folders are shared with the demo team, so any account of the switcher
 * can use the add-on (a shared drive gets the team as members: its items are shared through it).
 */
function shareWithDemoTeam(world: World, pdfRoots: string[]): void {
  const active = world.activeId();
  if (active) world.accounts.shareWithTeam(active);
  for (const id of pdfRoots) {
    const item = world.driveStore.get(id);
    const drive = item?.driveId
      ? world.driveStore.drives.get(item.driveId)
      : undefined;
    if (!drive) {
      if (item) world.accounts.shareWithTeam(id);
      continue;
    }
    world.accounts.group(GROUP, [TEAM.groupEditor]);
    drive.members.set(TEAM.editor, 'writer');
    drive.members.set(GROUP, 'writer');
    drive.members.set(TEAM.domainEditor, 'writer');
    drive.members.set(TEAM.viewer, 'reader');
  }
}

/** The active spreadsheet through the emulated SpreadsheetApp (used outside executions only). */
function activeSpreadsheet(world: World): SpreadsheetLike {
  const app = world.globals().SpreadsheetApp as {
    getActiveSpreadsheet(): SpreadsheetLike | null;
  };
  const ss = app.getActiveSpreadsheet();
  if (!ss) throw new Error('The playground world has no active spreadsheet');
  return ss;
}

/** Runs onOpen as the platform does for an add-on enabled in this document: LIMITED mode. */
function openDocument(world: World): void {
  const {addon} = world;
  if (!addon || !addon.globalFunctions().includes('onOpen')) return;
  const g = world.globals() as {ScriptApp: {AuthMode: Record<string, unknown>}};
  const event = {
    authMode: g.ScriptApp.AuthMode.LIMITED,
    source: activeSpreadsheet(world),
    user: world.emulator.user,
  };
  addon.run('onOpen', [event], {mode: 'LIMITED', origin: 'simple-trigger'});
}

/**
 * Saves the demo's settings with the add-on's own getSettings/saveSettings (FULL, like the
 * sidebar), so the settings are in the format and place the add-on uses. A failure is reported,
 * not fatal: the playground still opens.
 */
function seedSettings(
  world: World,
  patch: Record<string, unknown>,
  intoRealm: (value: unknown) => unknown,
): void {
  const {addon} = world;
  if (!addon) return;
  const names = addon.globalFunctions();
  if (!names.includes('getSettings') || !names.includes('saveSettings')) return;
  try {
    const current = addon.run<Record<string, unknown>>('getSettings');
    const merged = {
      ...(JSON.parse(JSON.stringify(current)) as object),
      ...patch,
    };
    addon.run('saveSettings', [intoRealm(merged)]);
  } catch (e) {
    process.stderr.write(
      `Aviso: no se pudo guardar la configuración de demostración: ${errorMessage(e)}\n`,
    );
  }
}

/** One set-up call through the bundle (FULL); a failure or a missing function is reported, not fatal. */
function setupCall(world: World, name: string, args: unknown[]): void {
  const {addon} = world;
  if (!addon) return;
  if (!addon.globalFunctions().includes(name)) {
    process.stderr.write(
      `Aviso: el complemento no tiene ${name}; la demostración sigue sin esa preparación.\n`,
    );
    return;
  }
  try {
    addon.run(name, args);
  } catch (e) {
    process.stderr.write(
      `Aviso: ${name} falló al preparar la demostración: ${errorMessage(e)}\n`,
    );
  }
}

/** The add-on's companion workbook's name (src/adapters/common/companion.ts). */
const COMPANION_NAME = 'Facturación - resultados';

function workbookView(
  spreadsheet: () => SpreadsheetLike,
  world: World,
): WorkbookView {
  const first = world.spreadsheets.active?.id ?? '';
  const workbooks = () =>
    world.spreadsheets
      .all()
      .filter(ss => ss.id === first || ss.name === COMPANION_NAME)
      .map(ss => ({id: ss.id, name: ss.name}));
  const sheet = (name: string): SheetLike => {
    const found = spreadsheet()
      .getSheets()
      .find(s => s.getName() === name);
    if (!found) throw new Error(`No sheet ${name}`);
    return found;
  };
  /** The cells of a bounded rectangle of a tab (the grid reads values and display text alike). */
  const rectOf = (name: string, r: BoundedRect) =>
    sheet(name).getRange(
      r.row,
      r.column,
      r.lastRow - r.row + 1,
      r.lastColumn - r.column + 1,
    );
  return {
    name: () => spreadsheet().getName(),
    workbooks,
    open: (id: string) => {
      if (!workbooks().some(w => w.id === id))
        throw new Error(`No workbook ${id}`);
      world.spreadsheets.setActive(id);
    },
    sheets: (): SheetInfo[] =>
      spreadsheet()
        .getSheets()
        .map(s => ({
          name: s.getName(),
          id: s.getSheetId(),
          rows: Math.max(1, s.getLastRow()),
          columns: Math.max(1, s.getLastColumn()),
          frozenRows: s.getFrozenRows(),
          hidden: s.isSheetHidden(),
        })),
    selection: () => {
      const ss = spreadsheet();
      const range =
        typeof ss.getActiveRange === 'function' ? ss.getActiveRange() : null;
      if (range) {
        return {
          sheet: range.getSheet().getName(),
          row: range.getRow(),
          column: range.getColumn(),
        };
      }
      const active = ss.getActiveSheet();
      return active ? {sheet: active.getName(), row: 1, column: 1} : null;
    },
    read: (name: string, r: BoundedRect) => rectOf(name, r).getValues(),
    select: (name: string, a1: string) => {
      const quoted = `'${name.replace(/'/g, "''")}'!${a1}`;
      world.spreadsheets.select(quoted, spreadsheet().getId());
    },
    display: (name: string, r: BoundedRect) =>
      rectOf(name, r).getDisplayValues(),
    charts: (name: string): ChartInfo[] => {
      const data = world.spreadsheets.active?.sheetByName(name);
      if (!data) return [];
      return data.charts.map(c => ({
        id: c.id,
        type: c.type,
        title: typeof c.options.title === 'string' ? c.options.title : '',
        row: c.position.row,
        column: c.position.column,
        ranges: c.ranges
          .filter(r => r.sheetId === data.id)
          .map(r => ({
            row: r.row,
            column: r.column,
            lastRow: r.row + r.numRows - 1,
            lastColumn: r.column + r.numColumns - 1,
          })),
      }));
    },
    id: () => spreadsheet().getId(),
    write: (name: string, row: number, column: number, values: unknown[][]) => {
      if (!values.length || !values[0].length) return;
      sheet(name)
        .getRange(row, column, values.length, values[0].length)
        .setValues(values);
    },
  };
}

/** Drive as the playground's Drive view shows it, read from the store (no service calls). */
function driveView(world: World, madeAfter: number): DriveView {
  const store = world.driveStore;
  const info = (item: DriveItem): DriveFileInfo => {
    const folder = item.mimeType === FOLDER_MIME;
    const parent = item.parents[0];
    return {
      id: item.id,
      name: item.isRoot ? 'Mi unidad' : item.name,
      mimeType: item.mimeType,
      size: folder || item.content === undefined ? null : (item.size ?? null),
      created: new Date(item.createdTime).toISOString(),
      modified: new Date(item.modifiedTime).toISOString(),
      path: parent ? store.path(parent) : '',
      folder,
      trashed: item.trashed,
    };
  };
  const newestFirst = (a: DriveItem, b: DriveItem) => b.seq - a.seq;
  return {
    made: () =>
      [...store.items.values()]
        .filter(i => i.seq > madeAfter && !i.trashed)
        .sort(newestFirst)
        .map(info),
    get: id => {
      const item = store.get(id);
      return item ? info(item) : null;
    },
    children: id =>
      [...store.childIds(id)]
        .map(c => store.get(c))
        .filter((i): i is DriveItem => !!i && !i.trashed)
        .sort((a, b) => a.name.localeCompare(b.name, 'es'))
        .map(info),
    bytes: id => {
      const item = store.get(id);
      return item && item.content !== undefined ? store.bytes(item) : null;
    },
  };
}

function uiView(world: World): UiView {
  let alertsSeen = 0;
  let dialogsSeen = 0;
  return {
    addonMenu() {
      const menu = [...world.ui.menus].reverse().find(m => m.addon && m.shown);
      if (!menu) return null;
      const items: MenuItemInfo[] = [];
      const walk = (list: typeof menu.items, prefix: string) => {
        for (const item of list) {
          if (item === 'separator') items.push({label: '', handler: null});
          else if ('submenu' in item)
            walk(item.submenu.items, `${prefix}${item.submenu.title} › `);
          else
            items.push({
              label: `${prefix}${item.label}`,
              handler: item.handler,
            });
        }
      };
      walk(menu.items, '');
      return {title: ADDON_TITLE, items};
    },
    sidebar() {
      const all = world.ui.sidebars;
      const last = all[all.length - 1];
      return last
        ? {title: last.getTitle(), html: last.getContent(), version: all.length}
        : null;
    },
    takeMessages() {
      const out: Array<{kind: string; title: string; text: string}> = [];
      for (const a of world.ui.alerts.slice(alertsSeen)) {
        out.push({kind: 'alert', title: a.title ?? '', text: a.prompt});
      }
      for (const d of world.ui.dialogs.slice(dialogsSeen)) {
        out.push({
          kind: 'dialog',
          title: d.title,
          text: 'El complemento abrió un diálogo HTML (no se muestra en el playground).',
        });
      }
      alertsSeen = world.ui.alerts.length;
      dialogsSeen = world.ui.dialogs.length;
      return out;
    },
  };
}

/** Names of the top-level functions whose JSDoc carries @customfunction in the built bundle. */
export function customFunctionNames(code: string): string[] {
  const names: string[] = [];
  const re =
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nfunction ([A-Za-z_$][\w$]*)\(/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (m[1].includes('@customfunction')) names.push(m[2]);
  }
  return names;
}
