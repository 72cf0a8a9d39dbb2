// Reads invoice PDFs from Drive and saves ZIPs of them in the export folder (DriveApp + Utilities.zip).
import type {ReadPdf, ZipPorts} from '../../app/pdf-find/zip-pdfs';
import type {PdfZipDto} from '../../shared/pdf-api';
import {createTaggedFile, fileUrl, nameContains} from '../shared/drive-once';
import {withRetry} from '../shared/retry';

type Blob = GoogleAppsScript.Base.Blob;

/** ZipPorts saving into the folder with this id (already parsed from settings). */
export function driveZipPorts(exportFolderId: string): ZipPorts<Blob> {
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  const exportFolder = () => {
    if (folder) return folder;
    try {
      folder = DriveApp.getFolderById(exportFolderId);
    } catch {
      throw new Error(
        `La carpeta de exportación (id "${exportFolderId}") no existe o no está compartida con su cuenta. Cámbiela en Configuración.`,
      );
    }
    return folder;
  };
  return {
    readPdf(fileId: string, knownBytes: number): ReadPdf<Blob> {
      // Two calls per PDF: the file and its content. The size comes from the index when it knows
      // it, else from Drive; never getBytes() (copying 20 MB into a byte array to count it is slow).
      // Both reads are retried by the add-on's one policy.
      return withRetry(() => {
        const file = DriveApp.getFileById(fileId);
        const blob = file.getBlob();
        return {blob, bytes: knownBytes > 0 ? knownBytes : file.getSize()};
      });
    },
    saveZip(name: string, files: Array<{path: string; blob: Blob}>): PdfZipDto {
      exportFolder();
      const zip = Utilities.zip(
        files.map(f => f.blob.setName(f.path)),
        name,
      );
      const bytes = zip.getBytes().length;
      // Tagged with what it holds: a retry after a lost answer, or the same ZIP asked again after
      // a run was cut short, finds the saved file instead of leaving a second one.
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
        nameContains(
          name
            .replace(/_\d{8}_\d{4,6}(?=(_parte\d+)?\.zip$)/, '')
            .replace(/\.zip$/, ''),
        ),
      );
      return {
        fileId: file.id ?? '',
        name: file.name ?? name,
        url: fileUrl(file),
        files: files.length,
        bytes,
      };
    },
    now: () => Date.now(),
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
