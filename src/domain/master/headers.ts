// Finding the Master's invoice tabs and, in each, the header row and the column of every field.
import type {
  MasterFieldKey,
  MasterProfileSettings,
} from '../../common/settings';
import {MASTER_FIELDS} from './fields';
import {type RawCell, textOf} from '../kernel/cell-values';
import {sameTabName} from '../kernel/text-fold';
import {type FoundColumn, columnsOfRow, headerIndex} from './vocabulary';

/** The header row of a tab and where each field is. */
export interface TabLayout {
  title: string;
  /** 1-based row of the headers. */
  headerRow: number;
  columns: Partial<Record<MasterFieldKey, FoundColumn>>;
  /** Every non-blank header of that row, for messages and the settings pane. */
  headers: string[];
}

/** A problem that stops a tab from being read (Spanish message). */
export class MasterLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterLayoutError';
  }
}

/** The tabs of the workbook that the profile names as invoice tabs, in the profile's order. */
export function matchInvoiceTabs(
  sheetTitles: readonly string[],
  profile: MasterProfileSettings,
): {matched: string[]; missing: string[]} {
  const matched: string[] = [];
  const missing: string[] = [];
  for (const wanted of profile.invoiceTabs) {
    const found = sheetTitles.find(t => sameTabName(t, wanted));
    if (found === undefined) missing.push(wanted);
    else if (!matched.includes(found)) matched.push(found);
  }
  return {matched, missing};
}

/**
 * Detects the header row among the first rows of a tab (title and merged rows above it are
 * skipped): the row naming the most fields wins; it must name every required field.
 * Throws MasterLayoutError in Spanish naming the tab, the missing fields and what was found.
 */
export function detectLayout(
  title: string,
  topRows: readonly (readonly RawCell[])[],
  profile: MasterProfileSettings,
): TabLayout {
  const index = headerIndex(
    profile.synonyms,
    MASTER_FIELDS.map(f => f.key),
  );
  let best = -1;
  let bestColumns: Partial<Record<MasterFieldKey, FoundColumn>> = {};
  let bestCount = 0;
  for (let r = 0; r < topRows.length; r++) {
    // The first column carrying a field's name wins (Costos Fijos has two "Nit"-like columns at most).
    const columns = columnsOfRow(topRows[r], index);
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
      bestColumns = columns;
    }
  }
  if (best < 0 || bestCount < 2) {
    throw new MasterLayoutError(
      `La hoja '${title}' no tiene una fila de encabezados reconocible en sus primeras ${topRows.length} filas (se buscan, por ejemplo, "${MASTER_FIELDS.filter(
        f => f.required,
      )
        .map(f => profile.synonyms[f.key][0])
        .join('", "')}").`,
    );
  }
  const headers = topRows[best].map(textOf).filter(h => h !== '');
  const missing = MASTER_FIELDS.filter(f => f.required && !bestColumns[f.key]);
  if (missing.length > 0) {
    const labels = missing.map(f => f.label);
    const what =
      labels.length === 1
        ? `la columna ${labels[0]}`
        : `las columnas ${labels.slice(0, -1).join(', ')} y ${labels[labels.length - 1]}`;
    throw new MasterLayoutError(
      `A la hoja '${title}' le falta ${what}; encabezados encontrados en la fila ${best + 1}: ${headers.join(', ')}.`,
    );
  }
  return {title, headerRow: best + 1, columns: bestColumns, headers};
}
