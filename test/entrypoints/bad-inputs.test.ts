// Every malformed call of test/fixtures/bad-inputs.ts through the shipped bundle (build/Code.js) in
// the emulator: the exact Spanish answer, naming the field, never an English TypeError, and a refused
// call changes nothing (properties, spreadsheets, Drive, triggers).
import {BAD_INPUTS} from '../fixtures/bad-inputs';
import {runBadInput as call} from '../fixtures/bad-inputs-run';

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
