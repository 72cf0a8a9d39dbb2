// The content of each report tab as a grid (Spanish titles and headers), ready for one setValues.
import {AGING_BUCKETS, type AgingReport} from './aging';
import {formatDay} from './dates';
import {
  roundMoney,
  stackSections,
  type Grid,
  type GridSection,
  type GridValue,
} from './grid';
import type {PdfReport} from './pdfs';
import {QUALITY_KINDS, type QualityReport} from './quality';
import type {SummaryReport} from './summary';
import {countText} from '../../common/plural';

/** Most listed rows per section: keeps a tab well inside the spreadsheet's cell limit. */
export const MAX_LISTED_ROWS = 20_000;

/** A chart to embed: one series per currency column of a section. */
export interface ChartSpec {
  title: string;
  sectionId: string;
  /** 1-based column of the categories (months) inside the section. */
  labelColumn: number;
  /** 1-based columns of the series, each with its title. */
  series: Array<{column: number; title: string}>;
}

/** A report tab's grid and optional charts. */
export interface TabContent {
  grid: Grid;
  charts: ChartSpec[];
}

/** Lines at the top of every report tab. */
export interface ReportHeading {
  title: string;
  /** "Generado el 01/10/2025 08:00 (America/Bogota)". */
  generated: string;
  /** "Master: <name>; hojas: ...". */
  source: string;
  notices: string[];
}

function headingLines(h: ReportHeading): string[] {
  return [h.title, h.generated, h.source, ...h.notices];
}

function capped<T>(
  list: readonly T[],
  what: string,
): {items: readonly T[]; note: string | null} {
  if (list.length <= MAX_LISTED_ROWS) return {items: list, note: null};
  return {
    items: list.slice(0, MAX_LISTED_ROWS),
    note: `Se muestran ${MAX_LISTED_ROWS.toLocaleString('es-CO')} de ${list.length.toLocaleString('es-CO')} ${what}.`,
  };
}

/** Resumen: totals per currency, billing per month (charted), per category, per client and month. */
export function summaryContent(
  s: SummaryReport,
  heading: ReportHeading,
  categoriesNote: string | null,
): TabContent {
  const sections: GridSection[] = [
    {
      id: 'totales',
      title: 'Totales por moneda (COP y USD nunca se suman)',
      header: ['Moneda', 'Facturas', 'Valor facturado'],
      rows: s.totals.map(t => [t.currency, t.invoices, roundMoney(t.amount)]),
      formats: [null, 'count', 'money'],
      empty: 'No hay filas con valor facturado.',
    },
    {
      id: 'por-mes',
      title: 'Facturación por mes',
      header: ['Mes', ...s.currencies],
      rows: s.months.map(m => [m.label, ...m.amounts.map(roundMoney)]),
      formats: [null, ...s.currencies.map(() => 'money' as const)],
      empty: 'No hay filas con valor facturado.',
    },
    {
      id: 'por-categoria',
      title: 'Facturación por categoría',
      header: ['Moneda', 'Categoría', 'Valor'],
      rows: s.categories.map(c => [c.currency, c.label, roundMoney(c.amount)]),
      formats: [null, null, 'money'],
      empty: categoriesNote ?? 'No hay valores por categoría.',
    },
  ];
  const clients = capped(s.clientMonths, 'líneas de cliente y mes');
  sections.push({
    id: 'por-cliente-mes',
    title: 'Facturación por cliente y mes',
    header: ['NIT', 'Cliente', 'Moneda', 'Mes', 'Facturas', 'Valor'],
    formats: [null, null, null, null, 'count', 'money'],
    rows: clients.items.map(c => [
      c.nit,
      c.client,
      c.currency,
      c.label,
      c.invoices,
      roundMoney(c.amount),
    ]),
    empty: 'No hay filas con valor facturado.',
  });
  const notices = [...heading.notices];
  if (clients.note) notices.push(clients.note);
  const charts: ChartSpec[] = s.currencies.map((currency, i) => ({
    title: `Facturación por mes (${currency})`,
    sectionId: 'por-mes',
    labelColumn: 1,
    series: [{column: 2 + i, title: currency}],
  }));
  return {
    grid: stackSections(headingLines({...heading, notices}), sections),
    charts: s.months.length > 0 ? charts : [],
  };
}

