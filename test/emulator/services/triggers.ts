// ScriptApp: installable triggers with the editor add-on rules, AuthMode, OAuth token; the trigger
// table is kept by the world, which fires due triggers on the virtual clock.
import {
  ADDON_MIN_INTERVAL,
  TOO_MANY_ADDON_TRIGGERS,
  TOO_MANY_TRIGGERS,
} from './errors';
import type {Emulator} from '../core/emulator';
import {fromWallClock, wallClock} from '../core/time';
import {TRIGGER_MS} from './latency';
import {enumName, makeEnum} from '../spreadsheet/context';

/** Triggers per user per script (docs/platform.md quotas). */
export const MAX_TRIGGERS_PER_USER = 20;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type TriggerKind =
  'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface TriggerData {
  id: string;
  handler: string;
  kind: TriggerKind;
  user: string;
  /** The document the trigger belongs to (add-on triggers are per document). */
  documentId: string | null;
  /** Clock triggers: recurrence in ms (0 for one-time). */
  everyMs: number;
  atHour?: number;
  nearMinute?: number;
  weekDay?: number;
  monthDay?: number;
  /** Next due time (ms); null once a one-time trigger has fired. */
  nextAt: number | null;
}

export const AuthMode = makeEnum('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const EventType = makeEnum(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
);
export const TriggerSource = makeEnum(
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
);
const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

type T = GoogleAppsScript.Script.Trigger;
export type TriggerApi = Pick<T, 'getHandlerFunction' | 'getUniqueId'> & {
  getEventType(): unknown;
  getTriggerSource(): unknown;
  getTriggerSourceId(): string | null;
};

/** The trigger table (kept across executions) and whether the script is an editor add-on. */
export class TriggerTable {
  readonly triggers: TriggerData[] = [];
  private seq = 0;

  constructor(readonly addon = true) {}

  nextId(): string {
    return String(1_000_000 + ++this.seq);
  }

  /** When a clock trigger next fires at or after `from`. */
  static nextFire(t: TriggerData, from: number, timeZone: string): number {
    if (
      t.atHour === undefined &&
      t.weekDay === undefined &&
      t.monthDay === undefined
    )
      return from + t.everyMs;
    const w = wallClock(from, timeZone);
    const hour = t.atHour ?? 0;
    const minute = t.nearMinute ?? 0;
    for (let d = 0; d <= 62; d++) {
      const wall = Date.UTC(w.year, w.month - 1, w.day + d, hour, minute);
      const at = fromWallClock(wall, timeZone);
      if (at <= from) continue;
      const cand = wallClock(at, timeZone);
      if (t.weekDay !== undefined && cand.weekday !== t.weekDay) continue;
      if (t.monthDay !== undefined && cand.day !== t.monthDay) continue;
      return at;
    }
    return from + t.everyMs;
  }
}

class FakeTrigger implements TriggerApi {
  constructor(readonly data: TriggerData) {}

  getHandlerFunction(): string {
    return this.data.handler;
  }

  getUniqueId(): string {
    return this.data.id;
  }

  getEventType(): unknown {
    return EventType[this.data.kind];
  }

  getTriggerSource(): unknown {
    return this.data.kind === 'CLOCK'
      ? TriggerSource.CLOCK
      : TriggerSource.SPREADSHEETS;
  }

  getTriggerSourceId(): string | null {
    return this.data.kind === 'CLOCK' ? null : this.data.documentId;
  }
}

interface Context {
  emu: Emulator;
  table: TriggerTable;
  documentId: () => string | null;
}

function create(ctx: Context, draft: TriggerData): FakeTrigger {
  const {emu, table} = ctx;
  emu.call('ScriptApp', 'TriggerBuilder.create', 'write', {ms: TRIGGER_MS});
  const mine = table.triggers.filter(t => t.user === draft.user);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw emu.error(TOO_MANY_TRIGGERS);
  if (table.addon) {
    if (draft.kind === 'CLOCK' && draft.everyMs > 0 && draft.everyMs < HOUR)
      throw emu.error(ADDON_MIN_INTERVAL);
    const sameKind = mine.some(
      t => t.kind === draft.kind && t.documentId === draft.documentId,
    );
    if (sameKind)
      throw emu.error(
        draft.kind === 'CLOCK'
          ? TOO_MANY_ADDON_TRIGGERS
          : `This add-on has created too many ${draft.kind.toLowerCase().replace('_', '-')} triggers in this document for this Google user account`,
      );
  }
  if (draft.kind === 'CLOCK' && draft.nextAt === null)
    draft.nextAt = TriggerTable.nextFire(draft, emu.clock.now(), emu.timeZone);
  table.triggers.push(draft);
  return new FakeTrigger(draft);
}

