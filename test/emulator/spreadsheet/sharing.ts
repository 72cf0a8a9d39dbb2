// Who may open and edit a spreadsheet (its Drive file's owner, editors, viewers, groups, domain) and
// the protections of its sheets and ranges: the checks every write of SpreadsheetApp and Sheets makes.
import type {Emulator} from '../core/emulator';
import type {DriveStore} from '../drive/store';
import {
  NO_ACCESS_MESSAGE,
  PROTECTED_MESSAGE,
  REMOVE_OWN_GROUP_MESSAGE,
  VIEW_ONLY_MESSAGE,
} from './errors';
import type {ProtectionData, SheetData, SpreadsheetData} from './store';

export type SpreadsheetRole = 'owner' | 'editor' | 'viewer';

/** A rectangle of a sheet (1-based). */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Access checks over the Drive store (a spreadsheet is a Drive file; its permissions are the file's). */
export class SpreadsheetAccess {
  constructor(
    private readonly emu: Emulator,
    private readonly drive: DriveStore,
  ) {}

  /** The user's role on the spreadsheet; a file Drive does not know (bare test set-up) is the user's own. */
  roleOf(ss: SpreadsheetData, user = this.emu.user): SpreadsheetRole | null {
    const item = this.drive.get(ss.id);
    if (!item) return 'owner';
    const role = this.drive.roleOf(item, user);
    if (role === null) return null;
    if (role === 'owner') return 'owner';
    return role === 'reader' ? 'viewer' : 'editor';
  }

  /** The spreadsheet's owner (null for a shared-drive file or one Drive does not know). */
  ownerOf(ss: SpreadsheetData): string | null {
    return this.drive.get(ss.id)?.owner ?? null;
  }

  /**
   * The spreadsheet's editors as principals: the owner, then users and groups shared as writers on
   * the file (a domain share is not an editor entry; see domainEditable).
   */
  editorsOf(ss: SpreadsheetData): string[] {
    const item = this.drive.get(ss.id);
    if (!item) return [this.emu.user];
    const out: string[] = item.owner ? [item.owner] : [];
    for (const [who, role] of item.shared ?? [])
      if (role !== 'reader' && !who.startsWith('domain:') && !out.includes(who))
        out.push(who);
    return out;
  }

  /** Whether the file lets everyone in a domain edit it. */
  domainEditable(ss: SpreadsheetData): boolean {
    const item = this.drive.get(ss.id);
    for (const [who, role] of item?.shared ?? [])
      if (who.startsWith('domain:') && role !== 'reader') return true;
    return false;
  }

  /** The groups (among `principals`) the user belongs to. */
  private groupsAmong(principals: string[], user: string): string[] {
    return principals.filter(p => this.drive.groups.get(p)?.has(user));
  }

  /** The editors a protection has now: its own list, or the spreadsheet's while it still mirrors them. */
  protectionEditors(ss: SpreadsheetData, p: ProtectionData): string[] {
    return p.editors ?? this.editorsOf(ss);
  }

  /** Whether the user may edit what the protection covers (the owner always may). */
  canEditProtected(
    ss: SpreadsheetData,
    p: ProtectionData,
    user = this.emu.user,
  ): boolean {
    const role = this.roleOf(ss, user);
    if (role === 'owner') return true;
    if (role !== 'editor') return false;
    if (p.warningOnly) return true;
    const editors = this.protectionEditors(ss, p);
    if (editors.includes(user)) return true;
    if (this.groupsAmong(editors, user).length > 0) return true;
    return p.domainEdit ?? this.domainEditable(ss);
  }

  /** Fixes a mirroring protection's editors to the spreadsheet's current ones (before a change). */
  materialise(ss: SpreadsheetData, p: ProtectionData): string[] {
    if (p.editors === null) {
      p.editors = this.editorsOf(ss);
      p.domainEdit ??= this.domainEditable(ss);
    }
    return p.editors;
  }

  /**
   * Removes editors the way Apps Script does: the owner and the current user stay (assumption:
   * the sheet UI refuses to remove either); removing the group through which the current user
   * edits (not being listed directly) throws.
   */
  removeEditors(
    ss: SpreadsheetData,
    p: ProtectionData,
    emails: string[],
  ): void {
    const user = this.emu.user;
    const editors = this.materialise(ss, p);
    const owner = this.ownerOf(ss);
    if (!editors.includes(user) && owner !== user) {
      const mine = this.groupsAmong(editors, user);
      const left = mine.filter(g => !emails.includes(g));
      if (mine.length > 0 && left.length === 0)
        throw this.emu.error(REMOVE_OWN_GROUP_MESSAGE);
    }
    p.editors = editors.filter(
      e => !emails.includes(e) || e === owner || e === user,
    );
  }

  /** openById / openByUrl: the user must at least see the file. */
  assertCanOpen(ss: SpreadsheetData): void {
    if (!this.emu.execution) return;
    if (this.roleOf(ss) === null) throw this.emu.error(NO_ACCESS_MESSAGE);
  }

  /**
   * Every write checks, in an execution: view-only users cannot write at all; a sheet or range
   * protection (not warning-only) stops anyone not among its editors. `area` null = the sheet's
   * structure (rename, insert rows, hide, delete); `sheet` null = the spreadsheet (insertSheet).
   */
  assertCanWrite(
    ss: SpreadsheetData,
    sheet: SheetData | null,
    area: Area | null,
    fail: (message: string) => Error = m => this.emu.error(m),
  ): void {
    if (!this.emu.execution) return;
    const role = this.roleOf(ss);
    if (role === null) throw fail(NO_ACCESS_MESSAGE);
    if (role === 'viewer') throw fail(VIEW_ONLY_MESSAGE);
    if (!sheet) return;
    if (sheet.protection && !this.canEditProtected(ss, sheet.protection))
      throw fail(PROTECTED_MESSAGE);
    if (!area) return;
    for (const p of sheet.rangeProtections)
      if (p.range && overlaps(p.range, area) && !this.canEditProtected(ss, p))
        throw fail(PROTECTED_MESSAGE);
  }
}

function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}
