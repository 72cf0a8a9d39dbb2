// Loads the shipped bundle (build/Code.js) in node:vm and checks the globals Apps Script will see.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {createWorld} from '../emulator/world';
import {MENU_ITEMS} from '../../src/common/names';
import {sidebarApi_} from '../../src/entrypoints/sidebar-api';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SOURCE_INDEX = join(__dirname, '../../src/entrypoints/index.ts');

/** The exact set of globals the add-on exposes; a change here is a deliberate API change. */
const EXPECTED_GLOBALS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'getAbout',
  'getSettings',
  'saveSettings',
  'describeFolders',
  'getOverview',
  'listFilterOptions',
  'queryInvoices',
  'exportQuery',
  'goToRow',
  'consolidateExports',
  'appendToMaster',
  'findPdfs',
  'findPdfsInSelection',
  'refreshPdfIndex',
  'getJobStatus',
  'getIndexStatus',
  'zipPdfs',
  'getZipStatus',
  'writePdfResultsSheet',
  'runScheduledReport',
  'generateReport',
  'getSchedule',
  'setSchedule',
  'getReportHistory',
  'NIT_DV',
  'NIT_VALIDO',
  'FACTURA_NORMALIZAR',
  'FACTURA_PDF',
  'FACTURADO',
].sort();

/** Custom functions: their stubs must carry @customfunction JSDoc directly above. */
const CUSTOM_FUNCTIONS = [
  'NIT_DV',
  'NIT_VALIDO',
  'FACTURA_NORMALIZAR',
  'FACTURA_PDF',
  'FACTURADO',
];

function load() {
  const world = createWorld();
  world.spreadsheets.create('Archivo control facturacion mensual Finkargo Def');
  const addon = world.loadAddon(BUNDLE);
  // Menu items as added to the UI (the world's UiLog records them).
  const menus = {
    get items() {
      return world.ui.menuItems();
    },
  };
  return {addon, menus, world};
}

describe('build/Code.js', () => {
  const code = readFileSync(BUNDLE, 'utf8');

  it('exposes exactly the expected globals and nothing else', () => {
    const {addon} = load();
    expect(addon.globalFunctions().sort()).toEqual(EXPECTED_GLOBALS);
  });

  it('gives each stub the arity of its TypeScript function', () => {
    const {addon} = load();
    // The bundle's private object holds the real implementations (wrapped to answer in Spanish).
    const impl = (
      addon.context.__facturacion as {
        entryPoints: Record<string, (...a: unknown[]) => unknown>;
      }
    ).entryPoints;
    for (const name of EXPECTED_GLOBALS) {
      const stub = addon.context[name] as (...a: unknown[]) => unknown;
      expect({name, arity: stub.length}).toEqual({
        name,
        arity: impl[name].length,
      });
    }
    expect((addon.context.NIT_DV as () => unknown).length).toBe(1);
  });

  it.each(CUSTOM_FUNCTIONS)(
    'puts the @customfunction JSDoc directly above %s',
    name => {
      const m = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`,
      ).exec(code);
      expect(m).not.toBeNull();
      expect(m![1]).toContain('@customfunction');
      expect(m![1]).toMatch(/@param \{[^}]+\} \w+/);
    },
  );

  it('builds the add-on menu from onOpen in AuthMode.NONE, naming real globals', () => {
    const {addon, menus} = load();
    addon.run('onOpen', [{authMode: 'NONE'}], {
      mode: 'NONE',
      origin: 'simple-trigger',
    });
    expect(menus.items).toEqual(MENU_ITEMS);
    const globals = new Set(addon.globalFunctions());
    for (const item of menus.items)
      expect(globals.has(item.handler)).toBe(true);
  });

  it('exposes every SidebarApi key as a global function', () => {
    const {addon} = load();
    const globals = new Set(addon.globalFunctions());
    for (const key of Object.keys(sidebarApi_))
      expect({key, global: globals.has(key)}).toEqual({key, global: true});
  });

  it('keeps its helpers private: only index.ts exports become globals', () => {
    const exported = [
      ...readFileSync(SOURCE_INDEX, 'utf8').matchAll(/export \{([^}]+)\}/g),
    ]
      .flatMap(m => m[1].split(','))
      .map(s => s.trim())
      .filter(Boolean)
      .sort();
    expect(exported).toEqual(EXPECTED_GLOBALS);
  });

  it('computes NIT_DV through the bundle for a value and a range', () => {
    const {addon} = load();
    expect(addon.run('NIT_DV', [900206480], {mode: 'CUSTOM_FUNCTION'})).toBe(2);
    expect(
      addon.run('NIT_DV', [[['800.197.268'], [''], ['ACME']]], {
        mode: 'CUSTOM_FUNCTION',
      }),
    ).toEqual([[4], [''], ['Error: "ACME" no es un NIT']]);
  });
});
