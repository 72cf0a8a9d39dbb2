// Reads invoice PDFs from Drive and saves ZIPs of them in the export folder (DriveApp + Utilities.zip).
import type {ReadPdf, ZipPorts} from '../../app/pdf-find/zip-pdfs';
import type {PdfZipDto} from '../../shared/pdf-api';

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
      const file = DriveApp.getFileById(fileId);
      const blob = file.getBlob();
      return {blob, bytes: knownBytes > 0 ? knownBytes : file.getSize()};
    },
    saveZip(name: string, files: Array<{path: string; blob: Blob}>): PdfZipDto {
      const target = exportFolder();
      const zip = Utilities.zip(
        files.map(f => f.blob.setName(f.path)),
        name,
      );
      const bytes = zip.getBytes().length;
      const file = target.createFile(zip);
      return {
        fileId: file.getId(),
        name,
        url: file.getUrl(),
        files: files.length,
        bytes,
      };
    },
    now: () => Date.now(),
  };
}
