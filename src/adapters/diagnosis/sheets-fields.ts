// Probe: Spreadsheets.get returns only the `fields` asked for and refuses a malformed mask.
import {sheetsService} from '../common/advanced-services';
import {same, thrownBy, type Probe} from './probe';

const EXPECTED = [
  'properties',
  "API call to sheets.spreadsheets.get failed with error: Error expanding 'fields' parameter. Cannot find matching fields for path ' sheets.properties'.",
].join(' | ');

/** A probe of the Sheets API's field masks on the given spreadsheet. */
export function sheetsFieldsProbe(spreadsheetId: string): Probe {
  return {
    id: 'sheets-fields',
    assumption:
      'Sheets.Spreadsheets.get honra fields y rechaza un espacio tras la coma',
    emulatorRule: EXPECTED,
    run() {
      const sheets = sheetsService();
      if (!sheets)
        return {
          observed: '',
          agrees: null,
          why: 'el servicio avanzado de Sheets no está habilitado',
        };
      const meta = sheets.Spreadsheets!.get(spreadsheetId, {
        fields: 'properties.title',
      }) as object;
      const observed = [
        Object.keys(meta).join(','),
        thrownBy(() =>
          sheets.Spreadsheets!.get(spreadsheetId, {
            fields: 'properties, sheets.properties',
          }),
        ),
      ].join(' | ');
      return same(EXPECTED, observed);
    },
  };
}
