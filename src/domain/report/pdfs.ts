// The PDF report: every Master invoice matched against the PDF index, keeping the missing, duplicate and suspicious ones.
import {isoOfDay} from '../kernel/day';
import {parseInvoiceNumber} from '../kernel/invoice-number';
import {
  groupByKey,
  matchPdfs,
  type PdfIndexEntry,
  type PdfMatch,
  type PdfRequest,
} from '../pdf/match';
import type {ReportRow} from './rows';

/** One invoice whose PDF needs attention, with the Master row it came from. */
export interface PdfProblem {
  match: PdfMatch;
  tab: string;
  row: number;
}

export interface PdfReport {
  /** Distinct invoices looked up. */
  invoices: number;
  found: number;
  missing: number;
  duplicate: number;
  suspicious: number;
  /** Non-found results: missing, then duplicate, then suspicious; each by invoice key. */
  problems: PdfProblem[];
}

const ORDER = {missing: 0, duplicate: 1, suspicious: 2, found: 3};

/** Matches each distinct invoice of the Master (first row wins) against the index entries. */
export function buildPdfReport(
  rows: readonly ReportRow[],
  entries: readonly PdfIndexEntry[],
): PdfReport {
  const requests: PdfRequest[] = [];
  const origin: Array<{tab: string; row: number}> = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.invoiceText === '') continue;
    const parsed = parseInvoiceNumber(r.invoiceText);
    if (!parsed.ok || seen.has(parsed.number.key)) continue;
    seen.add(parsed.number.key);
    requests.push({
      key: parsed.number.key,
      date: r.issueDate === null ? undefined : isoOfDay(r.issueDate),
      tab: r.tab,
    });
    origin.push({tab: r.tab, row: r.row});
  }
  const matches = matchPdfs(requests, groupByKey(entries));
  const report: PdfReport = {
    invoices: matches.length,
    found: 0,
    missing: 0,
    duplicate: 0,
    suspicious: 0,
    problems: [],
  };
  matches.forEach((match, i) => {
    report[match.status]++;
    if (match.status !== 'found') report.problems.push({match, ...origin[i]});
  });
  report.problems.sort(
    (a, b) =>
      ORDER[a.match.status] - ORDER[b.match.status] ||
      (a.match.key < b.match.key ? -1 : a.match.key > b.match.key ? 1 : 0),
  );
  return report;
}
