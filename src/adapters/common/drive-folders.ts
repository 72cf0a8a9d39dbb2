// Asks Drive (advanced service v3) what an id is (a folder, another file, trashed, not there) for the
// user, and the names above it; shared drives included.
import type {FolderCheck, FolderLookup} from '../../app/settings';
import {requireDrive} from './advanced-services';
import {rethrowIfNotPermanent} from '../../app/google-errors';
import {withRetry} from './retry';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** Deepest path shown; deeper folders start with "…". */
const MAX_DEPTH = 12;

/** Drive's name of the My Drive root, as Drive shows it in Spanish. */
function shownName(
  file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File,
): string {
  const name = file.name ?? '';
  return !file.parents?.length && !file.driveId && name === 'My Drive'
    ? 'Mi unidad'
    : name;
}

/** One Drive.Files.get per id; a missing or forbidden id is 'not-found'. */
export const driveFolderLookup: FolderLookup = {
  check(id: string): FolderCheck {
    const drive = requireDrive();
    let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
    try {
      file = withRetry(() =>
        drive.Files.get(id, {
          fields: 'id,name,mimeType,trashed',
          supportsAllDrives: true,
        }),
      );
    } catch (e) {
      rethrowIfNotPermanent(e);
      return {status: 'not-found'};
    }
    const name = file.name ?? id;
    if (file.trashed) return {status: 'trashed', name};
    if (file.mimeType !== FOLDER_MIME)
      return {status: 'not-folder', name, mimeType: file.mimeType ?? ''};
    return {status: 'folder', name};
  },
  ancestors(id: string): string[] {
    const drive = requireDrive();
    const get = (fileId: string) =>
      withRetry(() =>
        drive.Files.get(fileId, {
          fields: 'id,name,parents,driveId',
          supportsAllDrives: true,
        }),
      );
    const names: string[] = [];
    try {
      let parent = get(id).parents?.[0];
      while (parent && names.length < MAX_DEPTH) {
        const file = get(parent);
        names.unshift(shownName(file));
        parent = file.parents?.[0];
      }
      if (parent) names.unshift('…');
    } catch (e) {
      // A parent the user cannot open ends the path there.
      rethrowIfNotPermanent(e);
    }
    return names;
  },
};
