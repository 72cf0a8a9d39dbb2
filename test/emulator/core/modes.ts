// Authorisation modes and what each may call (docs/platform.md, "Authorisation modes" and "Custom functions").

export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

/** Whether a call reads, writes, or shows UI; the mode rules depend on it. */
export type Access = 'read' | 'write' | 'ui' | 'menu';

/**
 * Services by their global name, as the platform names them in "You do not have permission to
 * call X" messages.
 */
export type ServiceName =
  | 'SpreadsheetApp'
  | 'Sheets'
  | 'DriveApp'
  | 'Drive'
  | 'PropertiesService'
  | 'CacheService'
  | 'LockService'
  | 'ScriptApp'
  | 'HtmlService'
  | 'Session'
  | 'Utilities'
  | 'MailApp'
  | 'UrlFetchApp'
  | 'Logger';

/** Time limits per execution (docs/platform.md quotas): 6 min, 30 s for custom functions and simple triggers. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30 * 1000;

/** Services a custom function may use (guides/sheets/functions); Spreadsheet only to read. */
const CUSTOM_FUNCTION_SERVICES: ReadonlySet<ServiceName> = new Set<ServiceName>(
  [
    'SpreadsheetApp',
    'PropertiesService',
    'CacheService',
    'LockService',
    'HtmlService',
    'UrlFetchApp',
    'Utilities',
    'Logger',
  ],
);

/** Services usable in LIMITED mode (onOpen of an enabled add-on, onEdit): the document, Properties, menus. */
const LIMITED_SERVICES: ReadonlySet<ServiceName> = new Set<ServiceName>([
  'SpreadsheetApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Utilities',
  'Session',
  'Logger',
]);

/**
 * The platform's refusal for a call in a mode, or null when it is allowed.
 * NONE allows only building menus; LIMITED no sidebars/dialogs, no Drive, Mail or triggers;
 * CUSTOM_FUNCTION reads only; FULL allows everything.
 */
export function refusal(
  mode: AuthModeName,
  service: ServiceName,
  method: string,
  access: Access,
): string | null {
  if (service === 'Logger') return null;
  const denied = `You do not have permission to call ${service}.${method}`;
  switch (mode) {
    case 'FULL':
      return null;
    case 'NONE':
      return access === 'menu' ? null : denied;
    case 'LIMITED':
      if (access === 'menu') return null;
      if (access === 'ui') return denied;
      return LIMITED_SERVICES.has(service) ? null : denied;
    case 'CUSTOM_FUNCTION':
      if (!CUSTOM_FUNCTION_SERVICES.has(service)) return denied;
      if (access === 'write' && service === 'SpreadsheetApp') return denied;
      // Custom functions may not open other spreadsheets (docs/platform.md, "Custom functions").
      if (
        service === 'SpreadsheetApp' &&
        /^(openById|openByUrl|open|create)$/.test(method)
      )
        return denied;
      if (access === 'ui' || access === 'menu') return denied;
      return null;
  }
}
