// What goes into the ZIPs of the PDFs found: the list of files in order with their paths inside the
// ZIP (duplicates and suspicious ones in their own folders), the missing invoices, and part names.
import type {PdfLookupDto} from '../../common/pdf-api';

/**
 * Bytes of PDFs per ZIP: a blob just under 50 MB is the platform's limit (docs/platform.md, measured by
 * tanaikech); PDFs barely compress, so 45 MB of input leaves room for the ZIP's own headers.
 */
export const MAX_ZIP_INPUT_BYTES = 45 * 1024 * 1024;

/** One PDF to put in a ZIP, in the order of the plan. */
export interface ZipItem {
  invoice: string;
  fileId: string;
  name: string;
  /** Where it goes inside the ZIP (unique in the job). */
  path: string;
  /** Bytes as the lookup knew them (0: unknown). */
  size: number;
}

/** Everything a ZIP job will do, fixed when it starts so that later runs continue the same list. */
export interface ZipPlan {
  items: ZipItem[];
  /** Invoices with no PDF in Drive. */
  missing: string[];
  /** The lookup's Spanish notes (ignored input, the index's age...). */
  notes: string[];
}

/** A file name safe in any ZIP tool: no path separators or reserved characters. */
export function safeZipName(name: string): string {
  const cleaned = Array.from(name, ch => (ch.charCodeAt(0) < 32 ? '_' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim();
  return cleaned === '' ? 'sin_nombre.pdf' : cleaned;
}

/** Where each file goes inside the ZIP: found at the top, duplicates and suspicious apart. */
export function zipPath(lookup: PdfLookupDto, index: number): string {
  const file = lookup.files[index];
  const name = safeZipName(file.name);
  if (lookup.status === 'duplicate') {
    return `duplicados/${lookup.invoice}/${index + 1}_${safeZipName(file.folderPath.replace(/\//g, ' - '))}_${name}`;
  }
  if (lookup.status === 'suspicious') return `revisar/${name}`;
  return name;
}

function uniquePath(path: string, used: Set<string>): string {
  if (!used.has(path)) {
    used.add(path);
    return path;
  }
  const dot = path.toLowerCase().endsWith('.pdf')
    ? path.length - 4
    : path.length;
  for (let n = 2; ; n++) {
    const candidate = `${path.slice(0, dot)} (${n})${path.slice(dot)}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

/** Every PDF of the lookups (found, suspicious, and each copy of a duplicate), in order, with its path. */
export function planZip(
  lookups: readonly PdfLookupDto[],
  notes: readonly string[],
): ZipPlan {
  const used = new Set<string>();
  const items: ZipItem[] = [];
  for (const lookup of lookups) {
    lookup.files.forEach((file, i) =>
      items.push({
        invoice: lookup.invoice,
        fileId: file.fileId,
        name: file.name,
        path: uniquePath(zipPath(lookup, i), used),
        size: file.size,
      }),
    );
  }
  return {
    items,
    missing: lookups.filter(l => l.status === 'missing').map(l => l.invoice),
    notes: [...notes],
  };
}

/**
 * The name of the part numbered `n` (1-based): `<base>.zip` when it is the only one (the first,
 * and it holds the last PDF), else `<base>_parte<n>.zip`.
 */
export function partName(base: string, n: number, last: boolean): string {
  return n === 1 && last ? `${base}.zip` : `${base}_parte${n}.zip`;
}
