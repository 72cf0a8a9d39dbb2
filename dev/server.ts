// `npm start`: parses the flags, starts the playground and prints where it is; errors go to stderr
// in Spanish with exit code 2 (bad flags) or 1 (the files or the port could not be used).
import {parseArgs, USAGE} from './cli-args';
import {errorMessage} from './json-values';

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const {options} = parsed;
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const started = Date.now();
  try {
    // Loaded only now, so that --help and bad flags answer at once.
    const {startPlayground} = await import('./playground');
    const playground = await startPlayground({
      port: options.port,
      seed: options.seed,
      open: options.open,
      master: options.master,
      drive: options.drive,
    });
    // Listening for the stop signals before saying it is ready: a SIGTERM sent on reading that
    // line would otherwise meet the default action and kill the process before close().
    const stop = () => {
      void playground.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const ui = playground.session.world;
    process.stdout.write(
      `Playground de Facturación: ${playground.url}\n` +
        `  ${ui.description}\n` +
        `  listo en ${((Date.now() - started) / 1000).toFixed(1)} s · Ctrl+C para salir\n`,
    );
    return -1;
  } catch (e) {
    process.stderr.write(`${explain(e, options.port)}\n`);
    return 1;
  }
}

/** A Spanish explanation of why the playground could not start. */
function explain(e: unknown, port: number): string {
  const code = (e as {code?: string}).code;
  if (code === 'EADDRINUSE') {
    return `El puerto ${port} ya está en uso. Use otro: npm start -- --port ${port + 1} (o --port 0 para uno libre).`;
  }
  if (code === 'EACCES') {
    return `No hay permiso para usar el puerto ${port}. Use uno mayor que 1024: npm start -- --port 8080.`;
  }
  return `No se pudo iniciar el playground: ${errorMessage(e)}`;
}

void main().then(code => {
  if (code >= 0) process.exit(code);
});
