// Sidebar functions for the Master: thin wrappers that call app/master/service, wired by compose/.
import type {
  ExportResult,
  FilterOptions,
  InvoicePage,
  InvoiceQuery,
  MasterApi,
  MasterOverview,
} from '../common/master-api';
import * as service from '../app/master/service';
import {sheetsExportWriter} from '../adapters/master/export-writer';
import {selectMasterRow} from '../adapters/master/navigation';
import {masterPorts} from './compose/master';
import {withEditAccess} from '../adapters/common/edit-access';

/** Tabs read, header rows and columns detected, totals per currency and problems found. */
export function getOverview(): MasterOverview {
  return service.getOverview(masterPorts());
}

/**
 * Choices for the query form: tabs, NITs with client names, desembolso codes of the picked NITs.
 * @param query The query being edited (tab and NITs narrow the choices).
 */
export function listFilterOptions(query: InvoiceQuery): FilterOptions {
  return service.listFilterOptions(masterPorts(), query);
}

/**
 * One page of the invoices matching the query, with the count and totals per currency.
 * @param query Tab or Consolidado, NITs, codes, date range, text, page.
 */
export function queryInvoices(query: InvoiceQuery): InvoicePage {
  return service.queryInvoices(masterPorts(), query);
}

/**
 * Exports every invoice matching the query: a new tab here and an .xlsx in the export folder.
 * @param query The query whose results are exported.
 */
export function exportQuery(query: InvoiceQuery): ExportResult {
  return withEditAccess(() => {
    return service.exportQuery(
      masterPorts(),
      sheetsExportWriter,
      () => Date.now(),
      query,
    );
  });
}

/**
 * Selects a Master row ("Ir a la fila"); only when the Master is the open spreadsheet.
 * @param tab The Master tab.
 * @param row The 1-based row.
 */
export function goToRow(tab: string, row: number): void {
  const deps = masterPorts();
  if (deps.settings.masterSource.kind !== 'active') {
    const location = deps.locator.locate(deps.settings.masterSource);
    if (!location.isActive) {
      throw new Error(
        `El Master no es esta hoja de cálculo: ábralo en ${location.url} para ir a la fila ${row} de '${tab}'.`,
      );
    }
  }
  selectMasterRow(tab, row);
}

/** The Master part of the sidebar contract. */
export const masterApi_ = {
  getOverview,
  listFilterOptions,
  queryInvoices,
  exportQuery,
  goToRow,
} satisfies MasterApi;
