// Custom functions through the built bundle in CUSTOM_FUNCTION mode: values, ranges and error texts.
import {join} from 'node:path';
import {Emulator} from '../emulator/core/emulator';
import {loadAddon} from '../emulator/load-addon';

const BUNDLE = join(__dirname, '../../build/Code.js');

function addon() {
  const emulator = new Emulator();
  const loaded = loadAddon(BUNDLE, emulator, {});
  const run = (name: string, ...args: unknown[]) =>
    loaded.run(name, args, {mode: 'CUSTOM_FUNCTION'});
  return {emulator, run};
}

describe('NIT_DV', () => {
  it('answers a value, a 10,000-row column and bad cells with Spanish texts', () => {
    const {emulator, run} = addon();
    expect(run('NIT_DV', '900.206.480')).toBe(2);
    expect(run('NIT_DV', 'NIT 123')).toBe('Error: "NIT 123" no es un NIT');
    expect(run('NIT_DV', '1234567890123456')).toBe(
      'Error: el NIT tiene más de 15 dígitos',
    );
    const known: Array<[number, number]> = [
      [900206480, 2],
      [800197268, 4],
      [213123432, 1],
      [890903938, 8],
    ];
    const column = Array.from({length: 10000}, (_, i) => [known[i % 4][0]]);
    const result = run('NIT_DV', column) as number[][];
    expect(result).toHaveLength(10000);
    result.forEach((row, i) => expect(row).toEqual([known[i % 4][1]]));
    // One execution, no service call at all: pure computation.
    expect(emulator.log.records).toHaveLength(0);
  });
});

describe('NIT_VALIDO', () => {
  it('validates the shapes NITs arrive in', () => {
    const {run} = addon();
    expect(run('NIT_VALIDO', '900.206.480-2')).toBe(true);
    expect(run('NIT_VALIDO', '900.206.480-3')).toBe(false);
    expect(run('NIT_VALIDO', 9002064802)).toBe(true); // DV as the last digit
    expect(run('NIT_VALIDO', 900206480, 2)).toBe(true); // DV in its own argument
    expect(run('NIT_VALIDO', 900206480, 5)).toBe(false);
    expect(run('NIT_VALIDO', '900.206.480-2', 3)).toBe(false); // the two DVs disagree
    expect(run('NIT_VALIDO', '')).toBe('');
  });

  it('accepts two ranges of the same shape and explains bad input', () => {
    const {run} = addon();
    expect(run('NIT_VALIDO', [[900206480], [800197268]], [[2], [1]])).toEqual([
      [true],
      [false],
    ]);
    expect(run('NIT_VALIDO', [[900206480], [800197268]], [[2]])).toBe(
      'Error: los dos rangos deben tener el mismo tamaño',
    );
    expect(run('NIT_VALIDO', 900206480, 'x')).toBe(
      'Error: "x" no es un dígito de verificación (0 a 9)',
    );
    expect(run('NIT_VALIDO', 'ACME')).toBe('Error: "ACME" no es un NIT');
  });
});

describe('FACTURA_NORMALIZAR', () => {
  it('normalises typed numbers, longest prefix first, and explains the rest', () => {
    const {run} = addon();
    expect(run('FACTURA_NORMALIZAR', 'fe-010555')).toBe('FE10555');
    expect(
      run('FACTURA_NORMALIZAR', [['FE 10555'], ['ncfe 0042'], ['']]),
    ).toEqual([['FE10555'], ['NCFE42'], ['']]);
    expect(run('FACTURA_NORMALIZAR', 'XX123')).toMatch(
      /^Error: "XX123" no empieza por un prefijo conocido/,
    );
    expect(run('FACTURA_NORMALIZAR', 'FE')).toBe(
      'Error: "FE" tiene el prefijo pero no el consecutivo',
    );
  });
});
