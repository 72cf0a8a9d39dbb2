// The google.script.run shim the playground injects into the sidebar: chaining, handlers, user
// objects, argument checks and the platform's limit of 10 calls in flight.
import {
  createScriptRun,
  MAX_IN_FLIGHT,
  Slots,
} from '../../dev/page/script-run-shim';

type Runner = Record<string, (...a: unknown[]) => Runner>;

function flush(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 5));
}

describe('google.script.run shim', () => {
  it('calls the server and gives the result and the user object to the success handler', async () => {
    const posts: unknown[] = [];
    const run = createScriptRun(['getAbout'], async (path, body) => {
      posts.push([path, JSON.parse(body)]);
      return {ok: true, result: {version: '1'}};
    }) as unknown as Runner;
    const seen: unknown[] = [];
    run
      .withSuccessHandler((v: unknown, u: unknown) => seen.push(['ok', v, u]))
      .withUserObject({row: 3})
      .getAbout('x', [1]);
    expect(seen).toEqual([]); // handlers are asynchronous
    await flush();
    expect(posts).toEqual([
      ['/api/run', {function: 'getAbout', args: ['x', [1]]}],
    ]);
    expect(seen).toEqual([['ok', {version: '1'}, {row: 3}]]);
  });

  it('gives server errors to the failure handler as Error objects', async () => {
    const run = createScriptRun(['f'], async () => ({
      ok: false,
      error: {message: 'No hay Master'},
    })) as unknown as Runner;
    const seen: unknown[] = [];
    run
      .withFailureHandler((e: unknown, u: unknown) =>
        seen.push([(e as Error).message, u]),
      )
      .withUserObject('u')
      .f();
    await flush();
    expect(seen).toEqual([['No hay Master', 'u']]);
  });

  it('keeps each runner independent (chaining returns a new runner)', async () => {
    const run = createScriptRun(['f'], async () => ({
      ok: true,
      result: 1,
    })) as unknown as Runner;
    const seen: string[] = [];
    const a = run.withSuccessHandler(() => seen.push('a'));
    const b = a.withSuccessHandler(() => seen.push('b'));
    a.f();
    b.f();
    run.f();
    await flush();
    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('refuses Dates and functions as arguments without calling the server', async () => {
    let posted = 0;
    const run = createScriptRun(['f'], async () => {
      posted++;
      return {ok: true, result: null};
    }) as unknown as Runner;
    const seen: string[] = [];
    run
      .withFailureHandler((e: unknown) => seen.push((e as Error).message))
      .f({when: new Date()});
    await flush();
    expect(posted).toBe(0);
    expect(seen[0]).toMatch(/argumento 1.when es un Date/);
  });

  it('reports an unreachable server with the platform message', async () => {
    const run = createScriptRun(['f'], async () => {
      throw new TypeError('fetch failed');
    }) as unknown as Runner;
    const seen: string[] = [];
    run.withFailureHandler((e: unknown) => seen.push((e as Error).message)).f();
    await flush();
    expect(seen).toEqual(['NetworkError: Connection failure due to HTTP 0']);
  });

  it('keeps at most 10 calls in flight; the 11th waits for a free slot', async () => {
    const slots = new Slots();
    const pending: Array<() => void> = [];
    let maxSeen = 0;
    const run = createScriptRun(
      ['f'],
      () =>
        new Promise(resolve => {
          maxSeen = Math.max(maxSeen, slots.active);
          pending.push(() => resolve({ok: true, result: null}));
        }),
      () => undefined,
      slots,
    ) as unknown as Runner;
    let done = 0;
    for (let i = 0; i < 25; i++) run.withSuccessHandler(() => done++).f();
    await flush();
    expect(pending.length).toBe(MAX_IN_FLIGHT);
    expect(slots.queued).toBe(15);
    pending.shift()!();
    await flush();
    expect(pending.length).toBe(MAX_IN_FLIGHT);
    expect(done).toBe(1);
    while (pending.length) {
      pending.shift()!();
      await flush();
    }
    expect(done).toBe(25);
    expect(maxSeen).toBe(MAX_IN_FLIGHT);
    expect(slots.active).toBe(0);
  });

  it('offers only the functions it was given', () => {
    const run = createScriptRun(['getAbout'], async () => ({
      ok: true,
      result: null,
    }));
    expect(typeof run.getAbout).toBe('function');
    expect(run.helper_).toBeUndefined();
  });
});
