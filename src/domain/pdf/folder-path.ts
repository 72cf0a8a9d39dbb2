// Reads year, month and branch (Finkargo/mandato) from a PDF's folder path, for the suspicious check.
import {MONTH_NAMES_ES} from '../kernel/months';
import {foldSpaced} from '../kernel/text-fold';

/** Branch of the folder tree: "Facturacion Finkargo" (Costos Fijos) or "Facturacion mandato". */
export type PdfBranch = 'finkargo' | 'mandato';

/** What a folder path says about the invoices inside it; a field is absent when no folder says it. */
export interface FolderFacts {
  year?: number;
  /** 1-12 */
  month?: number;
  branch?: PdfBranch;
}

function monthOf(folded: string): number | undefined {
  // "09. Septiembre", "9 - septiembre", "Septiembre", "setiembre"
  for (let i = 0; i < MONTH_NAMES_ES.length; i++) {
    if (new RegExp(`(^|[^a-z])${MONTH_NAMES_ES[i]}([^a-z]|$)`).test(folded))
      return i + 1;
  }
  if (/(^|[^a-z])setiembre([^a-z]|$)/.test(folded)) return 9;
  return undefined;
}

function yearOf(folded: string): number | undefined {
  const m = /(^|\D)(20\d\d)(\D|$)/.exec(folded);
  return m ? Number(m[2]) : undefined;
}

function branchOf(folded: string): PdfBranch | undefined {
  if (/(^|[^a-z])mandatos?([^a-z]|$)/.test(folded)) return 'mandato';
  if (/(^|[^a-z])finkargo([^a-z]|$)/.test(folded)) return 'finkargo';
  return undefined;
}

/**
 * Facts of a path like "Facturacion/Año 2025/09. Septiembre/Facturacion Finkargo": the deepest
 * folder that states a year, a month or a branch wins. The add-on's own folder names
 * ("Facturacion") state nothing.
 */
export function parseFolderPath(path: string): FolderFacts {
  const facts: FolderFacts = {};
  for (const segment of path.split('/')) {
    const folded = foldSpaced(segment);
    if (folded === '') continue;
    const year = yearOf(folded);
    const month = monthOf(folded);
    const branch = branchOf(folded);
    if (year !== undefined) facts.year = year;
    if (month !== undefined) facts.month = month;
    if (branch !== undefined) facts.branch = branch;
  }
  return facts;
}

/** The branch of a Master tab name ("Relacion facturas mandato" -> mandato, Costos Fijos -> finkargo). */
export function branchOfTab(tab: string): PdfBranch | undefined {
  const folded = foldSpaced(tab);
  if (/mandato/.test(folded)) return 'mandato';
  if (/costos fijos|finkargo/.test(folded)) return 'finkargo';
  return undefined;
}
