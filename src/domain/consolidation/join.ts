// Joins the Noova and NetSuite exports by normalised invoice number (Noova the base), classifies each line,
// matches credit notes to their invoices and counts what the review must show.
import {
  CATEGORIES,
  UNCLASSIFIED,
  classifyLine,
  productCodeKey,
  type Category,
  type Classification,
  type ClassificationTable,
  type LineClassification,
} from './classification';
import {
  NETSUITE_LAYOUT,
  NOOVA_LAYOUT,
  locateColumns,
  missingColumnsMessage,
  type ExportSystem,
  type NetSuiteColumn,
  type NoovaColumn,
} from './columns';
import {
  isBlank,
  parseDate,
  parseMoney,
  textOf,
  type RawCell,
} from '../kernel/cell-values';
import {foldWords, parseExportCurrency} from './text';
import {isoOfDay} from '../kernel/day';
import {
  describeInvoiceProblem,
  parseInvoiceNumber,
  type InvoiceNumber,
} from '../kernel/invoice-number';
import type {ConsolidationStatsDto} from '../../common/consolidation-api';

/** One sheet of an export, as read from a converted file or a tab of the spreadsheet. */
export interface ExportSheet {
  /** Spanish description of where it came from: "archivo 'Noova sep.xlsx'" or "pestaña 'Noova'". */
  source: string;
  sheet: string;
  system: ExportSystem;
  values: ReadonlyArray<ReadonlyArray<RawCell>>;
}

/** The Master tab a row goes to. */
export type TargetTab = 'costosFijos' | 'mandato';

/** Prefix routing (docs/domain.md): ITPA to Mandato; FE, NCFE, ITGC and GL to Costos Fijos. */
export const PREFIX_ROUTES: Readonly<Record<string, TargetTab>> = {
  ITPA: 'mandato',
  FE: 'costosFijos',
  NCFE: 'costosFijos',
  ITGC: 'costosFijos',
  GL: 'costosFijos',
};

/** A Noova line with its classification and, when NetSuite gave it, its amount. */
export interface ConsolidatedLine {
  product: string;
  concept: string;
  category: Classification;
  classifiedBy: LineClassification['by'];
  amount: number | null;
}

/** One invoice or credit note, ready to become a Master row. */
export interface ConsolidatedInvoice {
  key: string;
  prefix: string;
  creditNote: boolean;
  tab: TargetTab;
  /** ISO day, or null when Noova's date could not be read. */
  date: string | null;
  nit: string;
  client: string;
  email: string;
  status: string;
  delivery: string;
  desembolso: string;
  currency: 'COP' | 'USD' | null;
  lines: ConsolidatedLine[];
  /** Sums of the known amounts per category (0 when none). */
  byCategory: Record<Category, number>;
  unclassifiedAmount: number;
  /** Sum of every known amount; null when NetSuite gave none. */
  total: number | null;
  /** True when NetSuite has no amount for some line (or no row at all). */
  withoutValue: boolean;
  inNetSuite: boolean;
  /** For a credit note: the invoice it credits, when known. */
  creditsInvoice: string | null;
  /** For an invoice: the credit note of this batch that credits it. */
  creditedBy: {key: string; date: string | null} | null;
  /** Observations in Spanish, shown in the review. */
  notes: string[];
}

/** The counts the sidebar shows before the user confirms. */
/** The counts shown before confirming: the sidebar's DTO is the one definition. */
export type ConsolidationStats = ConsolidationStatsDto;

export interface ConsolidationResult {
  invoices: ConsolidatedInvoice[];
  stats: ConsolidationStats;
  /** Rows skipped or doubtful, each naming source, sheet and row (Spanish). */
  problems: string[];
}

/** Bad input that stops the consolidation (a missing column, no Noova export): Spanish message. */
export class ConsolidationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsolidationInputError';
  }
}

interface NoovaRow {
  number: InvoiceNumber;
  where: string;
  date: string | null;
  rawDate: string;
  nit: string;
  client: string;
  email: string;
  status: string;
  delivery: string;
  desembolso: string;
  product: string;
  concept: string;
  reference: string;
}

interface NetSuiteRow {
  number: InvoiceNumber;
  where: string;
  currencyText: string;
  amount: number | null;
}

