// The playground's Drive view over HTTP: the files the add-on made, a folder's files, a file's bytes.
import type {DriveFileInfo, DriveView} from './world-port';
import {RequestError} from './session';

/** GET /api/drive: what the add-on made since the start; GET /api/drive/<id>: one item (and its files). */
export function driveAnswer(
  drive: DriveView,
  id: string | null,
): {item: DriveFileInfo | null; files: DriveFileInfo[]} {
  if (id === null) return {item: null, files: drive.made()};
  const item = drive.get(id);
  if (!item)
    throw new RequestError(404, `Drive no tiene un archivo con id "${id}".`);
  return {item, files: item.folder ? drive.children(id) : []};
}

/** GET /api/drive/<id>/content: the bytes, their type, and a download name. */
export function driveContent(
  drive: DriveView,
  id: string,
): {bytes: Uint8Array; type: string; name: string} {
  const item = drive.get(id);
  const bytes = item ? drive.bytes(id) : null;
  if (!item || !bytes) {
    throw new RequestError(
      404,
      item
        ? `"${item.name}" no tiene contenido que descargar (es una carpeta o un archivo de Google).`
        : `Drive no tiene un archivo con id "${id}".`,
    );
  }
  return {
    bytes,
    type: item.mimeType || 'application/octet-stream',
    name: item.name,
  };
}
