// Parses `npm start -- [flags]` into playground options, or a Spanish explanation of what is wrong.
import {existsSync, statSync} from 'node:fs';
import {extname, resolve} from 'node:path';

/** What the command line asked for. */
export interface CliOptions {
  port: number;
  open: boolean;
  seed: number;
  /** Absolute path of an .xlsx Master to load instead of the demo. */
  master: string | null;
  /** Absolute path of a local folder of PDFs to mirror into the emulated Drive. */
  drive: string | null;
  help: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_SEED = 7;

/** The text of `npm start -- --help`. */
export const USAGE = `Uso: npm start -- [opciones]

  --port N         puerto en 127.0.0.1 (por defecto ${DEFAULT_PORT}; 0 = uno libre)
  --no-open        no abrir el navegador
  --seed N         semilla de los datos de demostración (por defecto ${DEFAULT_SEED})
  --master RUTA    cargar un Master .xlsx propio en lugar del de demostración
  --drive CARPETA  reflejar una carpeta local de PDF en el Drive emulado
  --help           esta ayuda
`;

/** The parse result: options, or a message for stderr (exit code 2). */
export type ParsedArgs =
  {ok: true; options: CliOptions} | {ok: false; message: string};

/** Parses argv (without node and the script). Checks that the files and folders named exist. */
export function parseArgs(
  argv: readonly string[],
  cwd = process.cwd(),
): ParsedArgs {
  const options: CliOptions = {
    port: DEFAULT_PORT,
    open: true,
    seed: DEFAULT_SEED,
    master: null,
    drive: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : null;
    const value = (): string | null => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--no-open':
        options.open = false;
        break;
      case '--port': {
        const v = value();
        const port = integer(v);
        if (port === null || port < 0 || port > 65535) {
          return fail(
            `--port necesita un número de puerto entre 0 y 65535; recibió ${show(v)}.`,
          );
        }
        options.port = port;
        break;
      }
      case '--seed': {
        const v = value();
        const seed = integer(v);
        if (seed === null || seed < 0 || seed > 2 ** 31 - 1) {
          return fail(
            `--seed necesita un entero entre 0 y 2147483647; recibió ${show(v)}.`,
          );
        }
        options.seed = seed;
        break;
      }
      case '--master': {
        const v = value();
        if (v === null)
          return fail('--master necesita la ruta de un archivo .xlsx.');
        const path = resolve(cwd, v);
        if (!existsSync(path)) {
          return fail(`--master: no existe el archivo "${path}".`);
        }
        if (!statSync(path).isFile()) {
          return fail(
            `--master: "${path}" es una carpeta; indique un archivo .xlsx.`,
          );
        }
        if (extname(path).toLowerCase() !== '.xlsx') {
          return fail(
            `--master: "${path}" no es un .xlsx. Guarde el Master como libro de Excel (.xlsx) o descárguelo de Google Sheets como .xlsx.`,
          );
        }
        options.master = path;
        break;
      }
      case '--drive': {
        const v = value();
        if (v === null) return fail('--drive necesita la ruta de una carpeta.');
        const path = resolve(cwd, v);
        if (!existsSync(path)) {
          return fail(`--drive: no existe la carpeta "${path}".`);
        }
        if (!statSync(path).isDirectory()) {
          return fail(
            `--drive: "${path}" es un archivo; indique una carpeta con los PDF.`,
          );
        }
        options.drive = path;
        break;
      }
      default:
        return fail(`Opción desconocida: ${show(raw)}.`);
    }
  }
  return {ok: true, options};
}

function integer(v: string | null): number | null {
  if (v === null || !/^\d+$/.test(v)) return null;
  return Number(v);
}

function show(v: string | null): string {
  return v === null ? 'nada' : `"${v}"`;
}

function fail(message: string): ParsedArgs {
  return {ok: false, message: `${message}\n\n${USAGE}`};
}