/**
 * Consolidates the exports: every Noova invoice and credit note becomes one ConsolidatedInvoice
 * (NetSuite rows only add currency and amounts). Line amounts are paired in order when both
 * systems have the same number of lines for an invoice; otherwise the NetSuite total is kept whole
 * (in its category when all lines share one) and the invoice says so.
 */
export function consolidate(
  sheets: ReadonlyArray<ExportSheet>,
  table: ClassificationTable,
): ConsolidationResult {
  const problems: string[] = [];
  if (!sheets.some(s => s.system === 'noova')) {
    throw new ConsolidationInputError(
      'Falta el export de Noova (hoja "Documentos"): es la base de la consolidación.',
    );
  }
  if (!sheets.some(s => s.system === 'netsuite')) {
    throw new ConsolidationInputError(
      'Falta el export de NetSuite (hoja "VistapredeterminadaTransaccin"): de él salen la moneda y los valores.',
    );
  }
  const noova: NoovaRow[] = [];
  const netsuite: NetSuiteRow[] = [];
  for (const sheet of sheets) {
    if (sheet.system === 'noova') noova.push(...readNoova(sheet, problems));
    else netsuite.push(...readNetSuite(sheet, problems));
  }

  const noovaByKey = groupBy(noova, r => r.number.key);
  const netsuiteByKey = groupBy(netsuite, r => r.number.key);
  const invoices: ConsolidatedInvoice[] = [];
  for (const [key, rows] of noovaByKey) {
    const route = PREFIX_ROUTES[rows[0].number.prefix];
    if (!route) {
      problems.push(
        `${rows[0].where}: la factura ${key} tiene el prefijo ${rows[0].number.prefix}, que no va a ninguna hoja del Master (ITPA va a Mandato; FE, NCFE, ITGC y GL a Costos Fijos); no se incluyó.`,
      );
      continue;
    }
    invoices.push(
      buildInvoice(key, route, rows, netsuiteByKey.get(key) ?? [], table),
    );
  }
  matchCreditNotes(invoices);

  const onlyInNetSuite = [...netsuiteByKey.keys()].filter(
    k => !noovaByKey.has(k),
  );
  return {
    invoices,
    stats: computeStats(
      invoices,
      noova.length,
      netsuite.length,
      onlyInNetSuite,
    ),
    problems,
  };
}

function readNoova(sheet: ExportSheet, problems: string[]): NoovaRow[] {
  const found = locateColumns<NoovaColumn>(sheet.values, NOOVA_LAYOUT.columns);
  if (!found.ok) {
    throw new ConsolidationInputError(
      missingColumnsMessage(
        sheet.source,
        sheet.sheet,
        NOOVA_LAYOUT,
        found.missing,
        found.headerRow,
        found.headers,
      ),
    );
  }
  const {headerRow, columns} = found.located;
  const get = (row: ReadonlyArray<RawCell>, key: NoovaColumn): RawCell => {
    const i = columns[key];
    return i === undefined ? '' : row[i];
  };
  const out: NoovaRow[] = [];
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const where = `${sheet.source}, hoja '${sheet.sheet}', fila ${r + 1}`;
    const numberCell = get(row, 'number');
    if (isBlank(numberCell) && isBlank(get(row, 'product'))) continue;
    if (isTotalRow(numberCell)) continue;
    const parsed = parseInvoiceNumber(numberCell);
    if (!parsed.ok) {
      problems.push(
        `${where}: el número "${textOf(numberCell)}" ${describeInvoiceProblem(parsed.problem)}; la fila no se incluyó.`,
      );
      continue;
    }
    const dateCell = get(row, 'date');
    out.push({
      number: parsed.number,
      where,
      date: dayText(dateCell),
      rawDate: textOf(dateCell),
      nit: textOf(get(row, 'nit')),
      client: textOf(get(row, 'client')),
      email: textOf(get(row, 'email')),
      status: textOf(get(row, 'status')),
      delivery: textOf(get(row, 'delivery')),
      desembolso: textOf(get(row, 'desembolso')),
      product: productCodeKey(get(row, 'product')),
      concept: textOf(get(row, 'concept')),
      reference: textOf(get(row, 'reference')),
    });
  }
  return out;
}

