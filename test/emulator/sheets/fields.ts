// The `fields` parameter of Spreadsheets.get: "sheets.properties(title,gridProperties(rowCount))".
// Sheets' parser is stricter than Drive's: paths use dots, no spaces, and every name must exist.

import type {FieldMask} from '../drive/fields';

/** A parsed mask, the shape Drive's masks have (drive/fields.ts `project` applies either). */
export type SheetsFieldMask = FieldMask;

/** The names the Spreadsheet resource has, by path (developers.google.com/sheets/api/reference/rest/v4/spreadsheets). */
const SCHEMA: Record<string, readonly string[]> = {
  '': [
    'spreadsheetId',
    'properties',
    'sheets',
    'namedRanges',
    'spreadsheetUrl',
    'developerMetadata',
    'dataSources',
    'dataSourceSchedules',
  ],
  properties: [
    'title',
    'locale',
    'autoRecalc',
    'timeZone',
    'defaultFormat',
    'iterativeCalculationSettings',
    'spreadsheetTheme',
    'importFunctionsExternalUrlAccessAllowed',
  ],
  sheets: [
    'properties',
    'data',
    'merges',
    'conditionalFormats',
    'filterViews',
    'protectedRanges',
    'basicFilter',
    'charts',
    'bandedRanges',
    'developerMetadata',
    'rowGroups',
    'columnGroups',
    'slicers',
    'tables',
  ],
  'sheets.properties': [
    'sheetId',
    'title',
    'index',
    'sheetType',
    'gridProperties',
    'hidden',
    'tabColor',
    'tabColorStyle',
    'rightToLeft',
    'dataSourceSheetProperties',
  ],
  'sheets.properties.gridProperties': [
    'rowCount',
    'columnCount',
    'frozenRowCount',
    'frozenColumnCount',
    'hideGridlines',
    'rowGroupControlAfter',
    'columnGroupControlAfter',
  ],
  'sheets.developerMetadata': [
    'metadataId',
    'metadataKey',
    'metadataValue',
    'location',
    'visibility',
  ],
  developerMetadata: [
    'metadataId',
    'metadataKey',
    'metadataValue',
    'location',
    'visibility',
  ],
};

/**
 * The API's refusal of a mask, as public reports quote it (github.com/ringo380/claude-google-sheets-mcp
 * issues/2: "Error expanding 'fields' parameter. Cannot find matching fields for path ' sheets.properties'.",
 * a space after a comma included). How Apps Script wraps it is an ASSUMPTION.
 */
export function fieldsError(path: string): string {
  return `Error expanding 'fields' parameter. Cannot find matching fields for path '${path}'.`;
}

/** Parses and checks a mask; throws an Error with fieldsError(...) on the first bad path. */
export function parseSheetsFields(text: string): SheetsFieldMask {
  let pos = 0;
  const list = (prefix: string): SheetsFieldMask => {
    const mask: SheetsFieldMask = new Map();
    for (;;) {
      const start = pos;
      while (pos < text.length && !/[,()]/.test(text[pos])) pos++;
      const path = text.slice(start, pos);
      const names = path.split('.');
      let target = mask;
      let at = prefix;
      names.forEach((name, i) => {
        const full = at ? `${at}.${name}` : name;
        if (!(SCHEMA[at] ?? []).includes(name) && name !== '*')
          throw new Error(fieldsError(prefix ? `${prefix}.${path}` : path));
        if (i === names.length - 1) return;
        const existing = target.get(name);
        const next: SheetsFieldMask =
          existing instanceof Map ? existing : new Map();
        if (existing !== true) target.set(name, next);
        target = next;
        at = full;
      });
      const last = names[names.length - 1];
      const lastPath = at ? `${at}.${last}` : last;
      if (text[pos] === '(') {
        pos++;
        target.set(last, list(lastPath));
        if (text[pos] !== ')') throw new Error(fieldsError(text));
        pos++;
      } else target.set(last, true);
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      return mask;
    }
  };
  const mask = list('');
  if (pos !== text.length) throw new Error(fieldsError(text));
  return mask;
}
