// The registry of report tabs: stable id, the tab's Spanish title, the label of its checkbox in Reportes.
// ReportKind is derived from it; the report options, the run's stages, the tab titles and the sidebar read it.

/** Every report tab, in the order a run writes them. */
export const REPORT_KINDS = [
  {
    id: 'resumen',
    title: 'Resumen',
    label: 'Resumen (por cliente, mes y categoría, con gráfico)',
  },
  {id: 'cartera', title: 'Cartera por edades', label: 'Cartera por edades'},
  {
    id: 'pdfs',
    title: 'PDFs faltantes, duplicados y sospechosos',
    label: 'PDFs faltantes, duplicados y sospechosos',
  },
  {id: 'calidad', title: 'Calidad de datos', label: 'Calidad de datos'},
] as const satisfies ReadonlyArray<{id: string; title: string; label: string}>;

/** The id of a report tab: one of REPORT_KINDS. */
export type ReportKind = (typeof REPORT_KINDS)[number]['id'];
