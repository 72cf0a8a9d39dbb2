// Report options from the sidebar, checked and completed with defaults (Spanish messages).
import type {ReportKind, ReportOptions} from '../../common/report-api';
import {REPORT_KINDS} from '../../common/report-kinds';

/** Options with every default filled in. */
export type FullReportOptions = Required<ReportOptions>;

/** A bad option; the message is Spanish. */
export class ReportOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportOptionsError';
  }
}

const KINDS: readonly ReportKind[] = REPORT_KINDS.map(k => k.id);

/** Checks options coming from the sidebar (or stored with a schedule) and fills the defaults. */
export function normaliseReportOptions(value: unknown): FullReportOptions {
  const v =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  let reports: ReportKind[] = [...KINDS];
  if (v.reports !== undefined) {
    if (!Array.isArray(v.reports)) {
      throw new ReportOptionsError(
        'Los informes a generar deben ser una lista.',
      );
    }
    for (const r of v.reports) {
      if (!KINDS.includes(r as ReportKind)) {
        throw new ReportOptionsError(
          `"${String(r)}" no es un informe: use ${KINDS.join(', ')}.`,
        );
      }
    }
    reports = KINDS.filter(k => (v.reports as unknown[]).includes(k));
    if (reports.length === 0) {
      throw new ReportOptionsError('Elija al menos un informe para generar.');
    }
  }
  const oldTabs = v.oldTabs ?? 'replace';
  if (oldTabs !== 'replace' && oldTabs !== 'keep-dated') {
    throw new ReportOptionsError(
      `"${String(oldTabs)}" no es una opción para las hojas anteriores: use reemplazar o conservar con fecha.`,
    );
  }
  const exportFormat = v.exportFormat ?? 'none';
  if (
    exportFormat !== 'none' &&
    exportFormat !== 'xlsx' &&
    exportFormat !== 'pdf'
  ) {
    throw new ReportOptionsError(
      `"${String(exportFormat)}" no es un formato de exportación: use xlsx o pdf.`,
    );
  }
  return {
    reports,
    oldTabs,
    sendEmail: v.sendEmail === true,
    exportFormat,
    restart: v.restart === true,
  };
}
