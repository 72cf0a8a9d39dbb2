// Drive v3 JSON resources built from store items (files, drives), as the advanced service returns them.
import {
  FOLDER_MIME,
  type DriveItem,
  type Role,
  type SharedDrive,
} from './store';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The Drive web URL of an item (files, folders, native Sheets). */
export function webViewLink(item: DriveItem): string {
  if (item.mimeType === FOLDER_MIME)
    return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === 'application/vnd.google-apps.spreadsheet') {
    return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  }
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

/** A user as Drive describes one (display name derived from the e-mail). */
export function userResource(
  email: string,
  me: string,
): GoogleAppsScript.Drive_v3.Drive.V3.Schema.User {
  return {
    kind: 'drive#user',
    displayName: email.split('@')[0],
    emailAddress: email,
    me: email === me,
    permissionId: String(Math.abs(hash(email))).padStart(20, '0'),
  };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++)
    h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/**
 * Every modelled field of an item (the fields mask then keeps what was asked for). `role` is the
 * user's role on it: `capabilities.canEdit` (developers.google.com/drive/api/reference/rest/v3/files,
 * "capabilities.canEdit: whether the current user can edit this file").
 */
export function fileResource(
  item: DriveItem,
  user: string,
  role: Role | null = null,
): File {
  const out: File = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    starred: false,
    trashed: item.trashed,
    explicitlyTrashed: item.explicitlyTrashed,
    parents: [...item.parents],
    spaces: ['drive'],
    webViewLink: webViewLink(item),
    createdTime: new Date(item.createdTime).toISOString(),
    modifiedTime: new Date(item.modifiedTime).toISOString(),
    ownedByMe: item.owner === user,
    shared: (item.shared?.size ?? 0) > 0,
    capabilities: {
      canEdit: role !== null && role !== 'reader',
      canComment: role !== null,
    },
  };
  if (item.description !== undefined) out.description = item.description;
  if (item.driveId) {
    out.driveId = item.driveId;
    out.teamDriveId = item.driveId;
  }
  if (item.owner) out.owners = [userResource(item.owner, user)];
  const binary = !item.mimeType.startsWith('application/vnd.google-apps.');
  if (binary && item.size !== undefined) {
    out.size = String(item.size);
    out.quotaBytesUsed = String(item.size);
    out.webContentLink = `https://drive.google.com/uc?id=${item.id}&export=download`;
    const dot = item.name.lastIndexOf('.');
    if (dot > 0) {
      out.fileExtension = item.name.slice(dot + 1);
      out.fullFileExtension = item.name.slice(dot + 1);
    }
    out.originalFilename = item.name;
  }
  return out;
}

/** A shared drive resource. */
export function driveResource(
  drive: SharedDrive,
): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Drive {
  return {
    kind: 'drive#drive',
    id: drive.id,
    name: drive.name,
    createdTime: new Date(drive.createdTime).toISOString(),
    hidden: false,
  };
}
