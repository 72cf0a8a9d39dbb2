// Probe, completed by a one-time clock trigger: what a time-driven execution sees of the document and the user.
import {thrownBy, type Observation} from './probe';
import {verdictOf} from './verdict';

/** The handler the trigger calls (a global of the dev build). */
export const CLOCK_PROBE_HANDLER = 'diagnosisClockProbe';
const PENDING_KEY = 'diag:clock:';

const EXPECTED = [
  'libro activo: ninguno',
  'getUi: Cannot call SpreadsheetApp.getUi() from this context.',
  'propiedades del documento: ninguna',
  'caché del documento: ninguna',
  'bloqueo del documento: ninguno',
  'correo del usuario: vacío',
  'evento: authMode, day-of-month, day-of-week, hour, minute, month, second, timezone, triggerUid, week-of-year, year',
].join(' | ');

export const CLOCK_TRIGGER_CONTEXT = {
  id: 'clock-trigger-context',
  assumption:
    'Un activador de tiempo no tiene documento abierto ni correo del usuario; el evento trae solo el reloj',
  emulatorRule: EXPECTED,
};

/** Where the trigger writes its row when it fires. */
interface Pending {
  spreadsheetId: string;
  sheetName: string;
  row: number;
}

/**
 * Installs the one-time trigger (a minute from now) that completes the row; null when it could not
 * (an add-on has one clock trigger per user and document: a scheduled report blocks it).
 */
export function scheduleClockProbe(target: Pending): string | null {
  let uid: string;
  try {
    uid = ScriptApp.newTrigger(CLOCK_PROBE_HANDLER)
      .timeBased()
      .after(60 * 1000)
      .create()
      .getUniqueId();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  PropertiesService.getUserProperties().setProperty(
    PENDING_KEY + uid,
    JSON.stringify(target),
  );
  return null;
}

function absent(value: unknown, none: string): string {
  return value === null || value === undefined ? none : 'presente';
}

function observe(event: Record<string, unknown>): Observation {
  const observed = [
    `libro activo: ${absent(SpreadsheetApp.getActiveSpreadsheet(), 'ninguno')}`,
    `getUi: ${thrownBy(() => SpreadsheetApp.getUi())}`,
    `propiedades del documento: ${absent(PropertiesService.getDocumentProperties(), 'ninguna')}`,
    `caché del documento: ${absent(CacheService.getDocumentCache(), 'ninguna')}`,
    `bloqueo del documento: ${absent(LockService.getDocumentLock(), 'ninguno')}`,
    `correo del usuario: ${Session.getActiveUser().getEmail() ? 'presente' : 'vacío'}`,
    `evento: ${Object.keys(event).sort().join(', ')}`,
  ].join(' | ');
  return {observed, agrees: observed === EXPECTED};
}

/** The trigger's handler: observes, writes the row by spreadsheet id, removes its trigger. */
export function completeClockProbe(event: Record<string, unknown>): void {
  const uid = String(event.triggerUid ?? '');
  const props = PropertiesService.getUserProperties();
  const raw = props.getProperty(PENDING_KEY + uid);
  const o = observe(event);
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  if (!raw) return;
  props.deleteProperty(PENDING_KEY + uid);
  const target = JSON.parse(raw) as Pending;
  const sheet = SpreadsheetApp.openById(target.spreadsheetId).getSheetByName(
    target.sheetName,
  );
  if (!sheet) return;
  const cells = sheet.getRange(target.row, 4, 1, 2);
  cells.setNumberFormat('@');
  cells.setValues([[o.observed, verdictOf(o)]]);
}
