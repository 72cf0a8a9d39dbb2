// The billing team as Google accounts: who owns a spreadsheet, who edits it (directly, through a
// Google group, through the domain) and who only views it. Executions run as one of them.
import {domainPrincipal, type DriveStore} from './drive/store';

/** The demo team (tests and the playground's user switcher). */
export const TEAM = {
  /** Owns the spreadsheets the world creates (the emulator's default user). */
  owner: 'facturacion@finkargo.com',
  /** Shared directly as an editor. */
  editor: 'ana.ruiz@finkargo.com',
  /** Edits only because they are in the group GROUP, which is shared as an editor. */
  groupEditor: 'luis.mora@finkargo.com',
  /** Shared as a viewer; outside finkargo.com, or the domain's edit access would make them an editor. */
  viewer: 'revisoria@auditores.com.co',
  /** Not shared at all; edits because the spreadsheet lets everyone at finkargo.com edit. */
  domainEditor: 'maria.gil@finkargo.com',
} as const;
/** The Google group of the billing team. */
export const GROUP = 'cartera@finkargo.com';
export const DOMAIN = 'finkargo.com';

/** Accounts, groups and sharing over the Drive store (a spreadsheet's access is its file's). */
export class Accounts {
  constructor(private readonly drive: DriveStore) {}

  /** Defines (or redefines) a Google group and its members. */
  group(email: string, members: string[]): void {
    this.drive.groups.set(email, new Set(members));
  }

  /** Shares a file with a user or a group. */
  share(fileId: string, who: string, role: 'editor' | 'viewer'): void {
    this.drive.share(fileId, who, role === 'editor' ? 'writer' : 'reader');
  }

  /** Lets everyone in the domain edit (or view) the file. */
  shareWithDomain(
    fileId: string,
    domain: string,
    role: 'editor' | 'viewer' = 'editor',
  ): void {
    this.share(fileId, domainPrincipal(domain), role);
  }

  /**
   * Shares a file (the Master, the add-on's spreadsheet, a PDF folder) with the whole TEAM: the
   * editor directly, the group editor through GROUP, the viewer as viewer, and (unless told not to) the domain as editors.
   */
  shareWithTeam(fileId: string, domainEditing = true): void {
    this.group(GROUP, [TEAM.groupEditor]);
    this.share(fileId, TEAM.editor, 'editor');
    this.share(fileId, GROUP, 'editor');
    this.share(fileId, TEAM.viewer, 'viewer');
    if (domainEditing) this.shareWithDomain(fileId, DOMAIN, 'editor');
  }
}
