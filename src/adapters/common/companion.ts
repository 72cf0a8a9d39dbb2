// The companion workbook «Facturación - resultados», where the add-on's outputs go by default so the
// Master stays the business's: made on first need next to the spreadsheet the add-on runs in (same
// Drive folder), shared with that spreadsheet's people (a new file is its creator's alone:
// developers.google.com/workspace/drive/api/guides/manage-sharing), found again by the id kept in
// the spreadsheet's state or, after a run killed mid-way, by the tag in its Drive description.
import {requireDrive} from './advanced-services';
import {
  readDocumentJson,
  readStateOf,
  writeDocumentState,
  writeStateOf,
} from './document-state';
import {nameIs, tagDescription} from './drive-once';
import {SHEET_MIME} from '../../domain/kernel/drive-id';
import {createOnce, withRetry} from './retry';
import {hostSpreadsheet, hostSpreadsheetId} from './spreadsheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The companion's file name. */
export const COMPANION_NAME = 'Facturación - resultados';
/** Its record in the host spreadsheet's state; the companion's own state names its host. */
const RECORD_KEY = 'facturacion.companion';
const HOST_KEY = 'facturacion.companionOf';
/** How long a second clerk waits for the first to finish making it. */
const MAKE_LOCK_MS = 30_000;

/** Where the companion is and who made it (named to whoever cannot open it). */
export interface CompanionRecord {
  id: string;
  url: string;
  createdBy: string;
}

const tagOf = (hostId: string) => `resultados de ${hostId}`;
const urlOf = (id: string) =>
  `https://docs.google.com/spreadsheets/d/${id}/edit`;

/** The recorded companion of this run's spreadsheet, or null (none made yet). Properties only. */
export function companionRecord(): CompanionRecord | null {
  return readDocumentJson<CompanionRecord>(RECORD_KEY);
}

/** Whether this run's spreadsheet is itself a companion (its outputs then stay in it). */
export function isCompanion(): boolean {
  return readStateOf(hostSpreadsheetId(), HOST_KEY) !== null;
}

/** The companion, opened by id, or null when none was made yet (or it was deleted). */
function existingCompanion(): Spreadsheet | null {
  const record = companionRecord();
  return record ? openRecorded(record) : null;
}

/** The companion, made when there is none. */
export function companionSpreadsheet(): Spreadsheet {
  const existing = existingCompanion();
  if (existing) return existing;
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(MAKE_LOCK_MS))
    throw new Error(
      `Otra persona está creando el libro «${COMPANION_NAME}». Intente de nuevo en un momento.`,
    );
  try {
    // Someone else may have made it while this run waited.
    return existingCompanion() ?? makeCompanion();
  } finally {
    lock.releaseLock();
  }
}

/** Null when the file is gone; someone it is not shared with gets a Spanish message naming its maker. */
export function openRecorded(record: CompanionRecord): Spreadsheet | null {
  try {
    return SpreadsheetApp.openById(record.id);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/permission/i.test(message))
      throw new Error(
        `Los resultados de esta hoja de cálculo se guardan en el libro «${COMPANION_NAME}» (${record.url}), que no está compartido con usted. ` +
          `Pida a ${record.createdBy || 'quien lo creó'} que se lo comparta como editor.`,
      );
    return null;
  }
}

function currentEmail(): string {
  return (
    Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()
  );
}

/** Makes (or, after a killed run, finds) the companion in the host's folder, shares it, records it. */
function makeCompanion(): Spreadsheet {
  const drive = requireDrive();
  const hostId = hostSpreadsheetId();
  const host = hostSpreadsheet();
  const parents =
    withRetry(() =>
      drive.Files.get(hostId, {fields: 'parents', supportsAllDrives: true}),
    ).parents ?? [];
  const tag = tagOf(hostId);
  const find = () => findTagged(tag);
  const file = find() ?? createOnce(find, () => create(parents, tag));
  const id = String(file.id);
  const ss = SpreadsheetApp.openById(id);
  ss.setSpreadsheetTimeZone(host.getSpreadsheetTimeZone());
  shareLikeHost(hostId, id);
  const record: CompanionRecord = {
    id,
    url: urlOf(id),
    createdBy: currentEmail(),
  };
  writeStateOf(id, HOST_KEY, hostId);
  writeDocumentState(RECORD_KEY, JSON.stringify(record));
  return ss;
}

/**
 * A blank Google Sheet made by Drive in one call, tagged and already in the host's folder (a
 * SpreadsheetApp.create lands in My Drive and needs a second call to move and tag, which a kill
 * could separate). Someone who may not add files to that folder (another's My Drive) gets it in
 * their own My Drive, tagged all the same.
 */
function create(parents: string[], tag: string): File {
  const make = (where: string[]) =>
    requireDrive().Files.create(
      {
        name: COMPANION_NAME,
        mimeType: SHEET_MIME,
        description: tagDescription(tag),
        ...(where.length ? {parents: where.slice(0, 1)} : {}),
      },
      // No content: Apps Script takes null for the media argument (its typings do not say so).
      null as unknown as GoogleAppsScript.Base.Blob,
      {supportsAllDrives: true, fields: 'id'},
    );
  try {
    return make(parents);
  } catch (e) {
    // A folder they cannot add to, or cannot even see (Drive answers "File not found").
    if (parents.length === 0 || !/permission|not found/i.test(String(e)))
      throw e;
    return make([]);
  }
}

/**
 * The companion a run killed after making it left, wherever it is (the host's folder or, when its
 * maker could not add files there, their My Drive): one Files.list by name, the tag checked here.
 */
function findTagged(tag: string): File | null {
  const list = withRetry(() =>
    requireDrive().Files.list({
      q: `${nameIs(COMPANION_NAME)} and mimeType = '${SHEET_MIME}' and trashed = false`,
      fields: 'files(id,description)',
      pageSize: 100,
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
    }),
  );
  const wanted = tagDescription(tag);
  return (list.files ?? []).find(f => f.description === wanted) ?? null;
}

/**
 * Gives the companion the host's people: its owner and editors (users, groups, the domain) as
 * editors, its readers as readers (Drive v3 permissions, no notification e-mail). A grant Drive
 * refuses is skipped: that person gets openRecorded's message naming who to ask.
 */
function shareLikeHost(hostId: string, companionId: string): void {
  const drive = requireDrive();
  const me = currentEmail();
  const list = withRetry(() =>
    drive.Permissions.list(hostId, {
      fields: 'permissions(type,role,emailAddress,domain)',
      supportsAllDrives: true,
    }),
  );
  for (const p of list.permissions ?? []) {
    if (p.type === 'anyone' || p.emailAddress === me) continue;
    const role =
      p.role === 'reader' || p.role === 'commenter' ? 'reader' : 'writer';
    const who =
      p.type === 'domain' ? {domain: p.domain} : {emailAddress: p.emailAddress};
    try {
      // No e-mail for people and groups (the option is theirs only).
      const options =
        p.type === 'domain'
          ? {supportsAllDrives: true}
          : {sendNotificationEmail: false, supportsAllDrives: true};
      withRetry(() =>
        drive.Permissions.create(
          {type: p.type, role, ...who},
          companionId,
          options,
        ),
      );
    } catch {
      // Skipped (see above).
    }
  }
}
