// Every malformed call of test/fixtures/bad-inputs.ts through the shipped bundle (build/Code.js) in
// the emulator: the exact Spanish answer, naming the field, never an English TypeError, and a refused
// call changes nothing (properties, spreadsheets, Drive, triggers).
import {join} from 'node:path';
import {createWorld, type World} from '../emulator/world';
import {addMaster, generateMaster} from '../fixtures/master';
import {
  BAD_INPUTS,
  type BadInput,
  type BadInputContext,
} from '../fixtures/bad-inputs';
import {SHEET_MIME, XLSX_MIME} from '../../src/domain/kernel/drive-id';
import type {Settings} from '../../src/shared/settings';

const BUNDLE = join(__dirname, '../../build/Code.js');
const SHEET_FUNCTIONS = new Set([
  'NIT_DV',
  'NIT_VALIDO',
  'FACTURA_NORMALIZAR',
  'FACTURA_PDF',
  'FACTURADO',
]);
/** Labels the settings rules name a value by (their messages predate the schemas). */
const LABELS = [
  'Archivo Master',
  'Carpeta del Master',
  'Carpetas de PDF',
  'Carpeta de exportación',
  'Destinatarios del reporte',
  'hoja de facturas',
  'El campo "NIT"',
  'Falta la confirmación',
];
/** Texts of JavaScript's own errors and of valibot's defaults: never shown to a user. */
const ENGLISH =
  /TypeError|Cannot read|is not a function|undefined is not|is not defined|Invalid (type|key|length)|Expected|received/;

const master = generateMaster({rows: 20, clients: 6, seed: 18});

function setup() {
  const world = createWorld();
  const ss = addMaster(world.spreadsheets, master);
  world.driveStore.addFile({
    id: ss.id,
    name: master.name,
    mimeType: SHEET_MIME,
  });
  const folder = world.driveStore.addFolder({name: 'Facturacion'});
  const pdf = world.driveStore.addFile({
    name: 'factura.pdf',
    mimeType: 'application/pdf',
  });
  const sheet = world.driveStore.addFile({
    name: 'Master',
    mimeType: SHEET_MIME,
  });
  const xlsx = world.driveStore.addFile({
    name: 'Master.xlsx',
    mimeType: XLSX_MIME,
  });
  const trashed = world.driveStore.addFile({
    name: 'Master viejo',
    mimeType: SHEET_MIME,
    trashed: true,
  });
  const addon = world.loadAddon(BUNDLE);
  const context: BadInputContext = {
    settings: addon.run<Settings>('getSettings'),
    pdf: pdf.id,
    folder: folder.id,
    sheet: sheet.id,
    xlsx: xlsx.id,
    trashed: trashed.id,
    tab: master.tabs[0].name,
    invoices: master.rows.filter(r => r.tab !== 'cesion').length,
  };
  return {world, addon, context};
}

/** Everything a call could change, as one comparable value. */
function state(world: World): string {
  const props = (m: Map<string, Map<string, string>>) =>
    [...m].map(([k, d]) => [k, [...d].sort()]);
  return JSON.stringify({
    script: [...world.properties.script].sort(),
    user: props(world.properties.user),
    document: props(world.properties.document),
    spreadsheets: world.spreadsheets
      .all()
      .map(s => [s.id, s.sheets.map(t => [t.name, t.cellCount])]),
    drive: [...world.driveStore.items.keys()].sort(),
    triggers: world.triggers.triggers.length,
  });
}

/** Runs a row: what it threw (its message) or what it returned. */
function call(row: BadInput) {
  const {world, addon, context} = setup();
  const args = typeof row.args === 'function' ? row.args(context) : row.args;
  const answer =
    typeof row.answer === 'function' ? row.answer(context) : row.answer;
  const before = state(world);
  const mode = SHEET_FUNCTIONS.has(row.fn) ? 'CUSTOM_FUNCTION' : 'FULL';
  try {
    const value = addon.run(row.fn, args, {mode});
    return {
      answer,
      outcome: {returned: value},
      changed: state(world) !== before,
    };
  } catch (e) {
    return {
      answer,
      outcome: {threw: (e as Error).message},
      changed: state(world) !== before,
    };
  }
}

describe('bad inputs through build/Code.js', () => {
  it('has at least 140 rows, none twice', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(140);
    const keys = BAD_INPUTS.map(r => `${r.fn}: ${r.what}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(BAD_INPUTS.map(r => [`${r.fn}: ${r.what}`, r] as const))(
    '%s',
    (_name, row) => {
      const {answer, outcome, changed} = call(row);
      if ('refused' in answer) {
        expect(outcome).toEqual({threw: answer.refused});
        const named =
          /«[^»]+»/.test(answer.refused) ||
          answer.refused.includes(row.fn) ||
          LABELS.some(l => answer.refused.includes(l));
        expect({message: answer.refused, named}).toEqual({
          message: answer.refused,
          named: true,
        });
        expect(changed).toBe(false);
        return;
      }
      expect(outcome).toHaveProperty('returned');
      const value = (outcome as {returned: unknown}).returned;
      if (typeof answer.returns === 'object' && answer.returns !== null)
        expect(value).toMatchObject(answer.returns);
      else expect(value).toEqual(answer.returns);
      if (typeof value === 'string') expect(value).not.toMatch(ENGLISH);
      // A custom function's refusal is its cell text; nothing else may change either.
      if (typeof value === 'string' && value.startsWith('Error:'))
        expect(changed).toBe(false);
    },
  );

  it('never answers in English', () => {
    for (const row of BAD_INPUTS) {
      const answer = typeof row.answer === 'function' ? null : row.answer;
      if (answer && 'refused' in answer)
        expect(answer.refused).not.toMatch(ENGLISH);
    }
  });
});
