// Which tab each report is written to: the add-on's own tab is replaced or kept dated; a user's tab is never touched.

import {REPORT_KINDS, type ReportKind} from '../../common/report-kinds';

/** The Spanish title of a report's tab. */
export function reportTitle(id: ReportKind): string {
  return REPORT_KINDS.find(k => k.id === id)?.title ?? id;
}

/** The run-history tab (owned by the add-on too, but appended to, never replaced). */
export const HISTORY_TAB = {
  id: 'historial',
  title: 'Historial de ejecuciones',
} as const;

/** What to do with the add-on's previous tab of a report. */
export type OldTabPolicy = 'replace' | 'keep-dated';

/** A tab of the spreadsheet as the planner sees it. */
export interface ExistingTab {
  name: string;
  /** The report id the add-on tagged it with (current tab), or null for a user's tab or an archived one. */
  reportId: string | null;
  /** When the add-on last wrote it ("2025-10-01 08:00"), if it says. */
  generated?: string;
}

/** How to write one report. */
export interface TabPlan {
  /** Name of the tab to write (existing when `reuse`, else to be created). */
  name: string;
  /** True: clear and rewrite the add-on's existing tab named `name`. */
  reuse: boolean;
  /** The add-on's previous tab to rename (and untag) before creating the new one. */
  archive?: {from: string; to: string};
  /** Spanish notices for the user (a user tab was in the way...). */
  notices: string[];
}

function taken(tabs: readonly ExistingTab[], name: string): boolean {
  const lower = name.toLocaleLowerCase('es');
  return tabs.some(t => t.name.toLocaleLowerCase('es') === lower);
}

function freeName(tabs: readonly ExistingTab[], base: string): string {
  if (!taken(tabs, base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`;
    if (!taken(tabs, name)) return name;
  }
}

/**
 * Plans the tab for report `id` titled `title`, given the spreadsheet's tabs, the user's choice
 * for old tabs and a date label ("2025-10-01 08:00"): an archived copy is named with the date it
 * was generated, or with this label when the tab does not say.
 */
export function planReportTab(
  id: string,
  title: string,
  tabs: readonly ExistingTab[],
  policy: OldTabPolicy,
  dateLabel: string,
): TabPlan {
  const notices: string[] = [];
  const current = tabs.find(t => t.reportId === id);
  const userHoldsTitle = tabs.some(
    t =>
      t.reportId !== id &&
      t.name.toLocaleLowerCase('es') === title.toLocaleLowerCase('es'),
  );
  const alternate = `${title} (Facturación)`;
  if (userHoldsTitle) {
    notices.push(
      `Ya existe una hoja «${title}» que no creó el complemento; no se modificó. ` +
        'El informe se escribió en otra hoja (ver abajo).',
    );
  }
  if (current && policy === 'replace') {
    return {
      name: current.name,
      reuse: true,
      notices: finish(notices, current.name, userHoldsTitle),
    };
  }
  let remaining = tabs;
  let archive: TabPlan['archive'];
  if (current) {
    const to = freeName(tabs, `${title} ${current.generated ?? dateLabel}`);
    archive = {from: current.name, to};
    remaining = tabs
      .filter(t => t !== current)
      .concat([{name: to, reportId: null}]);
    notices.push(`La versión anterior quedó en la hoja «${to}».`);
  }
  const name = userHoldsTitle
    ? freeName(remaining, alternate)
    : freeName(remaining, title);
  return {
    name,
    reuse: false,
    archive,
    notices: finish(notices, name, userHoldsTitle),
  };
}

function finish(notices: string[], name: string, moved: boolean): string[] {
  if (!moved) return notices;
  return notices.map(n =>
    n.replace('en otra hoja (ver abajo)', `en «${name}»`),
  );
}
