// Data-quality checks over the Master's invoice rows; every finding names the tab and the row.
import {
  INVOICE_PREFIXES,
  describeInvoiceProblem,
  parseInvoiceNumber,
} from '../kernel/invoice-number';
import {checkDigit, parseNit} from '../kernel/nit';
import type {Diagnostic} from '../master/table';
import type {ReportRow} from './rows';
import {countText, pluralForm} from '../../common/plural';

/** Kinds of findings, in the order the Calidad de datos tab lists them. */
export const QUALITY_KINDS = [
  {key: 'nit-dv', label: 'NIT con dígito de verificación errado'},
  {key: 'nit-unreadable', label: 'NIT ilegible'},
  {key: 'duplicate-invoice', label: 'Número de factura repetido'},
  {key: 'consecutive-gap', label: 'Salto en el consecutivo'},
  {key: 'missing-amount', label: 'Fila sin valor'},
  {key: 'missing-date', label: 'Fila sin fecha'},
  {key: 'missing-nit', label: 'Fila sin NIT'},
  {key: 'unknown-prefix', label: 'Prefijo desconocido'},
  {key: 'invoice-unreadable', label: 'Número de factura ilegible'},
  {key: 'unreadable-cell', label: 'Celda o fila que no se pudo leer'},
] as const;

export type QualityKind = (typeof QUALITY_KINDS)[number]['key'];

/** One finding: what, where (tab and 1-based row; a gap names the row before it) and the value. */
export interface QualityIssue {
  kind: QualityKind;
  tab: string;
  row: number;
  /** The offending value as text ('' when the cell was blank). */
  value: string;
  /** Spanish explanation. */
  detail: string;
}

/** What the Master reader could not read: the first diagnostics kept in full, and how many in all. */
export interface ReadingDiagnostics {
  diagnostics: readonly Diagnostic[];
  total: number;
}

/** Reading diagnostics of one tab and column, counted over the ones kept in full. */
export interface ReadingGroup {
  tab: string;
  /** "K (Nit)", or '' for whole rows. */
  column: string;
  count: number;
  /** The first message of the group. */
  example: string;
}

/** All findings, and counts per kind (counts include findings beyond the listing cap). */
export interface QualityReport {
  issues: QualityIssue[];
  counts: Record<QualityKind, number>;
  /** Rows checked. */
  rows: number;
  /** The reading diagnostics grouped by tab and column (of the ones kept), most frequent first. */
  readingGroups: ReadingGroup[];
  /** Reading diagnostics listed (the rest are only counted in counts['unreadable-cell']). */
  readingListed: number;
}

/** The reader's diagnostics as findings of their own kind, and grouped by tab and column. */
function readingFindings(
  reading: ReadingDiagnostics,
  issues: QualityIssue[],
): ReadingGroup[] {
  const groups = new Map<string, ReadingGroup>();
  for (const d of reading.diagnostics) {
    issues.push({
      kind: 'unreadable-cell',
      tab: d.tab,
      row: d.row,
      value: d.column,
      detail: d.message,
    });
    const key = `${d.tab}\u0000${d.column}`;
    const g = groups.get(key);
    if (g) g.count++;
    else
      groups.set(key, {
        tab: d.tab,
        column: d.column,
        count: 1,
        example: d.message,
      });
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.tab < b.tab ? -1 : a.tab > b.tab ? 1 : 0) ||
      (a.column < b.column ? -1 : a.column > b.column ? 1 : 0),
  );
}

/** Where an invoice number was seen. */
interface Seen {
  tab: string;
  row: number;
  text: string;
}

/** True when the row holds nothing at all (a blank line inside the data). */
function isBlankRow(r: ReportRow): boolean {
  return (
    r.invoiceText === '' &&
    r.nitValue === null &&
    r.amount === null &&
    r.issueDate === null
  );
}

/**
 * Runs every check, and adds what the Master reader could not read (`reading`). Gaps are looked
 * for between the smallest and largest consecutive of each prefix (credit notes and test ranges
 * included, each prefix on its own).
 */
