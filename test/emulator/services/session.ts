// Session, Logger and console: the user, the script's time zone, and captured logs.
import type {Emulator} from '../core/emulator';

/** The Session global: active/effective user (the emulator's user) and script time zone. */
export function createSession(emu: Emulator) {
  const user = () => ({getEmail: () => emu.user});
  return {
    getActiveUser() {
      emu.call('Session', 'getActiveUser', 'read', {ms: 0});
      return user();
    },
    getEffectiveUser() {
      emu.call('Session', 'getEffectiveUser', 'read', {ms: 0});
      return user();
    },
    getScriptTimeZone(): string {
      emu.call('Session', 'getScriptTimeZone', 'read', {ms: 0});
      return emu.timeZone;
    },
    getActiveUserLocale(): string {
      emu.call('Session', 'getActiveUserLocale', 'read', {ms: 0});
      return 'es';
    },
    getTemporaryActiveUserKey(): string {
      emu.call('Session', 'getTemporaryActiveUserKey', 'read', {ms: 0});
      return Buffer.from(emu.user).toString('base64');
    },
  };
}

/** One captured log line. */
export interface LogLine {
  at: number;
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

function render(args: unknown[]): string {
  return args
    .map(a =>
      typeof a === 'string'
        ? a
        : a instanceof Error
          ? String(a)
          : JSON.stringify(a),
    )
    .join(' ');
}

/** Logger and console for the add-on, writing to `lines` instead of the test's stdout. */
export function createLogging(emu: Emulator, lines: LogLine[]) {
  const push = (level: LogLine['level'], message: string) =>
    lines.push({at: emu.clock.now(), level, message});
  const Logger = {
    log(format: unknown, ...values: unknown[]) {
      const message =
        typeof format === 'string' && values.length
          ? format.replace(/%s/g, () => String(values.shift()))
          : render([format, ...values]);
      push('log', message);
      return Logger;
    },
    getLog: () => lines.map(l => l.message).join('\n'),
    clear() {
      lines.length = 0;
    },
  };
  const console = {
    log: (...a: unknown[]) => push('log', render(a)),
    info: (...a: unknown[]) => push('info', render(a)),
    warn: (...a: unknown[]) => push('warn', render(a)),
    error: (...a: unknown[]) => push('error', render(a)),
    time: () => undefined,
    timeEnd: () => undefined,
  };
  return {Logger, console};
}
