// The live check (issue 17.6): the dev bundle's «Diagnóstico de plataforma» run in the emulator agrees
// with every assumption it probes, and the production bundle carries none of it.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {TEAM} from '../emulator/accounts';
import * as serviceLatency from '../emulator/services/latency';
import * as sheetLatency from '../emulator/spreadsheet/latency';
import {createWorld} from '../emulator/world';
import {buildInvoiceTree} from '../fixtures/drive-tree';
import {MODELED_MS} from '../../src/adapters/diagnosis/timings';

const PROD = join(__dirname, '../../build/Code.js');
const DEV = join(__dirname, '../../build-dev/Code.js');
const README = join(__dirname, '../emulator/README.md');
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const TAB = 'Diagnóstico de plataforma';

function setup(shared = true) {
  const world = createWorld({now: Date.UTC(2025, 9, 1, 13), user: TEAM.owner});
  const ss = world.spreadsheets.create('Pruebas del despliegue');
  world.driveStore.addFile({id: ss.id, name: ss.name, mimeType: SHEET_MIME});
  if (shared) world.accounts.shareWithTeam(ss.id, true);
  // More PDFs than one files.list page holds, so the page-size probe can tell.
  buildInvoiceTree(world.driveStore, {count: 1_000, seed: 4});
  const addon = world.loadAddon(DEV);
  return {world, ss, addon};
}

/** What Sheets does with the tab's custom-function cell: computes it and spills the result. */
function recalculate(
  world: ReturnType<typeof setup>['world'],
  addon: ReturnType<typeof setup>['addon'],
  ssId: string,
) {
  const sheet = world.spreadsheets.get(ssId)!.sheetByName(TAB)!;
  for (let row = 1; row <= sheet.extent().rows; row++) {
    const formula = sheet.formulas.get(`${row},4`);
    const m = formula && /^=DIAGNOSTICO_FUNCION\("([^"]*)"\)$/.exec(formula);
    if (!m) continue;
    const out = addon.run<string[][]>('DIAGNOSTICO_FUNCION', [m[1]], {
      mode: 'CUSTOM_FUNCTION',
    });
    out[0].forEach((v, i) => sheet.set(row, 4 + i, v));
  }
}

function readTab(world: ReturnType<typeof setup>['world'], ssId: string) {
  const sheet = world.spreadsheets.get(ssId)!.sheetByName(TAB)!;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.extent().rows; r++)
    rows.push([1, 2, 3, 4, 5].map(c => String(sheet.get(r, c) ?? '')));
  return rows;
}

