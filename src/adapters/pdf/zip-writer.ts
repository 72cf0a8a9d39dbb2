// Saves ZIPs of PDF blobs in the export folder (Utilities.zip + one tagged Drive file per part).
import type {PdfZipDto} from '../../common/pdf-api';
import {createTaggedFile, fileUrl} from '../common/drive-once';

type Blob = GoogleAppsScript.Base.Blob;

/** A saver into the folder with this id (already parsed from settings). */
export function driveZipSaver(
  exportFolderId: string,
): (name: string, files: Array<{path: string; blob: Blob}>) => PdfZipDto {
  let checked = false;
  const exportFolder = () => {
    if (checked) return;
    try {
      DriveApp.getFolderById(exportFolderId);
    } catch {
      throw new Error(
        `La carpeta de exportación (id "${exportFolderId}") no existe o no está compartida con su cuenta. Cámbiela en Configuración.`,
      );
    }
    checked = true;
  };
  return (name, files) => {
    exportFolder();
    const zip = Utilities.zip(
      files.map(f => f.blob.setName(f.path)),
      name,
    );
    const bytes = zip.getBytes().length;
    // Tagged with what it holds: a retry after a lost answer, or the same part made again after
    // a run was killed, finds the saved file instead of leaving a second one (a job keeps its
    // part names across runs, so the exact name finds it).
    const tag = `ZIP ${zipFingerprint(
      files.map(f => f.path),
      bytes,
    )}`;
    const file = createTaggedFile(
      exportFolderId,
      name,
      'application/zip',
      zip,
      tag,
    );
    return {
      fileId: file.id ?? '',
      name: file.name ?? name,
      url: fileUrl(file),
      files: files.length,
      bytes,
    };
  };
}

/** A short fingerprint of a ZIP's entries and size (FNV-1a), the same for the same PDFs. */
function zipFingerprint(paths: readonly string[], bytes: number): string {
  let h = 0x811c9dc5;
  for (const ch of `${bytes}|${paths.join('|')}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
