// The add-on's state of one spreadsheet (settings, job progress, index metadata, leases), kept in
// the script's properties under that spreadsheet's id, so every editor and a clock run with no open
// document reach it (document properties are absent there: docs/platform.md, triggers).
import {perRun} from './run-memo';
import {hostSpreadsheetId} from './spreadsheets';

/** The script's properties, asked once per execution. */
const store = () =>
  perRun('scriptProperties', () => PropertiesService.getScriptProperties());

/** Script-properties key of `key` for the spreadsheet `id`. */
function stateKey(id: string, key: string): string {
  return `facturacion.doc.${id}.${key}`;
}

function requireId(): string {
  const id = hostSpreadsheetId();
  if (id === '')
    throw new Error('Abra el complemento desde una hoja de cálculo.');
  return id;
}

/** The value of `key` for this run's spreadsheet (null when never written). */
export function readDocumentState(key: string): string | null {
  return store().getProperty(stateKey(requireId(), key));
}

/** Writes `key` for this run's spreadsheet. */
export function writeDocumentState(key: string, value: string): void {
  store().setProperty(stateKey(requireId(), key), value);
}

/** Deletes `key` for this run's spreadsheet. */
export function deleteDocumentState(key: string): void {
  store().deleteProperty(stateKey(requireId(), key));
}

/** A JSON value of `key`, or null when absent or unreadable. */
export function readDocumentJson<T>(key: string): T | null {
  const raw = readDocumentState(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** The value of `key` for the spreadsheet `id` (another than this run's: a companion's host). */
export function readStateOf(id: string, key: string): string | null {
  if (id === '') return null;
  return PropertiesService.getScriptProperties().getProperty(stateKey(id, key));
}

/** Writes `key` for the spreadsheet `id`. */
export function writeStateOf(id: string, key: string, value: string): void {
  PropertiesService.getScriptProperties().setProperty(stateKey(id, key), value);
}
