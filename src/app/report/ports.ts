// Ports of the report use cases: the Master, the PDF index, report tabs, run state, history, lock, mail, export, triggers.
import type {PdfIndexEntry} from '../../domain/pdf/match';
import type {TabContent} from '../../domain/report/content';
import type {ReportColumns, ReportRow} from '../../domain/report/rows';
import type {ReadingDiagnostics} from '../../domain/report/quality';
import type {ExistingTab} from '../../domain/report/tabs';
import type {TriggerStep} from '../../domain/report/schedule';
import type {
  ReportHistoryEntry,
  ReportKind,
  ScheduleSettings,
} from '../../common/report-api';

/** The Master as the reports read it (column-wise, only the needed columns). */
export interface MasterData {
  rows: ReportRow[];
  columns: ReportColumns;
  /** The Master's file name, for the tabs' heading. */
  sourceName: string;
  /** Spanish warnings of the reader (missing optional columns, unreadable cells...). */
  warnings: string[];
  /** Cells and rows the reader could not read (the first ones in full, all counted). */
  reading: ReadingDiagnostics;
}

export interface ReportMasterPort {
  /** Reads the Master; throws a Spanish message when it cannot be found or read. */
  read(): MasterData;
}

/** The PDF index (hidden sheet) and its incremental refresh. */
export interface PdfIndexPort {
  /** False when no PDF folder is configured (the PDF tab then says so). */
  configured(): boolean;
  /** Refreshes the index incrementally (or continues its build); done=false when it must continue later. */
  refresh(): {done: boolean; message: string; note?: string};
  /** Every entry of the index. */
  entries(): PdfIndexEntry[];
}

/** The spreadsheet's tabs, seen and written by the reports. */
export interface ReportSheetsPort {
  /** Every tab, with the report id the add-on tagged it with (null for users' and archived tabs). */
  list(): ExistingTab[];
  /** Renames the add-on's tab `from` to `to` and removes its report tag (kept, dated). */
  archive(from: string, to: string): void;
  /**
   * Writes a report tab with one setValues: clears and rewrites the add-on's tab `name` when
   * `reuse`, else creates and tags it. Returns the cells written and the tab's link.
   */
  write(
    id: ReportKind,
    name: string,
    reuse: boolean,
    content: TabContent,
    generated: string,
  ): {cells: number; url: string};
}

/** The saved progress of an unfinished run (document properties). */
export interface RunStateStore {
  load(): string | null;
  save(json: string): void;
  clear(): void;
}

/** The run history tab. */
export interface HistoryPort {
  append(entry: ReportHistoryEntry): void;
  /** Newest first, at most `limit`. */
  latest(limit: number): ReportHistoryEntry[];
}

/** The report's lease, shared by manual runs and the trigger (an index refresh has its own). */
export interface LockPort {
  /** Takes it: null when taken, else the Spanish message naming who holds it and since when. */
  take(): string | null;
  release(): void;
}

/** E-mail of the summary. */
export interface MailPort {
  remainingDailyQuota(): number;
  send(to: string[], subject: string, body: string): void;
}

/** Copies of the report tabs saved in Drive. */
export interface ExportPort {
  /** Saves the tabs as one file in the folder; returns its link. Throws a Spanish message. */
  save(
    format: 'xlsx' | 'pdf',
    folderId: string,
    fileName: string,
    tabs: string[],
  ): string;
}

/** Time and place of the execution. */
export interface RunContext {
  /** ms since epoch, moving as the execution goes (the emulator's virtual clock). */
  now(): number;
  timeZone: string;
  /** The user's e-mail ('' when the platform does not tell). */
  user: string;
  spreadsheetUrl: string;
  spreadsheetName: string;
}

/** Settings the reports use. */
export interface ReportSettings {
  recipients: string[];
  /** Drive folder id or '' when none. */
  exportFolder: string;
}

/** The time-driven trigger of this user in this document. */
export interface TriggerPort {
  /** Handler names of this user's time-driven triggers in this document, with their ids. */
  clockTriggers(): Array<{id: string; handler: string}>;
  /** Creates the trigger; returns its unique id. Errors are the platform's (English). */
  create(handler: string, steps: TriggerStep[]): string;
  remove(id: string): void;
}

/** Where the schedule and its options are kept per trigger. */
export interface ScheduleStore {
  load(triggerId: string): ScheduleSettings | null;
  save(triggerId: string, settings: ScheduleSettings): void;
  remove(triggerId: string): void;
}

/** Everything a run needs. */
export interface ReportPorts {
  master: ReportMasterPort;
  pdfIndex: PdfIndexPort;
  sheets: ReportSheetsPort;
  state: RunStateStore;
  history: HistoryPort;
  lock: LockPort;
  mail: MailPort;
  exporter: ExportPort;
  context: RunContext;
  settings: () => ReportSettings;
}
