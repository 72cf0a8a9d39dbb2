// Probes: the texts Google throws for a missing file and for values past the documented limits.
import {requireDrive, sheetsService} from '../common/advanced-services';
import {same, thrownBy, type Probe} from './probe';

/** An id no file has (Drive ids are 25-44 characters of [A-Za-z0-9_-]). */
const MISSING = '1DiagnosticoArchivoQueNoExiste0000000000';

const withoutId = (text: string) => text.split(MISSING).join('<id>');

const MISSING_TEXTS = [
  'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  'API call to drive.files.get failed with error: File not found: <id>.',
  'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
].join(' | ');

export const missingFileProbe: Probe = {
  id: 'missing-file-errors',
  assumption:
    'Un archivo inexistente falla con estos textos en SpreadsheetApp, Drive y Sheets',
  emulatorRule: MISSING_TEXTS,
  run() {
    const observed = [
      thrownBy(() => SpreadsheetApp.openById(MISSING)),
      thrownBy(() =>
        requireDrive().Files!.get(MISSING, {
          supportsAllDrives: true,
          fields: 'id',
        }),
      ),
      thrownBy(() => {
        const sheets = sheetsService();
        if (!sheets) throw new Error('(Sheets API no habilitada)');
        sheets.Spreadsheets!.get(MISSING, {fields: 'spreadsheetId'});
      }),
    ]
      .map(withoutId)
      .join(' | ');
    return same(MISSING_TEXTS, observed);
  },
};

const LIMIT_TEXTS = [
  'Argument too large: value',
  'Argument too large: key',
  'Argument too large: value',
].join(' | ');

export const limitErrorsProbe: Probe = {
  id: 'limit-errors',
  assumption:
    'Caché (100 KB por valor, 250 caracteres por clave) y propiedades (9 KB por valor) fallan con estos textos',
  emulatorRule: LIMIT_TEXTS,
  run() {
    const cache = CacheService.getUserCache()!;
    const props = PropertiesService.getUserProperties();
    const observed = [
      thrownBy(() => cache.put('diag:big', 'x'.repeat(100 * 1024 + 1))),
      thrownBy(() => cache.put('k'.repeat(251), 'x')),
      thrownBy(() => props.setProperty('diag:big', 'x'.repeat(9 * 1024 + 1))),
    ].join(' | ');
    props.deleteProperty('diag:big');
    return same(LIMIT_TEXTS, observed);
  },
};