/** The ClockTriggerBuilder: everyHours/everyDays/atHour/nearMinute/onWeekDay/onMonthDay/after/at. */
class ClockBuilder {
  constructor(
    private readonly ctx: Context,
    private readonly draft: TriggerData,
  ) {}

  everyMinutes(n: number): ClockBuilder {
    this.draft.everyMs = n * 60_000;
    return this;
  }

  everyHours(n: number): ClockBuilder {
    this.draft.everyMs = n * HOUR;
    return this;
  }

  everyDays(n: number): ClockBuilder {
    this.draft.everyMs = n * DAY;
    return this;
  }

  everyWeeks(n: number): ClockBuilder {
    this.draft.everyMs = n * 7 * DAY;
    return this;
  }

  atHour(hour: number): ClockBuilder {
    this.draft.atHour = hour;
    return this;
  }

  nearMinute(minute: number): ClockBuilder {
    this.draft.nearMinute = minute;
    return this;
  }

  onWeekDay(day: unknown): ClockBuilder {
    this.draft.weekDay = WEEKDAYS.indexOf(enumName(day));
    this.draft.everyMs ||= 7 * DAY;
    return this;
  }

  onMonthDay(day: number): ClockBuilder {
    this.draft.monthDay = day;
    this.draft.everyMs ||= 28 * DAY;
    return this;
  }

  after(durationMilliseconds: number): ClockBuilder {
    this.draft.everyMs = 0;
    this.draft.nextAt = this.ctx.emu.clock.now() + durationMilliseconds;
    return this;
  }

  at(date: Date): ClockBuilder {
    this.draft.everyMs = 0;
    this.draft.nextAt = date.getTime();
    return this;
  }

  inTimezone(_timezone: string): ClockBuilder {
    return this;
  }

  create(): FakeTrigger {
    if (this.draft.everyMs === 0 && this.draft.nextAt === null)
      throw this.ctx.emu.error(
        'A time-based trigger needs a recurrence or a time.',
      );
    return create(this.ctx, this.draft);
  }
}

class SpreadsheetBuilder {
  constructor(
    private readonly ctx: Context,
    private readonly draft: TriggerData,
  ) {}

  private kind(kind: TriggerKind): SpreadsheetBuilder {
    this.draft.kind = kind;
    return this;
  }

  onOpen(): SpreadsheetBuilder {
    return this.kind('ON_OPEN');
  }

  onEdit(): SpreadsheetBuilder {
    return this.kind('ON_EDIT');
  }

  onChange(): SpreadsheetBuilder {
    return this.kind('ON_CHANGE');
  }

  onFormSubmit(): SpreadsheetBuilder {
    return this.kind('ON_FORM_SUBMIT');
  }

  create(): FakeTrigger {
    return create(this.ctx, this.draft);
  }
}

/** The ScriptApp global. */
export function createScriptApp(ctx: Context) {
  const {emu, table} = ctx;
  const draft = (handler: string): TriggerData => ({
    id: table.nextId(),
    handler,
    kind: 'CLOCK',
    user: emu.user,
    documentId: ctx.documentId(),
    everyMs: 0,
    nextAt: null,
  });
  return {
    AuthMode,
    EventType,
    TriggerSource,
    WeekDay: makeEnum(...WEEKDAYS),
    newTrigger(functionName: string) {
      emu.call('ScriptApp', 'newTrigger', 'write', {ms: 0});
      return {
        timeBased: () => new ClockBuilder(ctx, draft(functionName)),
        forSpreadsheet: (key: unknown) => {
          const d = draft(functionName);
          d.documentId =
            typeof key === 'string' ? key : (key as {getId(): string}).getId();
          return new SpreadsheetBuilder(ctx, d);
        },
      };
    },
    getProjectTriggers(): TriggerApi[] {
      emu.call('ScriptApp', 'getProjectTriggers', 'read', {ms: TRIGGER_MS});
      return table.triggers
        .filter(t => t.user === emu.user)
        .map(t => new FakeTrigger(t));
    },
    getUserTriggers(document: {getId(): string}): TriggerApi[] {
      emu.call('ScriptApp', 'getUserTriggers', 'read', {ms: TRIGGER_MS});
      const id = document.getId();
      return table.triggers
        .filter(t => t.user === emu.user && t.documentId === id)
        .map(t => new FakeTrigger(t));
    },
    deleteTrigger(trigger: TriggerApi): void {
      emu.call('ScriptApp', 'deleteTrigger', 'write', {ms: TRIGGER_MS});
      const i = table.triggers.findIndex(t => t.id === trigger.getUniqueId());
      if (i >= 0) table.triggers.splice(i, 1);
    },
    getOAuthToken(): string {
      emu.call('ScriptApp', 'getOAuthToken', 'read', {ms: 0});
      return `ya29.emulated-token-for-${emu.user}`;
    },
    getScriptId(): string {
      return 'emulated-script-id';
    },
  };
}