describe('the platform diagnosis (dev build)', () => {
  it('is absent from the production bundle', () => {
    const code = readFileSync(PROD, 'utf8');
    for (const text of [
      'Diagnóstico de plataforma',
      'runPlatformDiagnosis',
      'DIAGNOSTICO_FUNCION',
      'diagnosePlatform',
    ])
      expect(code).not.toContain(text);
    const world = createWorld();
    world.spreadsheets.create('Libro');
    const prod = world.loadAddon(PROD).globalFunctions();
    const dev = world.loadAddon(DEV).globalFunctions();
    expect(dev.filter(n => !prod.includes(n)).sort()).toEqual([
      'DIAGNOSTICO_FUNCION',
      'diagnosisClockProbe',
      'runPlatformDiagnosis',
    ]);
  });

  it('adds «Diagnóstico de plataforma» to the dev menu', () => {
    const {world, addon} = setup();
    addon.run('onOpen', [], {mode: 'NONE'});
    expect(world.ui.menuItems().map(i => i.label)).toEqual([
      'Abrir panel',
      'Diagnóstico de plataforma',
    ]);
  });

  it('reports every probed assumption as agreed in the emulator', () => {
    const {world, ss, addon} = setup();
    addon.run('runPlatformDiagnosis');
    expect(world.ui.alerts.at(-1)?.prompt).toMatch(
      /: \d+ de acuerdo, 0 en desacuerdo, 0 sin comprobar y 2 pendientes/,
    );
    recalculate(world, addon, ss.id);
    // The one-time trigger fires a minute later with no open document, and writes its row by id.
    const fired = world.fireDueTriggers(world.emulator.clock.now() + 120_000);
    expect(fired.map(f => f.handler)).toEqual(['diagnosisClockProbe']);
    expect(world.triggers.triggers).toHaveLength(0);
    const [header, ...rows] = readTab(world, ss.id);
    expect(header).toEqual([
      'Supuesto',
      'Qué supone',
      'Regla del emulador',
      'Lo que hizo Google',
      '¿Coincide?',
    ]);
    const verdicts = Object.fromEntries(rows.map(r => [r[0], r[4]]));
    expect(verdicts).toEqual({
      'intl-es-co': 'Sí',
      'missing-file-errors': 'Sí',
      'limit-errors': 'Sí',
      'sheets-fields': 'Sí',
      'gzip-real': 'Sí',
      'cache-item-cap': 'Sí',
      'drive-page-size': 'Sí',
      'call-timings': 'Sí',
      'protection-editors': 'Sí',
      'text-parsing-es-co': 'Sí',
      'new-spreadsheet-zone': 'Sí',
      'custom-function-view': 'Sí',
      'clock-trigger-context': 'Sí',
    });
    // Each observation is what the emulator did, readable in the tab.
    const observed = Object.fromEntries(rows.map(r => [r[0], r[3]]));
    expect(observed['cache-item-cap']).toBe(
      'de 1100 elementos puestos quedan 900',
    );
    expect(observed['drive-page-size']).toMatch(
      /^páginas de 460, 460, \d+ archivos$/,
    );
  });

  it('says NO when the platform disagrees, and "sin comprobar" when it cannot tell', () => {
    // A spreadsheet nobody else edits, on a platform whose custom functions see no document cache.
    const {world, ss, addon} = setup(false);
    const cache = world.services.CacheService;
    const documentCache = cache.getDocumentCache.bind(cache);
    addon.run('runPlatformDiagnosis');
    cache.getDocumentCache = () => null;
    try {
      recalculate(world, addon, ss.id);
    } finally {
      cache.getDocumentCache = documentCache;
    }
    // ... and whose clock triggers still see an open spreadsheet.
    const app = world.services.SpreadsheetApp;
    const active = app.getActiveSpreadsheet.bind(app);
    app.getActiveSpreadsheet = () => app.openById(ss.id);
    try {
      world.fireDueTriggers(world.emulator.clock.now() + 120_000);
    } finally {
      app.getActiveSpreadsheet = active;
    }
    const rows = readTab(world, ss.id).slice(1);
    const verdicts = Object.fromEntries(rows.map(r => [r[0], r[4]]));
    expect(verdicts['custom-function-view']).toBe('NO');
    expect(verdicts['clock-trigger-context']).toBe('NO');
    expect(rows.find(r => r[0] === 'clock-trigger-context')?.[3]).toMatch(
      /^libro activo: presente \| getUi: Cannot call/,
    );
    expect(rows.find(r => r[0] === 'custom-function-view')?.[3]).toBe(
      'caché de usuario: no | propiedades de usuario: no | caché del documento: no',
    );
    expect(verdicts['protection-editors']).toBe(
      'Sin comprobar: comparta la hoja con otro editor para comprobarlo',
    );
  });

  it('keeps its modeled timings equal to the emulator latency model', () => {
    expect(MODELED_MS).toEqual({
      cacheGet: serviceLatency.CACHE_GET_MS,
      cachePut: serviceLatency.CACHE_PUT_MS,
      propertyGet: serviceLatency.PROPERTIES_READ_MS,
      propertySet: serviceLatency.PROPERTIES_WRITE_MS,
      getValues: sheetLatency.SPREADSHEET_CALL_MS,
    });
  });

  it('probes only assumptions listed in test/emulator/README.md', () => {
    const readme = readFileSync(README, 'utf8');
    const {world, ss, addon} = setup();
    addon.run('runPlatformDiagnosis');
    const ids = readTab(world, ss.id)
      .slice(1)
      .map(r => r[0]);
    expect(ids).toHaveLength(13);
    for (const id of ids) expect(readme).toContain(`\`${id}\``);
  });
});
