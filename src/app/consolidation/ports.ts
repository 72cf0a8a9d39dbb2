// The ports the consolidation use cases need; src/adapters/consolidation-*.ts implement them.
import type {RawCell} from '../../domain/kernel/cell-values';
import type {ExportSheet, TargetTab} from '../../domain/consolidation/join';
import type {
  MasterTabState,
  TabAppendPlan,
} from '../../domain/consolidation/rows';
import type {ReviewState} from '../../domain/consolidation/review';
import type {FieldValue} from '../../domain/consolidation/rows';
import type {ConsolidationSources} from '../../common/consolidation-api';

/** The export sheets read, and the files of a folder left out because they are not exports (Spanish, naming each and why). */
export interface ExportsRead {
  sheets: ExportSheet[];
  skipped: string[];
}

/** Reads the exports named by the sources (converting Excel files through Drive, cleaning up after). */
export interface ExportReader {
  read(sources: ConsolidationSources): ExportsRead;
}

/** The editable product-code table: the settings tab's values (created with the defaults when absent). */
export interface ClassificationStore {
  load(): {tabName: string; rows: RawCell[][]; created: boolean};
}

/** A review tab to write: its grid (header first) and which columns hold ISO days. */
export interface ReviewTabContent {
  tab: TargetTab;
  sheetName: string;
  grid: FieldValue[][];
  dateColumns: number[];
}

/** Where reviews are kept: visible review tabs, and the state for the append. */
export interface ReviewStore {
  save(
    state: ReviewState,
    encodedRows: string[][],
    tabs: ReviewTabContent[],
  ): void;
  /** The kept state and encoded rows of the current review, or null when there is none. */
  load(): {state: ReviewState; cells: unknown[][]} | null;
}

/** The Master as the append sees it. */
export interface MasterPort {
  /** Name of the Master and its invoice tabs (header row detected, invoice numbers read). */
  readTabs(): {name: string; tabs: Partial<Record<TargetTab, MasterTabState>>};
  /**
   * Copies the Master into its folder under this name, once per review: when a copy for this
   * review is already there (a rerun after a kill), returns it. Returns the copy's name and link.
   */
  backup(name: string, reviewId: string): {name: string; url: string};
  /**
   * Appends each plan's rows below the tab's last row, one write per tab; if a write fails, the
   * rows already appended are removed again and the error is thrown. Returns the first row used per tab.
   */
  append(plans: TabAppendPlan[]): number[];
}

/** Serialises appends (LockService); release in a finally. */
export interface AppendLock {
  acquire(): void;
  release(): void;
}

/** Time and ids (injected so tests are deterministic). */
export interface Clock {
  nowMs(): number;
  newId(): string;
}