function readNetSuite(sheet: ExportSheet, problems: string[]): NetSuiteRow[] {
  const found = locateColumns<NetSuiteColumn>(
    sheet.values,
    NETSUITE_LAYOUT.columns,
  );
  if (!found.ok) {
    throw new ConsolidationInputError(
      missingColumnsMessage(
        sheet.source,
        sheet.sheet,
        NETSUITE_LAYOUT,
        found.missing,
        found.headerRow,
        found.headers,
      ),
    );
  }
  const {headerRow, columns} = found.located;
  const out: NetSuiteRow[] = [];
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const where = `${sheet.source}, hoja '${sheet.sheet}', fila ${r + 1}`;
    const numberCell = row[columns.number ?? -1];
    const amountCell = row[columns.amount ?? -1];
    if (isBlank(numberCell) && isBlank(amountCell)) continue;
    if (isTotalRow(numberCell)) continue;
    const parsed = parseInvoiceNumber(numberCell);
    if (!parsed.ok) {
      problems.push(
        `${where}: el número de documento "${textOf(numberCell)}" ${describeInvoiceProblem(parsed.problem)}; la fila no se incluyó.`,
      );
      continue;
    }
    const money = parseMoney(amountCell);
    const amount = money.kind === 'value' ? money.value : null;
    if (money.kind === 'problem') {
      problems.push(
        `${where}: el importe de ${parsed.number.key}: ${money.message}; se tomó como sin valor.`,
      );
    }
    out.push({
      number: parsed.number,
      where,
      currencyText: textOf(row[columns.currency ?? -1]),
      amount,
    });
  }
  return out;
}

/** An ISO day of a date cell (Date, serial or text), or null. */
function dayText(cell: RawCell): string | null {
  const parsed = parseDate(cell);
  return parsed.kind === 'value' ? isoOfDay(parsed.value) : null;
}

/** Subtotal rows ("Total", "Total general") that exports append: skipped silently. */
function isTotalRow(cell: RawCell): boolean {
  return /^total\b/.test(foldWords(cell));
}

function emptyByCategory(): Record<Category, number> {
  const out = {} as Record<Category, number>;
  for (const c of CATEGORIES) out[c] = 0;
  return out;
}

function buildInvoice(
  key: string,
  tab: TargetTab,
  rows: NoovaRow[],
  nsRows: NetSuiteRow[],
  table: ClassificationTable,
): ConsolidatedInvoice {
  const first = rows[0];
  const notes: string[] = [];
  const lines: ConsolidatedLine[] = rows.map(r => {
    const c = classifyLine(table, r.product, r.concept);
    return {
      product: r.product,
      concept: r.concept,
      category: c.category,
      classifiedBy: c.by,
      amount: null,
    };
  });
  if (first.date === null) {
    notes.push(`Fecha de Noova ilegible ("${first.rawDate}").`);
  }

  let currency: ConsolidatedInvoice['currency'] = null;
  if (nsRows.length) {
    const currencies = new Set(
      nsRows.map(r => parseExportCurrency(r.currencyText)),
    );
    currency = parseExportCurrency(nsRows[0].currencyText);
    if (currency === null) {
      notes.push(
        `Moneda de NetSuite no reconocida ("${nsRows[0].currencyText}").`,
      );
    }
    if (currencies.size > 1) {
      notes.push(
        'NetSuite da más de una moneda para esta factura; se tomó la primera.',
      );
    }
  } else {
    notes.push('No está en NetSuite: sin moneda ni valor.');
  }

  const byCategory = emptyByCategory();
  let unclassifiedAmount = 0;
  let total: number | null = null;
  let withoutValue = nsRows.length === 0;
  const add = (category: Classification, amount: number) => {
    if (category === UNCLASSIFIED) unclassifiedAmount += amount;
    else byCategory[category] += amount;
  };
  if (nsRows.length === lines.length) {
    lines.forEach((line, i) => {
      line.amount = nsRows[i].amount;
      if (line.amount === null) withoutValue = true;
      else {
        total = (total ?? 0) + line.amount;
        add(line.category, line.amount);
      }
    });
  } else if (nsRows.length > 0) {
    const known = nsRows.filter(r => r.amount !== null);
    if (known.length < nsRows.length) withoutValue = true;
    if (known.length) {
      const sum = known.reduce((s, r) => s + (r.amount ?? 0), 0);
      total = sum;
      const categories = new Set(lines.map(l => l.category));
      if (categories.size === 1) add(lines[0].category, sum);
      else {
        unclassifiedAmount += sum;
        notes.push(
          `Noova tiene ${lines.length} líneas y NetSuite ${nsRows.length}: el valor total quedó en Valor Neto sin repartir por concepto.`,
        );
      }
    }
  }
  if (withoutValue && nsRows.length)
    notes.push('NetSuite no da valor para alguna línea.');
  const unclassified = lines.filter(l => l.category === UNCLASSIFIED).length;
  if (unclassified) {
    notes.push(
      `${unclassified} ${unclassified === 1 ? 'línea sin clasificar' : 'líneas sin clasificar'} (producto ${lines
        .filter(l => l.category === UNCLASSIFIED)
        .map(l => l.product || 'vacío')
        .join(', ')}).`,
    );
  }
  return {
    key,
    prefix: first.number.prefix,
    creditNote: first.number.creditNote,
    tab,
    date: first.date,
    nit: first.nit,
    client: first.client,
    email: first.email,
    status: first.status,
    delivery: first.delivery,
    desembolso: first.desembolso,
    currency,
    lines,
    byCategory,
    unclassifiedAmount,
    total,
    withoutValue,
    inNetSuite: nsRows.length > 0,
    creditsInvoice: referenceOf(first.reference),
    creditedBy: null,
    notes,
  };
}

