// One user's session in the playground: runs the bundle one execution at a time and records what
// each action cost (service calls by method, modeled seconds of calls and of CPU) for the page's call panel.
import {boundRect, cellName, parseA1, rectName, type BoundedRect} from './a1';
import {evaluateCell, type CellEntry} from './cell-formulas';
import {
  errorMessage,
  gridToJson,
  NotTransportable,
  toTransportable,
  type CellJson,
  type Json,
} from './json-values';
import type {
  ChartInfo,
  PlaygroundWorld,
  SheetInfo,
  TriggerOutcome,
} from './world-port';

/** Modes a caller of POST /api/run may ask for (docs/architecture.md, "The playground"). */
export type RunMode = 'FULL' | 'CUSTOM_FUNCTION';

/** The body of a POST /api/run answer. */
export type RunAnswer =
  {ok: true; result: Json} | {ok: false; error: {message: string}};

/** What one user action cost. */
export interface ActionRecord {
  id: number;
  kind: 'run' | 'cell' | 'triggers' | 'open';
  /** What was run: a function name, a formula, or "activadores". */
  label: string;
  ok: boolean;
  error?: string;
  /** Call-log marks before and after the action (GET /api/calls?since=<from>). */
  from: number;
  to: number;
  calls: number;
  /** Modeled seconds of the service calls. */
  seconds: number;
  /** Modeled seconds of the add-on's own CPU (apart from the service calls). */
  cpuSeconds: number;
  cells: number;
  files: number;
  byMethod: Record<string, number>;
}

/** GET /api/calls: totals since a mark, plus the actions that started at or after it. */
export interface CallsReport {
  since: number;
  mark: number;
  calls: number;
  seconds: number;
  cpuSeconds: number;
  cells: number;
  files: number;
  bytes: number;
  byMethod: Record<string, number>;
  actions: ActionRecord[];
}

/** Most cells one GET /api/sheets/<name> may return (a 100,000-row grid fetches it in blocks). */
export const MAX_CELLS_PER_READ = 250_000;

/** An action's label, naming the account when it is not the default. */
function labelFor(label: string, user: string | undefined): string {
  return user === undefined ? label : `${label} [${user}]`;
}

/** An error the HTTP layer turns into a 4xx answer with this (Spanish) message. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Drives one world: every execution goes through run(), one at a time, like one user. */
export class PlaygroundSession {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly actions: ActionRecord[] = [];
  private readonly cells = new Map<string, CellEntry>();

  constructor(readonly world: PlaygroundWorld) {}

  /** Runs tasks strictly one after another (the emulator runs one execution at a time). */
  private serial<T>(task: () => T): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Records the cost of what fn does between two call-log marks. */
  private record<T extends {ok: boolean; error?: string}>(
    kind: ActionRecord['kind'],
    label: string,
    fn: () => T,
  ): T {
    const from = this.world.emulator.log.mark();
    const outcome = fn();
    this.note(kind, label, from, outcome.ok, outcome.error);
    return outcome;
  }

  /** Appends an action costed from call-log mark `from` to now. */
  private note(
    kind: ActionRecord['kind'],
    label: string,
    from: number,
    ok: boolean,
    error?: string,
  ): void {
    const log = this.world.emulator.log;
    const s = log.summary(from);
    this.actions.push({
      id: this.actions.length + 1,
      kind,
      label,
      ok,
      ...(error ? {error} : {}),
      from,
      to: log.mark(),
      calls: s.calls,
      seconds: s.ms / 1000,
      cpuSeconds: s.cpuMs / 1000,
      cells: s.cells,
      files: s.files,
      byMethod: s.byMethod,
    });
  }

  /**
   * The demo account a request names ("user"), checked; undefined = the default (the owner).
   * Throws a 400 naming the accounts when it is not one of them.
   */
  account(user: unknown): string | undefined {
    if (user === undefined || user === null) return undefined;
    const known = this.world.accounts.map(a => a.email);
    if (typeof user === 'string' && known.includes(user)) return user;
    throw new RequestError(
      400,
      `"user" debe ser una de las cuentas de demostración: ${known.join(', ')}.`,
    );
  }

  /** Runs fn as the account (the default user when none). */
  private as<T>(user: string | undefined, fn: () => T): T {
    return user === undefined ? fn() : this.world.asUser(user, fn);
  }

  /** Notes the cost of what ran before the server answered (loading the bundle, onOpen, demo set-up). */
  recordStartup(label: string, from: number): void {
    this.note('open', label, from, true);
  }

