// Probe: how Sheets reads text written by a script in an es_CO spreadsheet (numbers, dates, percents, formulas).
import type {Probe} from './probe';

/** What is written, and how the emulator reads it back (spreadsheet/parse-input.ts). */
const SAMPLES: ReadonlyArray<
  [written: string, read: (year: number) => string]
> = [
  ['1.234', () => 'n:1234'],
  ['1.234,5', () => 'n:1234.5'],
  ['15/09/2025', () => 'd:2025-09-15'],
  ['2025-09-15', () => 'd:2025-09-15'],
  ['sep-2025', () => 'd:2025-09-01'],
  ['1/7', year => `d:${year}-07-01`],
  ['12%', () => 'n:0.12'],
  ["'=1+1", () => 't:=1+1'],
  ['-2+3', () => 'f'],
  [' =1', () => 'f'],
];

/** The same texts in a cell formatted as plain text ("@"): kept verbatim. */
const AS_TEXT = ['1.234', 'sep-2025'];

function describe(value: unknown, formula: string, zone: string): string {
  if (formula) return 'f';
  if (value instanceof Date)
    return `d:${Utilities.formatDate(value, zone, 'yyyy-MM-dd')}`;
  if (typeof value === 'number') return `n:${value}`;
  return `t:${String(value)}`;
}

/** A probe writing into a temporary tab of ss (deleted afterwards). */
export function textParsingProbe(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Probe {
  return {
    id: 'text-parsing-es-co',
    assumption:
      'En una hoja es_CO, setValues lee el texto como si se tecleara: números, fechas, porcentajes y fórmulas; el apóstrofo y el formato @ lo guardan como texto',
    emulatorRule: SAMPLES.map(([w, r]) => `${w} → ${r(2025)}`).join(' | '),
    run() {
      const locale = ss.getSpreadsheetLocale();
      if (locale !== 'es_CO')
        return {
          observed: `configuración regional de la hoja: ${locale}`,
          agrees: null,
          why: 'use una hoja con configuración regional es_CO (Colombia)',
        };
      const zone = ss.getSpreadsheetTimeZone();
      const year = Number(Utilities.formatDate(new Date(), zone, 'yyyy'));
      const tab = ss.insertSheet(`diag-texto-${Date.now()}`);
      try {
        const typed = tab.getRange(1, 1, SAMPLES.length, 1);
        typed.setValues(SAMPLES.map(([w]) => [w]));
        const plain = tab.getRange(1, 2, AS_TEXT.length, 1);
        plain.setNumberFormat('@');
        plain.setValues(AS_TEXT.map(w => [w]));
        const values = typed.getValues();
        const formulas = typed.getFormulas();
        const read = values.map((row, i) =>
          describe(row[0], formulas[i][0], zone),
        );
        const kept = plain.getValues().map(row => describe(row[0], '', zone));
        const expected = [
          ...SAMPLES.map(([, r]) => r(year)),
          ...AS_TEXT.map(w => `t:${w}`),
        ];
        const observed = [...read, ...kept];
        return {
          observed: [...SAMPLES.map(([w]) => w), ...AS_TEXT.map(w => `@${w}`)]
            .map((w, i) => `${w} → ${observed[i]}`)
            .join(' | '),
          agrees: observed.join() === expected.join(),
        };
      } finally {
        ss.deleteSheet(tab);
      }
    },
  };
}
