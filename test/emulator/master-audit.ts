// The Master audit (issue 18.2): a spreadsheet marked as the business's Master (store.markMaster) must
// not change in any execution but the confirmed append. Every write call of SpreadsheetApp and the
// Sheets service is caught as it happens (the store's `written` hook); tabs, sizes, frozen rows and
// columns, hidden state, developer metadata, protections, charts, formulas and the Drive file (name,
// description, folders, sharing, trash) are compared before and after each execution. Every World
// registers its audit here; test/setup/master-audit.ts fails each test after which any audit holds a
// violation, so no integration suite can forget to check.
import type {Emulator} from './core/emulator';
import type {DriveStore} from './drive';
import type {
  ProtectionData,
  SpreadsheetData,
  SpreadsheetStore,
} from './spreadsheet/store';

/** The globals whose executions may append to the Master (src/entrypoints/consolidation.ts). */
export const MASTER_APPEND_GLOBALS: ReadonlySet<string> = new Set([
  'appendToMaster',
]);

/**
 * The audits holding violations not yet taken (test/setup/master-audit.ts takes them after each
 * test). Only those are referenced here, so a finished test's world (a 2 x 100,000-row Master) is
 * not kept alive for the rest of its test file.
 */
const pending = new Set<MasterAudit>();

/** Returns and forgets what every audit found since the last call. */
export function takeAllViolations(): string[] {
  const found = [...pending].flatMap(a => a.take());
  pending.clear();
  return found;
}

function protectionPrint(p: ProtectionData | null): unknown {
  return p && {...p, editors: p.editors && [...p.editors]};
}

export class MasterAudit {
  private readonly violations: string[] = [];
  private readonly before = new Map<string, string>();
  /** The global of the running execution, kept from its start (the end hook runs after it). */
  private global: string | null = null;

  constructor(
    private readonly emulator: Emulator,
    private readonly store: SpreadsheetStore,
    private readonly drive: DriveStore,
  ) {
    store.listeners.push({
      written: ss => {
        if (!store.isMaster(ss.id) || !this.audited()) return;
        const last = emulator.log.records.at(-1);
        this.report(
          `${this.running()} wrote into the Master «${ss.name}» (${last ? `${last.service}.${last.method}` : 'a write call'})`,
        );
      },
    });
    emulator.onExecutionStart.push(() => {
      this.global = emulator.runningGlobal;
      this.before.clear();
      for (const ss of this.masters())
        this.before.set(ss.id, this.structureOf(ss));
    });
    emulator.onExecutionEnd.push(() => {
      if (!this.allowedGlobal()) {
        for (const ss of this.masters()) {
          const was = this.before.get(ss.id);
          if (was !== undefined && was !== this.structureOf(ss))
            this.report(
              `${this.running()} changed the Master «${ss.name}» (tabs, sizes, frozen rows, hidden tabs, metadata, protections, charts, formulas or its Drive file)`,
            );
        }
      }
      this.before.clear();
      this.global = null;
    });
  }

  private masters(): SpreadsheetData[] {
    return this.store.all().filter(ss => this.store.isMaster(ss.id));
  }

  /** Inside an execution that is not the confirmed append (test set-up outside one is free). */
  private audited(): boolean {
    return this.emulator.execution !== null && !this.allowedGlobal();
  }

  private allowedGlobal(): boolean {
    return MASTER_APPEND_GLOBALS.has(this.global ?? '');
  }

  private running(): string {
    return this.global ?? 'an execution';
  }

  /** Everything of a spreadsheet but its cells' values and formats (those are caught by the write hook). */
  private structureOf(ss: SpreadsheetData): string {
    const file = this.drive.get(ss.id);
    return JSON.stringify({
      name: ss.name,
      timeZone: ss.timeZone,
      locale: ss.locale,
      metadata: ss.metadata,
      sheets: ss.sheets.map(s => ({
        id: s.id,
        name: s.name,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        frozen: [s.frozenRows, s.frozenColumns],
        hidden: s.hidden,
        protection: protectionPrint(s.protection),
        rangeProtections: s.rangeProtections.map(protectionPrint),
        metadata: s.metadata,
        charts: s.charts,
        formulas: [...s.formulas],
      })),
      file: file && {
        name: file.name,
        description: file.description ?? '',
        parents: file.parents,
        trashed: file.trashed,
        shared: [...(file.shared ?? [])],
      },
    });
  }

  private report(violation: string): void {
    this.violations.push(violation);
    pending.add(this);
  }

  /** Returns and forgets the violations (a test that makes one on purpose takes it). */
  take(): string[] {
    pending.delete(this);
    return this.violations.splice(0);
  }
}
