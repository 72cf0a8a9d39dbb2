// Schemas of the Consolidar pane's arguments: where the exports are, and the confirmed append.
import * as v from 'valibot';
import {driveRef, nonEmptyText, record, textList, yesNo} from './common';

/** Most files picked by hand. */
const MAX_FILES = 200;

/** Where the exports are: any mix of a Drive folder, picked files and tabs of this spreadsheet. */
export const ConsolidationSourcesSchema = record({
  /** A Drive folder (URL or id): every .xlsx, .xls and Google Sheet directly in it is read. */
  folder: v.optional(driveRef),
  /** Files picked by URL or id (.xlsx, .xls or Google Sheets). */
  files: v.optional(
    v.pipe(
      v.array(driveRef, 'una lista de enlaces o ids de archivos de Drive'),
      v.maxLength(MAX_FILES, `una lista de a lo sumo ${MAX_FILES} archivos`),
    ),
  ),
  /** Names of tabs of this spreadsheet that hold an export pasted by hand. */
  tabs: v.optional(textList(100, MAX_FILES)),
});

/** The id consolidateExports returned. */
export const ReviewIdSchema = nonEmptyText(100);

/** The user's explicit confirmation of "Agregar al Master"; left out, it is not given (and the append refused). */
export const ConfirmedSchema = v.optional(yesNo, false);
