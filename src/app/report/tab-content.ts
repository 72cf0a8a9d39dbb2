// What each report tab holds: its heading and its content, built from the Master's rows (the one place a new report kind adds its case).
import {buildAging} from '../../domain/report/aging';
import {
  agingContent,
  pdfContent,
  qualityContent,
  summaryContent,
  unavailableContent,
  type ReportHeading,
  type TabContent,
} from '../../domain/report/content';
import {zoneLabel} from '../../domain/kernel/format';
import {buildPdfReport} from '../../domain/report/pdfs';
import {checkQuality} from '../../domain/report/quality';
import {buildSummary} from '../../domain/report/summary';
import {reportTitle} from '../../domain/report/tabs';
import type {ReportKind} from '../../common/report-api';
import type {MasterData, ReportPorts} from './ports';
import {addNotice, type RunState} from './run-state';

/** The lines above a report: its title, when and from which Master it was made, its notices. */
export function headingOf(
  id: ReportKind,
  m: MasterData,
  s: RunState,
  timeZone: string,
  notices: string[],
): ReportHeading {
  return {
    title: reportTitle(id),
    generated: `Generado el ${s.dateLabel} (${zoneLabel(timeZone)}) por el complemento Facturación.`,
    source: `Master: ${m.sourceName}; hojas: ${m.columns.tabs.join(', ')}.`,
    notices,
  };
}

/** A tab's content, and whether the report could be built (false: the tab says why not). */
export function contentOf(
  stage: ReportKind,
  m: MasterData,
  s: RunState,
  ports: ReportPorts,
  heading: ReportHeading,
): {content: TabContent; available: boolean} {
  switch (stage) {
    case 'resumen': {
      const summary = buildSummary(m.rows, m.columns);
      const note =
        m.columns.categories.length === 0
          ? 'El Master no tiene columnas por categoría (intereses corriente, mora, costos fijos, seguro + IVA, otros).'
          : null;
      return {
        content: summaryContent(summary, heading, note),
        available: true,
      };
    }
    case 'cartera': {
      const aging = buildAging(m.rows, m.columns, s.asOf);
      if (!aging.available) addNotice(s, aging.reason);
      return {
        content: agingContent(aging, heading),
        available: aging.available,
      };
    }
    case 'calidad': {
      const q = checkQuality(m.rows, m.reading);
      if (s.figures) {
        s.figures.qualityFindings = Object.values(q.counts).reduce(
          (a, b) => a + b,
          0,
        );
      }
      return {content: qualityContent(q, heading), available: true};
    }
    case 'pdfs': {
      if (!ports.pdfIndex.configured()) {
        const reason =
          'No hay carpetas de PDF en Configuración: agregue la carpeta raíz de las facturas para ver este informe.';
        addNotice(s, reason);
        return {content: unavailableContent(reason, heading), available: false};
      }
      const p = buildPdfReport(m.rows, ports.pdfIndex.entries());
      if (s.figures) {
        s.figures.pdfMissing = p.missing;
        s.figures.pdfDuplicate = p.duplicate;
        s.figures.pdfSuspicious = p.suspicious;
      }
      return {content: pdfContent(p, heading), available: true};
    }
  }
}
