// The e-mail summary of a report run: plain text with the link to the spreadsheet and the key figures.
import type {ReportFigures, ReportTabResult} from '../../common/report-api';
import {countText} from '../../common/plural';
import {neutraliseText} from '../kernel/cell-text';

const money = new Map<string, Intl.NumberFormat>();

/** es-CO money of a currency ("$ 1.234.568", "US$ 1.234,50"); other codes as plain numbers. */
export function formatMoney(amount: number, currency: string): string {
  if (!/^[A-Z]{3}$/.test(currency)) {
    return `${amount.toLocaleString('es-CO', {maximumFractionDigits: 2})} (${currency})`;
  }
  let f = money.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('es-CO', {style: 'currency', currency});
    money.set(currency, f);
  }
  return f.format(amount);
}

/** Subject and body of the summary e-mail; names from the user's files made inert (neutraliseText). */
export function reportMail(
  rawSpreadsheetName: string,
  spreadsheetUrl: string,
  dateLabel: string,
  figures: ReportFigures,
  tabs: readonly ReportTabResult[],
): {subject: string; body: string} {
  const spreadsheetName = neutraliseText(rawSpreadsheetName);
  const lines: string[] = [
    `Informe de facturación de «${spreadsheetName}» generado el ${dateLabel}.`,
    '',
    `Filas del Master: ${figures.rows.toLocaleString('es-CO')}`,
  ];
  for (const t of figures.totals) {
    lines.push(
      `Facturado en ${t.currency}: ${formatMoney(t.amount, t.currency)} (${countText(t.invoices, {one: 'factura', other: 'facturas'})})`,
    );
  }
  lines.push(
    `Hallazgos de calidad de datos: ${figures.qualityFindings.toLocaleString('es-CO')}`,
  );
  if (figures.pdfMissing !== null) {
    lines.push(
      `PDF faltantes: ${figures.pdfMissing}; duplicados: ${figures.pdfDuplicate}; sospechosos: ${figures.pdfSuspicious}`,
    );
  }
  lines.push('', 'Hojas del informe:');
  for (const t of tabs) {
    lines.push(
      `• ${neutraliseText(t.name)}${t.unavailable ? ' (no disponible, la hoja explica por qué)' : ''}: ${t.url}`,
    );
  }
  lines.push('', `Abrir la hoja de cálculo: ${spreadsheetUrl}`);
  return {
    subject: `Informe de facturación ${dateLabel} - ${spreadsheetName}`,
    body: lines.join('\n'),
  };
}
