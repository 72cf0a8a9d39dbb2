// Asks Drive (advanced service v3) whether an id is a folder the user can open; shared drives included.
import type {FolderCheck, FolderLookup} from '../../app/settings';
import {requireDrive} from './advanced-services';
import {rethrowIfNotPermanent} from '../../app/google-errors';
import {withRetry} from './retry';

const FOLDER_MIME = 'application/vnd.google-apps.folder';

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
    if (file.mimeType !== FOLDER_MIME) return {status: 'not-folder', name};
    return {status: 'folder', name};
  },
};
