// Pins CPU charging: the bundle's own CPU (service time excluded) goes on the virtual clock times
// the V8 factor (an assumption, test/emulator/README.md), kept apart from service time in the log,
// and counts against the 6-minute / 30-second limits. CPU figures are bounds, never exact.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CACHE_GET_MS} from '../services/latency';
import {loadAddon} from '../load-addon';
import {createWorld} from '../world';
import {CpuMeter, DEFAULT_CPU_FACTOR} from './cpu';

/** A tiny bundle: spins the CPU, reads the cache, spins again; and a custom function that spins. */
const BUNDLE = `
function spin(n) { var x = 0; for (var i = 0; i < n; i++) x = (x * 31 + i) % 1000003; return x; }
function work(n) { spin(n); CacheService.getUserCache().get('k'); spin(n); return Date.now(); }
function slowService() { Slow.work(); return 1; }
function SPIN(n) { return spin(n); }
`;

function bundlePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpu-'));
  const path = join(dir, 'Code.js');
  writeFileSync(path, BUNDLE);
  return path;
}

describe('CpuMeter (scripted CPU readings)', () => {
  test('counts bundle time between service calls, not inside them, times the factor', () => {
    const readings = [0, 10, 15, 20];
    const meter = new CpuMeter({factor: 3, now: () => readings.shift()!});
    meter.begin(); // 0
    meter.enter(); // 10: 10 ms of bundle work
    meter.exit(); // 15: 5 ms inside the service, not counted
    expect(meter.take()).toEqual({nodeMs: 15, ms: 45}); // 20: 5 more ms of bundle work
  });

  test('keeps fractions of a modeled ms for the next charge', () => {
    const readings = [0, 0.2, 0.4];
    const meter = new CpuMeter({factor: 3, now: () => readings.shift()!});
    meter.begin();
    expect(meter.take().ms).toBe(0); // 0.6 modeled ms carried
    expect(meter.take().ms).toBe(1); // 0.6 + 0.6
  });

  test('the default factor is the documented assumption (3 x Node)', () => {
    expect(DEFAULT_CPU_FACTOR).toBe(3);
  });
});

describe('CPU charging through a loaded bundle (process.cpuUsage)', () => {
  const path = bundlePath();

  test('off by default: modeled time is the service calls exactly', () => {
    const world = createWorld({cpu: false});
    const addon = world.loadAddon(path);
    const t0 = world.emulator.clock.now();
    const mark = world.emulator.log.mark();
    addon.run('work', [200_000]);
    const s = world.emulator.log.summary(mark);
    expect(s.ms).toBe(CACHE_GET_MS);
    expect(s.cpuMs).toBe(0);
    expect(world.emulator.clock.now() - t0).toBe(CACHE_GET_MS);
  });

  test('on: service part exact, CPU part positive and on the clock, logged apart', () => {
    const world = createWorld({cpu: true});
    const addon = world.loadAddon(path);
    const t0 = world.emulator.clock.now();
    const mark = world.emulator.log.mark();
    const seenByBundle = addon.run<number>('work', [2_000_000]);
    const s = world.emulator.log.summary(mark);
    expect(s.ms).toBe(CACHE_GET_MS);
    expect(s.calls).toBe(2); // getUserCache + get: CPU adds no call records
    expect(s.cpuMs).toBeGreaterThan(0);
    expect(world.emulator.clock.now() - t0).toBe(s.ms + s.cpuMs);
    // The bundle's Date already includes the CPU it spent before reading it.
    expect(seenByBundle - t0).toBeGreaterThan(CACHE_GET_MS);
    const cpu = world.emulator.log.cpuSince(mark);
    expect(cpu.length).toBeGreaterThan(0);
    expect(cpu.every(c => c.ms >= 0 && c.nodeMs >= 0)).toBe(true);
  });

  test('time inside a service is not the bundle CPU', () => {
    const spinFor = (ms: number) => {
      const cpu = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
      const end = cpu() + ms;
      while (cpu() < end);
    };
    const world = createWorld({cpu: {factor: 1}});
    // A service whose emulation burns 300 ms of Node CPU: none of it may be charged as CPU.
    const Slow = {
      work() {
        world.emulator.call('Session', 'slow', 'read', {ms: 7});
        spinFor(300);
      },
    };
    const addon = loadAddon(path, world.emulator, {...world.globals(), Slow});
    const mark = world.emulator.log.mark();
    addon.run('slowService');
    const s = world.emulator.log.summary(mark);
    expect(s.ms).toBe(7);
    expect(s.cpuMs).toBeLessThan(100);
  });

  test('a custom function whose CPU passes 30 s is killed like the platform does', () => {
    // 10,000x: loading the tiny bundle (well under a millisecond of CPU, even on a busy machine) stays
    // far inside its 6 minutes, while the spin (tens of ms) passes 30 s many times over.
    const world = createWorld({cpu: {factor: 10_000}});
    const addon = world.loadAddon(path);
    expect(() =>
      addon.run('SPIN', [20_000_000], {mode: 'CUSTOM_FUNCTION'}),
    ).toThrow('Internal error executing the custom function.');
    // The same work with charging off passes.
    const off = createWorld({cpu: false}).loadAddon(path);
    expect(off.run('SPIN', [20_000_000], {mode: 'CUSTOM_FUNCTION'})).toEqual(
      expect.any(Number),
    );
  });
});
