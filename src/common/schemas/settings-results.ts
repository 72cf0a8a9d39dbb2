// Schemas of what the settings and header calls answer besides the settings themselves (SettingsSchema):
// the folder descriptions of Configuración and the sidebar's header.
import * as v from 'valibot';

/** A Drive folder of the settings as a person reads it: its name and where it is. */
export const FolderDescriptionSchema = v.strictObject({
  /** The value as stored (an id or a URL). */
  value: v.string(),
  /** The Drive id read from it; null when the value is no id or link. */
  id: v.nullable(v.string()),
  /** The folder's name; null when it cannot be opened. */
  name: v.nullable(v.string()),
  /** The folders above it, top first ("Mi unidad / Facturacion"); '' when unknown. */
  path: v.string(),
  /** Why it cannot be used (Spanish), or null. */
  problem: v.nullable(v.string()),
});

/** What the sidebar shows in its header: who, where, which build. */
export const AboutInfoSchema = v.strictObject({
  version: v.string(),
  spreadsheetName: v.string(),
  timeZone: v.string(),
  userEmail: v.string(),
  /** The companion workbook the outputs go to, once made; null while none or «en el mismo libro». */
  resultsWorkbook: v.nullable(
    v.strictObject({name: v.string(), url: v.string()}),
  ),
});