export function checkQuality(
  rows: readonly ReportRow[],
  reading: ReadingDiagnostics = {diagnostics: [], total: 0},
): QualityReport {
  const issues: QualityIssue[] = [];
  const readingGroups = readingFindings(reading, issues);
  const byKey = new Map<string, Seen[]>();
  const byPrefix = new Map<string, Map<number, Seen>>();
  let checked = 0;
  for (const r of rows) {
    if (isBlankRow(r)) continue;
    checked++;
    checkNit(r, issues);
    if (r.amount === null) {
      issues.push(
        issue('missing-amount', r, '', 'La fila no tiene valor facturado.'),
      );
    }
    if (r.issueDate === null && r.month === null) {
      issues.push(
        issue(
          'missing-date',
          r,
          '',
          'La fila no tiene fecha de factura ni mes de facturación.',
        ),
      );
    }
    if (r.invoiceText === '') continue;
    const parsed = parseInvoiceNumber(r.invoiceText);
    if (!parsed.ok) {
      const unknown = parsed.problem === 'unknown-prefix';
      issues.push(
        issue(
          unknown ? 'unknown-prefix' : 'invoice-unreadable',
          r,
          r.invoiceText,
          `"${r.invoiceText}" ${describeInvoiceProblem(parsed.problem)}.`,
        ),
      );
      continue;
    }
    const {key, prefix, consecutive} = parsed.number;
    const seen: Seen = {tab: r.tab, row: r.row, text: r.invoiceText};
    const list = byKey.get(key);
    if (list) list.push(seen);
    else byKey.set(key, [seen]);
    let consecutives = byPrefix.get(prefix);
    if (!consecutives) {
      consecutives = new Map();
      byPrefix.set(prefix, consecutives);
    }
    const n = Number(consecutive);
    if (!consecutives.has(n)) consecutives.set(n, seen);
  }
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    const where = list.map(s => `${s.tab} fila ${s.row}`).join('; ');
    for (const s of list) {
      issues.push({
        kind: 'duplicate-invoice',
        tab: s.tab,
        row: s.row,
        value: s.text,
        detail: `${key} aparece ${list.length} veces: ${where}.`,
      });
    }
  }
  for (const prefix of INVOICE_PREFIXES) {
    const consecutives = byPrefix.get(prefix);
    if (consecutives) findGaps(prefix, consecutives, issues);
  }
  const counts = Object.fromEntries(
    QUALITY_KINDS.map(k => [k.key, 0]),
  ) as Record<QualityKind, number>;
  for (const i of issues) counts[i.kind]++;
  counts['unreadable-cell'] = Math.max(
    reading.total,
    reading.diagnostics.length,
  );
  const order = new Map(QUALITY_KINDS.map((k, i) => [k.key as string, i]));
  issues.sort(
    (a, b) =>
      (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) ||
      (a.tab < b.tab ? -1 : a.tab > b.tab ? 1 : 0) ||
      a.row - b.row,
  );
  return {
    issues,
    counts,
    rows: checked,
    readingGroups,
    readingListed: reading.diagnostics.length,
  };
}

function checkNit(r: ReportRow, issues: QualityIssue[]): void {
  if (r.nitValue === null || String(r.nitValue).trim() === '') {
    issues.push(issue('missing-nit', r, '', 'La fila no tiene NIT.'));
    return;
  }
  const text = String(r.nitValue);
  const parsed = parseNit(r.nitValue);
  if (!parsed.ok) {
    issues.push(
      issue(
        'nit-unreadable',
        r,
        text,
        parsed.problem === 'too-long'
          ? `"${text}" tiene más de 15 dígitos.`
          : `"${text}" no es un NIT (solo dígitos, puntos y un guion antes del DV).`,
      ),
    );
    return;
  }
  const {body, dv} = parsed.nit;
  if (dv === null) return;
  const right = checkDigit(body);
  if (right !== dv) {
    issues.push(
      issue(
        'nit-dv',
        r,
        text,
        `El dígito de verificación de ${body} es ${right}, no ${dv}.`,
      ),
    );
  }
}

function findGaps(
  prefix: string,
  consecutives: Map<number, Seen>,
  issues: QualityIssue[],
): void {
  const sorted = [...consecutives.keys()].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    const missing = after - before - 1;
    if (missing <= 0) continue;
    const at = consecutives.get(before) as Seen;
    const next = consecutives.get(after) as Seen;
    const range =
      missing === 1
        ? `${prefix}${before + 1}`
        : `${prefix}${before + 1} a ${prefix}${after - 1}`;
    issues.push({
      kind: 'consecutive-gap',
      tab: at.tab,
      row: at.row,
      value: range,
      detail:
        `${pluralForm(missing, {one: 'Falta', other: 'Faltan'})} ${countText(missing, {one: 'número', other: 'números'})} entre ${prefix}${before} ` +
        `(${at.tab} fila ${at.row}) y ${prefix}${after} (${next.tab} fila ${next.row}).`,
    });
  }
}

function issue(
  kind: QualityKind,
  r: ReportRow,
  value: string,
  detail: string,
): QualityIssue {
  return {kind, tab: r.tab, row: r.row, value, detail};
}