function referenceOf(text: string): string | null {
  if (!text) return null;
  const parsed = parseInvoiceNumber(text);
  return parsed.ok && !parsed.number.creditNote ? parsed.number.key : null;
}

/**
 * Credit notes: by Noova's reference column when it names an invoice; else the one invoice of the
 * batch with the same NIT, desembolso code and currency whose total equals the note's (in absolute value).
 */
function matchCreditNotes(invoices: ConsolidatedInvoice[]): void {
  const byKey = new Map(
    invoices.filter(i => !i.creditNote).map(i => [i.key, i]),
  );
  for (const note of invoices.filter(i => i.creditNote)) {
    if (note.creditsInvoice === null && note.total !== null) {
      const candidates = [...byKey.values()].filter(
        inv =>
          inv.nit === note.nit &&
          inv.desembolso === note.desembolso &&
          inv.currency === note.currency &&
          inv.total !== null &&
          Math.abs(Math.abs(inv.total) - Math.abs(note.total ?? 0)) < 0.005,
      );
      if (candidates.length === 1) note.creditsInvoice = candidates[0].key;
      else if (candidates.length > 1) {
        note.notes.push(
          `Varias facturas podrían ser la de esta nota (${candidates.map(c => c.key).join(', ')}); indíquela a mano.`,
        );
      }
    }
    if (note.creditsInvoice === null) {
      note.notes.push('Nota crédito sin factura asociada.');
      continue;
    }
    const invoice = byKey.get(note.creditsInvoice);
    if (invoice) invoice.creditedBy = {key: note.key, date: note.date};
    else {
      note.notes.push(
        `Acredita la factura ${note.creditsInvoice}, que no está en estos exports (puede estar ya en el Master).`,
      );
    }
  }
}

function computeStats(
  invoices: ConsolidatedInvoice[],
  noovaLines: number,
  netsuiteLines: number,
  onlyInNetSuite: string[],
): ConsolidationStats {
  const totals = {COP: 0, USD: 0};
  let withoutCurrency = 0;
  for (const inv of invoices) {
    if (inv.total === null) continue;
    if (inv.currency) totals[inv.currency] += inv.total;
    else withoutCurrency++;
  }
  const notes = invoices.filter(i => i.creditNote);
  return {
    noovaLines,
    netsuiteLines,
    invoices: invoices.length - notes.length,
    creditNotes: notes.length,
    byTab: {
      costosFijos: invoices.filter(i => i.tab === 'costosFijos').length,
      mandato: invoices.filter(i => i.tab === 'mandato').length,
    },
    withoutValue: invoices.filter(i => i.withoutValue).length,
    unclassifiedLines: invoices.reduce(
      (n, i) => n + i.lines.filter(l => l.category === UNCLASSIFIED).length,
      0,
    ),
    totals: {COP: round2(totals.COP), USD: round2(totals.USD)},
    withoutCurrency,
    onlyInNoova: invoices.filter(i => !i.inNetSuite).map(i => i.key),
    onlyInNetSuite,
    creditNotesMatched: notes.filter(n => n.creditsInvoice !== null).length,
    creditNotesUnmatched: notes
      .filter(n => n.creditsInvoice === null)
      .map(n => n.key),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}