  /**
   * POST /api/run: calls a global of the bundle as google.script.run would (FULL) or as a custom
   * function (CUSTOM_FUNCTION). Private names (ending in "_") are not callable, as on the platform.
   */
  run(
    name: string,
    args: unknown[],
    mode: RunMode = 'FULL',
    user?: string,
  ): Promise<RunAnswer> {
    return this.serial(() =>
      this.record(
        'run',
        labelFor(mode === 'FULL' ? name : `${name} (${mode})`, user),
        () => {
          const answer = this.as(user, () => this.runNow(name, args, mode));
          return {
            answer,
            ok: answer.ok,
            error: answer.ok ? undefined : answer.error.message,
          };
        },
      ),
    ).then(r => r.answer);
  }

  private runNow(name: string, args: unknown[], mode: RunMode): RunAnswer {
    const {addon} = this.world;
    if (name.endsWith('_') || !addon.globalFunctions().includes(name)) {
      return {
        ok: false,
        error: {message: `Script function not found: ${name}`},
      };
    }
    let value: unknown;
    try {
      value = addon.run(
        name,
        args.map(a => this.world.intoRealm(a)),
        {mode},
      );
    } catch (e) {
      return {ok: false, error: {message: errorMessage(e)}};
    }
    if (mode === 'CUSTOM_FUNCTION') {
      // Sheets shows a custom function's Dates as dates; on the wire they are ISO strings.
      const shaped = Array.isArray(value)
        ? gridToJson(value.map(r => (Array.isArray(r) ? r : [r])))
        : gridToJson([[value]])[0][0];
      return {ok: true, result: shaped};
    }
    try {
      return {ok: true, result: toTransportable(value)};
    } catch (e) {
      if (e instanceof NotTransportable) {
        return {
          ok: false,
          error: {
            message: `${name} devolvió un valor que google.script.run no puede enviar: ${e.message}. En Google el manejador de éxito recibiría null; devuelva texto ISO para las fechas.`,
          },
        };
      }
      throw e;
    }
  }

  /** POST /api/cells: the user types a value or a formula into a cell of the active spreadsheet. */
  enterCell(
    sheet: string,
    cell: string,
    input: string,
    user?: string,
  ): Promise<CellAnswer> {
    return this.serial(() =>
      this.record('cell', labelFor(`${sheet}!${cell} ${input}`, user), () => {
        const answer = this.as(user, () =>
          this.enterCellNow(sheet, cell, input),
        );
        return {
          answer,
          ok: answer.ok,
          error: answer.ok ? undefined : answer.error.message,
        };
      }),
    ).then(r => r.answer);
  }

  private enterCellNow(sheet: string, cell: string, input: string): CellAnswer {
    const info = this.sheetInfo(sheet);
    const rect = parseA1(cell);
    if (!rect || rect.lastRow !== rect.row || rect.lastColumn !== rect.column) {
      throw new RequestError(
        400,
        `"${cell}" no es una celda (por ejemplo B2).`,
      );
    }
    const key = `${info.name}!${cellName(rect.row, rect.column)}`;
    const previous = this.cells.get(key);
    const entry = evaluateCell(
      this.world,
      info.name,
      rect.row,
      rect.column,
      input,
      previous,
    );
    if (entry.formula) this.cells.set(key, entry);
    else this.cells.delete(key);
    return entry.error
      ? {
          ok: false,
          error: {message: entry.error},
          values: gridToJson(entry.values),
        }
      : {ok: true, values: gridToJson(entry.values)};
  }

  /** The formula typed into a cell, if any (the formula bar shows it). */
  formulaAt(sheet: string, cell: string): string | null {
    return this.cells.get(`${sheet}!${cell.toUpperCase()}`)?.formula ?? null;
  }

  /** POST /api/triggers/fire: every installed time-driven trigger, once. */
  fireTriggers(user?: string): Promise<TriggerOutcome[]> {
    return this.serial(() =>
      this.record('triggers', labelFor('activadores', user), () => {
        const outcomes = this.world.fireTimeTriggers(user);
        const failed = outcomes.filter(o => !o.ok);
        return {
          outcomes,
          ok: failed.length === 0,
          error: failed.length
            ? failed.map(f => `${f.handler}: ${f.error ?? ''}`).join('; ')
            : undefined,
        };
      }),
    ).then(r => r.outcomes);
  }

  /** GET /api/calls. */
  calls(since = 0): CallsReport {
    const log = this.world.emulator.log;
    const s = log.summary(since);
    return {
      since,
      mark: log.mark(),
      calls: s.calls,
      seconds: s.ms / 1000,
      cpuSeconds: s.cpuMs / 1000,
      cells: s.cells,
      files: s.files,
      bytes: s.bytes,
      byMethod: s.byMethod,
      actions: this.actions.filter(a => a.from >= since),
    };
  }

  /** POST /api/workbook: opens the Master or the companion workbook in the page. */
  openWorkbook(id: unknown): Promise<{ok: true; spreadsheet: string}> {
    const known = this.world.workbook.workbooks();
    if (typeof id !== 'string' || !known.some(w => w.id === id)) {
      throw new RequestError(
        400,
        `Se esperaba {"id"} de uno de los libros: ${known.map(w => `«${w.name}» (${w.id})`).join(', ')}.`,
      );
    }
    return this.serial(() => {
      this.world.workbook.open(id);
      return {ok: true as const, spreadsheet: this.world.workbook.name()};
    });
  }

