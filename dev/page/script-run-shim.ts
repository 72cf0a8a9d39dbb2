// google.script.run and google.script.host for the sidebar inside the playground: each call is a
// POST /api/run to the server, which runs build/Code.js in the emulator. Injected into Sidebar.html.

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunnerConfig {
  success: Handler | null;
  failure: Handler | null;
  userObject: unknown;
}

/** The platform runs at most 10 google.script.run calls at a time; the 11th waits (docs/platform.md). */
export const MAX_IN_FLIGHT = 10;

/** A JSON POST; the default is fetch, tests pass their own. */
export type Post = (path: string, body: string) => Promise<unknown>;

/** Limits concurrency to MAX_IN_FLIGHT: run() resolves when a slot is free. */
export class Slots {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  get active(): number {
    return this.inFlight;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.inFlight >= MAX_IN_FLIGHT) {
      await new Promise<void>(resolve => this.waiting.push(resolve));
    } else {
      this.inFlight++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiting call, else it is freed.
      if (next) next();
      else this.inFlight--;
    }
  }
}

/** Why an argument cannot cross google.script.run (a Date, a function...), or null. */
export function illegalArgument(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (t === 'function') return `${path} es una función`;
  if (t !== 'object') return `${path} es de tipo ${t}`;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return `${path} es un Date (envíe texto ISO)`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = illegalArgument(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    return `${path} no es un objeto simple`;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const bad = illegalArgument(v, `${path}.${k}`);
    if (bad) return bad;
  }
  return null;
}

/**
 * Builds google.script.run: with*Handler / withUserObject return a new runner (chainable, each
 * keeps its own handlers, as on the platform); calling a function name sends it to the server.
 * `notify` is called after each call completes (the page refreshes its grid and call panel).
 */
export function createScriptRun(
  functions: readonly string[],
  post: Post,
  notify: (name: string) => void = () => undefined,
  slots = new Slots(),
): Record<string, unknown> {
  const invoke = (name: string, args: unknown[], config: RunnerConfig) => {
    const deliver = (
      handler: Handler | null,
      value: unknown,
      fallback: () => void,
    ) => {
      // Handlers run asynchronously, never inside the call.
      setTimeout(() => {
        if (handler) handler(value, config.userObject);
        else fallback();
      }, 0);
    };
    for (let i = 0; i < args.length; i++) {
      const bad = illegalArgument(args[i], `argumento ${i + 1}`);
      if (bad) {
        const error = new Error(`Parámetro no válido para ${name}: ${bad}.`);
        deliver(config.failure, error, () => console.error(error));
        return;
      }
    }
    const body = JSON.stringify({function: name, args});
    void slots
      .run(() => post('/api/run', body))
      .then(
        answer => {
          const a = answer as {
            ok?: boolean;
            result?: unknown;
            error?: {message?: string};
          };
          if (a && a.ok === true) {
            deliver(config.success, a.result ?? null, () => undefined);
          } else {
            const error = new Error(
              a?.error?.message ?? `Error desconocido en ${name}`,
            );
            deliver(config.failure, error, () => console.error(error));
          }
        },
        () => {
          // The platform's text when the server cannot be reached.
          const error = new Error(
            'NetworkError: Connection failure due to HTTP 0',
          );
          deliver(config.failure, error, () => console.error(error));
        },
      )
      .finally(() => notify(name));
  };

  const runner = (config: RunnerConfig): Record<string, unknown> => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (fn: Handler) => runner({...config, success: fn}),
      withFailureHandler: (fn: Handler) => runner({...config, failure: fn}),
      withUserObject: (obj: unknown) => runner({...config, userObject: obj}),
    };
    for (const name of functions) {
      r[name] = (...args: unknown[]) => {
        invoke(name, args, config);
      };
    }
    return r;
  };

  return runner({success: null, failure: null, userObject: undefined});
}

/** Installs window.google.script in the sidebar's frame (runs when the shim is injected). */
function install(): void {
  if (typeof document === 'undefined') return;
  const listTag = document.getElementById('playground-functions');
  const functions = listTag
    ? (JSON.parse(listTag.textContent ?? '[]') as string[])
    : [];
  const post: Post = async (path, body) => {
    // The account chosen in the page's user switcher (same origin, same storage).
    const user = localStorage.getItem('facturacion.playground.user');
    const res = await fetch(path, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: user
        ? JSON.stringify({...(JSON.parse(body) as object), user})
        : body,
    });
    return res.json();
  };
  const tellPage = (message: Record<string, unknown>) => {
    if (window.parent !== window)
      window.parent.postMessage(message, location.origin);
  };
  // Links to Sheets and Drive (a report tab, a ZIP, an export) open in the playground's page, not
  // on Google (which this machine cannot reach): the page decides what each one shows.
  document.addEventListener(
    'click',
    e => {
      const a = (e.target as Element | null)?.closest?.('a[href]');
      const href = a?.getAttribute('href') ?? '';
      if (!/^https:\/\/(docs|drive)\.google\.com\//.test(href)) return;
      e.preventDefault();
      tellPage({type: 'playground:link', href});
    },
    true,
  );
  const w = window as unknown as {google?: {script?: Record<string, unknown>}};
  w.google = w.google ?? {};
  w.google.script = {
    run: createScriptRun(functions, post, name =>
      tellPage({type: 'playground:ran', name}),
    ),
    host: {
      origin: location.origin,
      close: () => tellPage({type: 'playground:close'}),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: {focus: () => tellPage({type: 'playground:focus'})},
    },
  };
}

install();
