// Matching requested invoices against the PDF index: found, duplicate, missing or suspicious.
import {MONTH_NAMES_ES} from '../kernel/months';
import {
  branchOfTab,
  parseFolderPath,
  type FolderFacts,
  type PdfBranch,
} from './folder-path';

/** How a branch reads in a sentence: the company's name capitalised, the mandate as a word. */
const BRANCH_NAMES: Record<PdfBranch, string> = {
  finkargo: 'de Finkargo',
  mandato: 'del mandato',
};

/** One PDF of the index under one invoice key. */
export interface PdfIndexEntry {
  /** Canonical invoice key ("FE10555"). */
  key: string;
  fileId: string;
  name: string;
  /** Folder path from the root folder's name down: "Facturacion/Año 2025/09. Septiembre/...". */
  folderPath: string;
  /** ISO 8601 modified time. */
  modified: string;
  /** Bytes, 0 when unknown. */
  size: number;
}

/** An invoice asked for, with what the Master says about it when the caller knows it. */
export interface PdfRequest {
  key: string;
  /** Invoice date as ISO "YYYY-MM-DD" (or a longer ISO string). */
  date?: string;
  /** Master tab the row came from ("Relacion facturas mandato"...). */
  tab?: string;
}

export type PdfMatchStatus = 'found' | 'duplicate' | 'missing' | 'suspicious';

/** The outcome for one requested invoice. */
export interface PdfMatch {
  key: string;
  status: PdfMatchStatus;
  /** The candidate files (one when found/suspicious, several when duplicate, none when missing). */
  files: PdfIndexEntry[];
  /** Spanish explanation for suspicious (what disagrees) and duplicate. */
  reason?: string;
}

/** Groups index entries by key, one entry per file id (a file listed twice counts once). */
export function groupByKey(
  entries: readonly PdfIndexEntry[],
): Map<string, PdfIndexEntry[]> {
  const byKey = new Map<string, PdfIndexEntry[]>();
  for (const e of entries) {
    let list = byKey.get(e.key);
    if (!list) {
      list = [];
      byKey.set(e.key, list);
    }
    if (!list.some(f => f.fileId === e.fileId)) list.push(e);
  }
  return byKey;
}

interface Expected {
  year?: number;
  month?: number;
  branch?: PdfBranch;
}

function expectedOf(request: PdfRequest): Expected {
  const expected: Expected = {};
  const m = request.date ? /^(\d{4})-(\d{2})-\d{2}/.exec(request.date) : null;
  if (m) {
    expected.year = Number(m[1]);
    expected.month = Number(m[2]);
  }
  if (request.tab) expected.branch = branchOfTab(request.tab);
  return expected;
}

/** Spanish list of what disagrees between a folder and the Master row; [] when all agree. */
export function disagreements(
  facts: FolderFacts,
  expected: Expected,
): string[] {
  const out: string[] = [];
  if (
    facts.year !== undefined &&
    expected.year !== undefined &&
    facts.year !== expected.year
  ) {
    out.push(
      `la carpeta es del año ${facts.year} y la factura de ${expected.year}`,
    );
  }
  if (
    facts.month !== undefined &&
    expected.month !== undefined &&
    facts.month !== expected.month
  ) {
    out.push(
      `la carpeta es de ${MONTH_NAMES_ES[facts.month - 1]} y la factura de ${MONTH_NAMES_ES[expected.month - 1]}`,
    );
  }
  if (
    facts.branch !== undefined &&
    expected.branch !== undefined &&
    facts.branch !== expected.branch
  ) {
    out.push(
      `la carpeta es de la facturación ${BRANCH_NAMES[facts.branch]} y la fila del Master es ${BRANCH_NAMES[expected.branch]}`,
    );
  }
  return out;
}

/**
 * Matches each request against the index, exactly by canonical key (FE9133 never takes
 * FE91330.pdf). Duplicates list every file, newest first. Requests repeated in the input give one
 * result each, in the order asked.
 */
export function matchPdfs(
  requests: readonly PdfRequest[],
  index: ReadonlyMap<string, readonly PdfIndexEntry[]>,
): PdfMatch[] {
  return requests.map(request => {
    const files = [...(index.get(request.key) ?? [])];
    if (files.length === 0) return {key: request.key, status: 'missing', files};
    if (files.length > 1) {
      files.sort((a, b) =>
        a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0,
      );
      return {
        key: request.key,
        status: 'duplicate',
        files,
        reason: `Hay ${files.length} PDF con este número: ${files
          .map(f => `${f.folderPath}/${f.name}`)
          .join('; ')}`,
      };
    }
    const problems = disagreements(
      parseFolderPath(files[0].folderPath),
      expectedOf(request),
    );
    if (problems.length > 0) {
      return {
        key: request.key,
        status: 'suspicious',
        files,
        reason: `Revisar: ${problems.join('; ')}.`,
      };
    }
    return {key: request.key, status: 'found', files};
  });
}
