// Schema of the add-on's settings as saveSettings receives them: where the Master is, how to read it,
// the Drive folders and the report's recipients. Meaning (ids, e-mails, Drive) is checked after the shape.
import * as v from 'valibot';
import {MASTER_FIELDS, type MasterFieldKey} from '../master-fields';
import {
  driveRef,
  oneOf,
  option,
  record,
  text,
  textList,
  wholeNumber,
} from './common';

/** Most Drive folders searched for PDFs. */
const MAX_FOLDERS = 50;
/** Most invoice tabs, header names per field and recipients. */
const MAX_SETTING_ITEMS = 50;
/** RFC 5321: an address has at most 254 characters. */
const MAX_EMAIL = 254;

/** Where the Master workbook is. */
export const MasterSourceSchema = oneOf(
  'kind',
  [
    /** The spreadsheet the add-on is open in (the default). */
    option({kind: v.literal('active')}),
    /** A Google Sheet or .xlsx given by its URL or id. */
    option({kind: v.literal('file'), fileIdOrUrl: driveRef}),
    /** The newest file (modified time) in a folder whose name contains a text, as the old system did. */
    option({
      kind: v.literal('newest-in-folder'),
      folderIdOrUrl: driveRef,
      nameContains: text(),
    }),
  ],
  'un objeto {kind: "active" | "file" | "newest-in-folder", ...}',
);

const headerNames = textList(100, MAX_SETTING_ITEMS);

/** For each Master field, the header texts that name it. */
const synonymEntries = Object.fromEntries(
  MASTER_FIELDS.map(f => [f.key, headerNames]),
) as Record<MasterFieldKey, typeof headerNames>;

/** How to read the Master: which tabs hold invoices and which headers name each field. */
export const MasterProfileSchema = record({
  /** Names of the invoice tabs (matched ignoring case, accents and spaces). */
  invoiceTabs: textList(100, MAX_SETTING_ITEMS),
  /** How many rows from the top are scanned for the header row. */
  headerScanRows: wholeNumber(1, 50),
  /** For each field, the header texts that name it (matched after folding). */
  synonyms: record(synonymEntries),
});

/** What the user changed in one field's default header names: names added, default names taken out. */
const SynonymChangeSchema = record({
  added: headerNames,
  removed: headerNames,
});

/**
 * How the settings store the synonyms (not the sidebar's shape, which has the full lists): per Master
 * field, only what differs from the defaults, so a default added later reaches every spreadsheet.
 */
export const SynonymChangesSchema = record(
  Object.fromEntries(
    MASTER_FIELDS.map(f => [f.key, v.optional(SynonymChangeSchema)]),
  ) as Record<
    MasterFieldKey,
    v.OptionalSchema<typeof SynonymChangeSchema, undefined>
  >,
);

/** Drive folders by id or URL (the PDF folders; describeFolders takes the same list). */
export const FolderListSchema = v.pipe(
  v.array(driveRef, 'una lista de enlaces o ids de carpetas de Drive'),
  v.maxLength(MAX_FOLDERS, `una lista de a lo sumo ${MAX_FOLDERS} carpetas`),
);

/**
 * Where the add-on writes its outputs: 'companion' (the default) a workbook of its own next to this
 * one, «Facturación - resultados», so the Master stays untouched; 'same' this spreadsheet.
 */
export const OutputWorkbookSchema = v.picklist(
  ['companion', 'same'],
  'uno de "companion" (un libro aparte) o "same" (en el mismo libro)',
);

/** Every setting of the add-on, stored in the document's properties. */
export const SettingsSchema = record({
  masterSource: MasterSourceSchema,
  masterProfile: MasterProfileSchema,
  /** Drive folders (ids or URLs) under which invoice PDFs are searched. */
  pdfRootFolders: FolderListSchema,
  /** Drive folder (id or URL) where exports and ZIPs are saved; '' = none chosen yet. */
  exportFolder: driveRef,
  /** E-mail addresses that receive the scheduled report summary. */
  reportRecipients: textList(MAX_EMAIL, MAX_SETTING_ITEMS),
  /** Where outputs go (OutputWorkbookSchema). */
  outputWorkbook: OutputWorkbookSchema,
});