  /** GET /api/sheets. */
  sheets(): {spreadsheet: string; sheets: SheetInfo[]} {
    return {
      spreadsheet: this.world.workbook.name(),
      sheets: this.world.workbook.sheets(),
    };
  }

  /** GET /api/sheets/<name>?range=A1:Z50 (the tab's data range when no range is given). */
  /** The user selects a range in the grid; the add-on's getActiveRange() gives it from now on. */
  select(sheet: string, range: string): Promise<{ok: true; range: string}> {
    const info = this.sheetInfo(sheet);
    const rect = parseA1(range);
    const bounded =
      rect && boundRect(rect, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (!bounded || rect.lastRow === null || rect.lastColumn === null) {
      throw new RequestError(
        400,
        `"${range}" no es un rango A1 de celdas (por ejemplo B2 o B2:D9).`,
      );
    }
    const a1 = rectName(bounded);
    return this.serial(() => {
      this.world.workbook.select(info.name, a1);
      return {ok: true as const, range: a1};
    });
  }

  /** The tab's charts, each with the values of its ranges (the page draws them). */
  charts(sheet: string): {charts: Array<ChartInfo & {values: CellJson[][][]}>} {
    const info = this.sheetInfo(sheet);
    return {
      charts: this.world.workbook.charts(info.name).map(c => ({
        ...c,
        values: c.ranges.map(r =>
          gridToJson(this.world.workbook.read(info.name, r)),
        ),
      })),
    };
  }

  sheetValues(
    sheet: string,
    range: string | null,
    withDisplay = false,
  ): SheetValues {
    const info = this.sheetInfo(sheet);
    const rect =
      range === null
        ? {row: 1, column: 1, lastRow: null, lastColumn: null}
        : parseA1(range);
    if (!rect) {
      throw new RequestError(
        400,
        `"${range}" no es un rango A1 (por ejemplo A1:Z50).`,
      );
    }
    const bounded: BoundedRect | null = boundRect(
      rect,
      info.rows,
      info.columns,
    );
    if (!bounded) {
      return {
        sheet: info.name,
        range: null,
        row: rect.row,
        column: rect.column,
        values: [],
      };
    }
    const count =
      (bounded.lastRow - bounded.row + 1) *
      (bounded.lastColumn - bounded.column + 1);
    if (count > MAX_CELLS_PER_READ) {
      throw new RequestError(
        413,
        `El rango ${rectName(bounded)} tiene ${count} celdas; pida como máximo ${MAX_CELLS_PER_READ} por vez.`,
      );
    }
    const values = gridToJson(this.world.workbook.read(info.name, bounded));
    const formulas: Record<string, string> = {};
    for (const [key, entry] of this.cells) {
      const [name, ref] = splitKey(key);
      if (name === info.name && inside(entry, bounded))
        formulas[ref] = entry.formula ?? '';
    }
    return {
      sheet: info.name,
      range: rectName(bounded),
      row: bounded.row,
      column: bounded.column,
      values,
      formulas,
      ...(withDisplay
        ? {display: this.world.workbook.display(info.name, bounded)}
        : {}),
    };
  }

  private sheetInfo(sheet: string): SheetInfo {
    const info = this.world.workbook.sheets().find(s => s.name === sheet);
    if (!info) {
      throw new RequestError(
        404,
        `No hay una hoja llamada "${sheet}" en este libro.`,
      );
    }
    return info;
  }
}

/** GET /api/sheets/<name> answer. */
export interface SheetValues {
  sheet: string;
  /** The range actually returned (clipped to the tab), or null when nothing is in it. */
  range: string | null;
  row: number;
  column: number;
  values: CellJson[][];
  /** Formulas typed in the playground inside the range, by cell ("B2": "=NIT_DV(A2)"). */
  formulas?: Record<string, string>;
  /** With ?display=1: what each cell shows under its number format (es-CO), as getDisplayValues. */
  display?: string[][];
}

/** POST /api/cells answer: the values now shown from that cell on (a range result spills). */
export type CellAnswer =
  | {ok: true; values: CellJson[][]}
  | {ok: false; error: {message: string}; values: CellJson[][]};

function splitKey(key: string): [string, string] {
  const bang = key.lastIndexOf('!');
  return [key.slice(0, bang), key.slice(bang + 1)];
}

function inside(entry: CellEntry, rect: BoundedRect): boolean {
  return (
    entry.row >= rect.row &&
    entry.row <= rect.lastRow &&
    entry.column >= rect.column &&
    entry.column <= rect.lastColumn
  );
}
