// Session, Logger and console: the user, the script's time zone, and captured logs.
import type {Emulator} from '../core/emulator';

/**
 * Whether this execution may know who runs it. LIMITED (a simple onOpen/onEdit) sees the locale
 * only: reference/base/session, getActiveUser(): "the user's email address is not available in any
 * context that allows a script to run without that user's authorization, like a simple onOpen(e)
 * or onEdit(e) trigger"; the editor-auth-lifecycle page gives LIMITED no user data beyond the
 * locale. The effective user and the temporary key are blank there too (ASSUMPTION, stricter).
 */
function knowsUser(emu: Emulator): boolean {
  return emu.execution?.mode !== 'LIMITED';
}

/**
 * The Session global: active/effective user (the emulator's user) and script time zone. In a
 * time-driven trigger's execution the active user's e-mail is '' and the effective user is the
 * trigger's owner (reference/base/session: getActiveUser "returns a blank string" where "security
 * policies do not allow access to the user's identity"; getEffectiveUser: "If the script is
 * running under an installable trigger, this is the account of the user who created the
 * trigger"). Google says the e-mail is "generally" there for the same domain: the blank is the
 * stricter reading (ASSUMPTION, test/emulator/README.md).
 */
export function createSession(emu: Emulator) {
  const user = () => {
    const email = knowsUser(emu) ? emu.user : '';
    return {getEmail: () => email};
  };
  return {
    getActiveUser() {
      emu.call('Session', 'getActiveUser', 'read', {ms: 0});
      if (emu.execution?.origin === 'trigger') return {getEmail: () => ''};
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
      return knowsUser(emu) ? Buffer.from(emu.user).toString('base64') : '';
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
