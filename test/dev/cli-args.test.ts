// `npm start -- flags`: options, and Spanish explanations of bad input.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DEFAULT_PORT, DEFAULT_SEED, parseArgs} from '../../dev/cli-args';

describe('parseArgs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fk-cli-'));
  writeFileSync(join(dir, 'Master.xlsx'), 'x');
  writeFileSync(join(dir, 'Master.csv'), 'x');

  it('has defaults that need no flags', () => {
    expect(parseArgs([])).toEqual({
      ok: true,
      options: {
        port: DEFAULT_PORT,
        open: true,
        seed: DEFAULT_SEED,
        master: null,
        drive: null,
        help: false,
      },
    });
  });

  it('reads every flag, with a space or "="', () => {
    const r = parseArgs(
      [
        '--port',
        '0',
        '--no-open',
        '--seed=42',
        '--master',
        'Master.xlsx',
        '--drive',
        '.',
      ],
      dir,
    );
    expect(r).toEqual({
      ok: true,
      options: {
        port: 0,
        open: false,
        seed: 42,
        master: join(dir, 'Master.xlsx'),
        drive: dir,
        help: false,
      },
    });
  });

  it.each([
    [
      ['--port', 'abc'],
      /--port necesita un número de puerto entre 0 y 65535; recibió "abc"/,
    ],
    [['--port', '70000'], /--port necesita/],
    [['--port'], /recibió nada/],
    [['--seed', '-1'], /--seed necesita un entero/],
    [['--master', 'nope.xlsx'], /--master: no existe el archivo/],
    [['--master', 'Master.csv'], /no es un \.xlsx/],
    [['--master', '.'], /es una carpeta/],
    [['--drive', 'Master.xlsx'], /es un archivo; indique una carpeta/],
    [['--drive', 'missing'], /no existe la carpeta/],
    [['--verbose'], /Opción desconocida: "--verbose"/],
  ])('explains %j', (argv, message) => {
    const r = parseArgs(argv, dir);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message).toContain('Uso: npm start');
    }
  });
});