/** Cartera por edades: per client and currency, and totals; or why it is not available. */
export function agingContent(
  a: AgingReport,
  heading: ReportHeading,
): TabContent {
  if (!a.available) {
    return {
      grid: stackSections(
        headingLines({...heading, notices: [...heading.notices, a.reason]}),
        [],
      ),
      charts: [],
    };
  }
  const labels = AGING_BUCKETS.map(b => b.label);
  const notices = [
    ...heading.notices,
    `Días de mora contados al ${formatDay(a.asOf)}; solo facturas no pagadas ni anuladas.`,
  ];
  if (a.skipped > 0) {
    notices.push(
      `${countText(a.skipped, {one: 'factura abierta sin fecha de vencimiento o sin valor no se incluyó', other: 'facturas abiertas sin fecha de vencimiento o sin valor no se incluyeron'})} (ver Calidad de datos).`,
    );
  }
  const lines = capped(a.lines, 'clientes');
  if (lines.note) notices.push(lines.note);
  const sections: GridSection[] = [
    {
      id: 'totales',
      title: 'Totales por moneda',
      header: ['Moneda', ...labels, 'Total'],
      formats: [null, ...labels.map(() => 'money' as const), 'money'],
      rows: a.totals.map(t => [
        t.currency,
        ...t.buckets.map(roundMoney),
        roundMoney(t.total),
      ]),
      empty: 'No hay facturas abiertas.',
    },
    {
      id: 'por-cliente',
      title: 'Por cliente',
      header: ['NIT', 'Cliente', 'Moneda', 'Facturas', ...labels, 'Total'],
      formats: [
        null,
        null,
        null,
        'count',
        ...labels.map(() => 'money' as const),
        'money',
      ],
      rows: lines.items.map(l => [
        l.nit,
        l.client,
        l.currency,
        l.invoices,
        ...l.buckets.map(roundMoney),
        roundMoney(l.total),
      ]),
      empty: 'No hay facturas abiertas.',
    },
  ];
  return {
    grid: stackSections(headingLines({...heading, notices}), sections),
    charts: [],
  };
}

const STATUS_LABEL = {
  missing: 'Faltante',
  duplicate: 'Duplicado',
  suspicious: 'Sospechoso',
  found: 'Encontrado',
};

/** PDFs faltantes / duplicados / sospechosos, with counts. */
export function pdfContent(p: PdfReport, heading: ReportHeading): TabContent {
  const list = capped(p.problems, 'facturas con novedad');
  const notices = [...heading.notices];
  if (list.note) notices.push(list.note);
  const sections: GridSection[] = [
    {
      id: 'conteo',
      title: 'Conteo',
      header: [
        'Facturas del Master',
        'Con PDF',
        'Faltantes',
        'Duplicados',
        'Sospechosos',
      ],
      rows: [[p.invoices, p.found, p.missing, p.duplicate, p.suspicious]],
      formats: ['count', 'count', 'count', 'count', 'count'],
    },
    {
      id: 'novedades',
      title: 'Facturas con novedad',
      header: ['Estado', 'Factura', 'Hoja', 'Fila', 'Archivos', 'Detalle'],
      formats: [null, null, null, 'row'],
      rows: list.items.map(x => [
        STATUS_LABEL[x.match.status],
        x.match.key,
        x.tab,
        x.row,
        x.match.files.map(f => `${f.folderPath}/${f.name}`).join('\n'),
        x.match.reason ??
          (x.match.status === 'missing'
            ? 'No hay PDF con este número en las carpetas indexadas.'
            : ''),
      ]),
      empty: 'Todas las facturas tienen exactamente un PDF.',
    },
  ];
  return {
    grid: stackSections(headingLines({...heading, notices}), sections),
    charts: [],
  };
}

/** Calidad de datos: counts per kind, then every finding with tab and row. */
export function qualityContent(
  q: QualityReport,
  heading: ReportHeading,
): TabContent {
  const list = capped(q.issues, 'hallazgos');
  const notices = [...heading.notices];
  if (list.note) notices.push(list.note);
  const unreadable = q.counts['unreadable-cell'];
  if (unreadable > q.readingListed) {
    notices.push(
      `El lector del Master no pudo leer ${countText(unreadable, {one: 'celda o fila', other: 'celdas o filas'})}; ` +
        `se detallan las primeras ${q.readingListed.toLocaleString('es-CO')}.`,
    );
  }
  const label = new Map<string, string>(
    QUALITY_KINDS.map(k => [k.key, k.label]),
  );
  const counts: GridValue[][] = QUALITY_KINDS.map(k => [
    k.label,
    q.counts[k.key],
  ]);
  const sections: GridSection[] = [
    {
      id: 'conteo',
      title: `Resumen (${countText(q.rows, {one: 'fila revisada', other: 'filas revisadas'})})`,
      header: ['Revisión', 'Hallazgos'],
      formats: [null, 'count'],
      rows: counts,
    },
    {
      id: 'hallazgos',
      title: 'Hallazgos',
      header: ['Revisión', 'Hoja', 'Fila', 'Valor', 'Detalle'],
      formats: [null, null, 'row'],
      rows: list.items.map(i => [
        label.get(i.kind) ?? i.kind,
        i.tab,
        i.row,
        i.value,
        i.detail,
      ]),
      empty: 'Sin hallazgos.',
    },
  ];
  if (q.readingGroups.length > 0) {
    sections.splice(1, 0, {
      id: 'lectura',
      title: `Celdas o filas que no se pudieron leer, por hoja y columna (${unreadable.toLocaleString('es-CO')} en total)`,
      header: ['Hoja', 'Columna', 'Casos', 'Ejemplo'],
      formats: [null, null, 'count'],
      rows: q.readingGroups.map(g => [
        g.tab,
        g.column === '' ? '(fila completa)' : g.column,
        g.count,
        g.example,
      ]),
    });
  }
  return {
    grid: stackSections(headingLines({...heading, notices}), sections),
    charts: [],
  };
}

/** A tab that only says why its report could not be built. */
export function unavailableContent(
  reason: string,
  heading: ReportHeading,
): TabContent {
  return {
    grid: stackSections(
      headingLines({...heading, notices: [...heading.notices, reason]}),
      [],
    ),
    charts: [],
  };
}
