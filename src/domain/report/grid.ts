// Report tabs as one 2-D grid: titled sections stacked with a blank row between them.
import {NUMBER_FORMATS, type CellKind} from '../kernel/cell-kinds';

/** A value a report writes into a cell: text (kept as text by the writer) or a number. */
export type GridValue = string | number;

/** How a column's numbers are shown: money, counts, sheet row numbers or day serials. */
export type ColumnFormat = Exclude<CellKind, 'text'>;

/** The pattern of cells a report leaves unformatted (Sheets' automatic format). */
export const PLAIN_FORMAT = 'General';

/** One titled table of a report tab. */
export interface GridSection {
  /** Stable id, so callers can find where the section landed (e.g. the chart's data). */
  id: string;
  title: string;
  header: string[];
  rows: GridValue[][];
  /** A Spanish line shown instead of rows when there are none. */
  empty?: string;
  /** Number format of each column's data cells (missing or null: left as is). */
  formats?: ReadonlyArray<ColumnFormat | null>;
}

/** Where a section landed in the grid (1-based rows and columns, header row included). */
export interface SectionPlace {
  id: string;
  headerRow: number;
  firstDataRow: number;
  /** Data rows written (0 when the section was empty). */
  dataRows: number;
  columns: number;
}

/** The grid of a tab: rectangular values plus where each section is. */
export interface Grid {
  values: GridValue[][];
  places: SectionPlace[];
  /**
   * Number format pattern of every cell, same shape as `values` (PLAIN_FORMAT where none), or null
   * when no section asks for one (nothing to apply).
   */
  formats: string[][] | null;
}

/** Rounds money to cents so that sums do not show floating-point dust. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Stacks the sections under an optional heading: title row, header row, data rows (or the
 * `empty` line), then a blank row. Every row is padded to the widest section.
 */
export function stackSections(
  heading: string[],
  sections: readonly GridSection[],
): Grid {
  const width = Math.max(
    1,
    ...sections.map(s => s.header.length),
    ...sections.flatMap(s => s.rows.map(r => r.length)),
  );
  const out: GridValue[][] = [];
  const pad = (row: GridValue[]): GridValue[] => {
    const padded: GridValue[] = new Array(width).fill('');
    for (let i = 0; i < row.length && i < width; i++) padded[i] = row[i];
    return padded;
  };
  for (const line of heading) out.push(pad([line]));
  if (heading.length > 0) out.push(pad([]));
  const places: SectionPlace[] = [];
  /** Grid row index (0-based) of each data row that gets formats, with the section's patterns. */
  const formatted: Array<{at: number; patterns: string[]}> = [];
  for (const s of sections) {
    out.push(pad([s.title]));
    out.push(pad(s.header));
    const headerRow = out.length;
    if (s.rows.length === 0) {
      out.push(pad([s.empty ?? 'Sin datos.']));
    } else {
      const patterns = s.formats?.some(f => f)
        ? Array.from({length: width}, (_, c) => {
            const f = s.formats?.[c];
            return f ? NUMBER_FORMATS[f] : PLAIN_FORMAT;
          })
        : null;
      for (const r of s.rows) {
        if (patterns) formatted.push({at: out.length, patterns});
        out.push(pad(r));
      }
    }
    places.push({
      id: s.id,
      headerRow,
      firstDataRow: headerRow + 1,
      dataRows: s.rows.length,
      columns: s.header.length,
    });
    out.push(pad([]));
  }
  let formats: string[][] | null = null;
  if (formatted.length > 0) {
    const plain: string[] = new Array(width).fill(PLAIN_FORMAT);
    formats = out.map(() => plain);
    for (const {at, patterns} of formatted) formats[at] = patterns;
  }
  return {values: out, places, formats};
}
