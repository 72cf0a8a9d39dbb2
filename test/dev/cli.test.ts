// `npm start` as a user runs it (node --import tsx dev/server.ts, one process): it starts with no flags beyond the port, and
// explains bad flags, missing files and a busy port on stderr with a non-zero exit code.
import {spawn} from 'node:child_process';
import {createServer, type Server} from 'node:net';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';

const ROOT = join(__dirname, '../..');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; stops it (by its own pid) once `until` appears on stdout. */
function runCli(args: string[], until?: RegExp): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'dev/server.ts', ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (until && until.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', code => resolve({code, stdout, stderr}));
  });
}

describe('npm start (dev/server.ts)', () => {
  it('starts on a free port and says where, then stops on SIGTERM', async () => {
    const out = await runCli(['--port', '0', '--no-open'], /listo en/);
    expect(out.stdout).toMatch(
      /Playground de Facturación: http:\/\/127\.0\.0\.1:\d+\//,
    );
    expect(out.stdout).toMatch(/Demo \(semilla 7\)/);
    expect(out.code).toBe(0);
  });

  it('explains bad flags on stderr and exits with 2 (and prints the usage with --help)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--port', 'abc'], /--port necesita un número de puerto/],
      [['--master', 'no-existe.xlsx'], /--master: no existe el archivo/],
      [['--drive', 'package.json'], /es un archivo; indique una carpeta/],
      [['--otra'], /Opción desconocida/],
    ];
    const [help, ...outs] = await Promise.all([
      runCli(['--help']),
      ...cases.map(([args]) => runCli(args)),
    ]);
    outs.forEach((out, i) => {
      expect({args: cases[i][0], code: out.code, stdout: out.stdout}).toEqual({
        args: cases[i][0],
        code: 2,
        stdout: '',
      });
      expect(out.stderr).toMatch(cases[i][1]);
    });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--master RUTA');
  });

  it('explains a busy port and exits with 1', async () => {
    const busy: Server = createServer();
    await new Promise<void>(resolve => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const out = await runCli(['--port', String(port), '--no-open']);
      expect(out.code).toBe(1);
      expect(out.stderr).toContain(`El puerto ${port} ya está en uso`);
    } finally {
      busy.close();
    }
  });
});
