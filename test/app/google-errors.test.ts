// Google's failures sorted by kind from their text, and the Spanish the user reads for each.
import {classifyGoogleError, userMessage} from '../../src/app/google-errors';
import {sheetsFault, spreadsheetFault} from '../emulator/sheets';
import {STANDARD_FAILURES} from '../emulator/drive/errors';

const sheets429 = sheetsFault('Values.batchGet', 429).message;
const sheetsWrite429 = sheetsFault('Values.update', 429).message;
const sheets503 = sheetsFault('Values.batchGet', 503).message;
const sheets500 = sheetsFault('Spreadsheets.get', 500).message;
const drive = (code: number) =>
  `API call to drive.files.list failed with error: ${STANDARD_FAILURES[code].message}`;
const timedOut = spreadsheetFault('Range.getValues', 'timeout', '1abc').message;
const failed = spreadsheetFault('Range.setValues', 'failed', '1abc').message;
const mail = 'Service invoked too many times for one day: email.';

describe('classifyGoogleError', () => {
  it.each([
    [sheets429, 'rate-limit'],
    [sheetsWrite429, 'rate-limit'],
    [drive(403), 'rate-limit'],
    [drive(429), 'rate-limit'],
    [sheets503, 'server'],
    [sheets500, 'server'],
    [drive(500), 'server'],
    [failed, 'server'],
    [
      "We're sorry, a server error occurred. Please wait a bit and try again.",
      'server',
    ],
    [timedOut, 'timeout'],
    [mail, 'daily-quota'],
    [
      'API call to drive.files.get failed with error: File not found: 1x.',
      'permanent',
    ],
    ['Exceeded maximum execution time', 'permanent'],
    ['La carpeta de exportación no existe.', 'permanent'],
  ])('%s is %s', (message, kind) => {
    expect(classifyGoogleError(new Error(message))).toBe(kind);
  });

  it('reads the message only: a code without Google text is not trusted', () => {
    expect(
      classifyGoogleError(Object.assign(new Error('x'), {code: 503})),
    ).toBe('permanent');
  });
});

describe('userMessage', () => {
  it('says what to do for each kind, in Spanish', () => {
    expect(userMessage(new Error(sheets429))).toBe(
      'Google limita las lecturas por minuto; intente de nuevo en un minuto.',
    );
    expect(userMessage(new Error(sheetsWrite429))).toBe(
      'Google limita las escrituras por minuto; intente de nuevo en un minuto.',
    );
    expect(userMessage(new Error(sheets503))).toBe(
      'El servicio de Google no respondió; intente de nuevo en unos minutos.',
    );
    expect(userMessage(new Error(timedOut))).toMatch(/^Google Sheets tardó/);
    expect(userMessage(new Error(mail))).toMatch(
      /^Se alcanzó el límite diario de correos/,
    );
  });

  it("keeps the add-on's own Spanish around Google's text", () => {
    const wrapped = `No se agregó ninguna fila al Master: falló la escritura en la hoja 'FE' (${failed}). La copia de respaldo quedó.`;
    const out = userMessage(new Error(wrapped));
    expect(out).toBe(
      "No se agregó ninguna fila al Master: falló la escritura en la hoja 'FE' (El servicio de Google no respondió; intente de nuevo en unos minutos). La copia de respaldo quedó.",
    );
    expect(out).not.toMatch(/Service|failed|document/);
  });

  it('leaves other messages unchanged', () => {
    expect(userMessage(new Error('La consulta no tiene filas.'))).toBe(
      'La consulta no tiene filas.',
    );
  });
});
