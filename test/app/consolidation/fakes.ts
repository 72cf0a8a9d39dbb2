// In-memory ports for the consolidation use cases: they record what was asked, in order.
import type {
  AppendLock,
  ClassificationStore,
  Clock,
  ExportReader,
  MasterPort,
  ReviewStore,
  ReviewTabContent,
} from '../../../src/app/consolidation/ports';
import {
  defaultRules,
  rulesToRows,
} from '../../../src/domain/consolidation/classification';
import type {
  ExportSheet,
  TargetTab,
} from '../../../src/domain/consolidation/join';
import type {
  MasterTabState,
  TabAppendPlan,
} from '../../../src/domain/consolidation/rows';
import type {ReviewState} from '../../../src/domain/consolidation/review';
import {knownExports} from '../../fixtures/exports';

/** The known scenario's four exports as sheets. */
export function knownSheets(): ExportSheet[] {
  return knownExports().map(wb => ({
    source: `archivo '${wb.fileName}'`,
    sheet: wb.sheets[0].name,
    system: wb.sheets[0].name === 'Documentos' ? 'noova' : 'netsuite',
    values: wb.sheets[0].values,
  }));
}

/** Every fake, sharing one ordered log of calls. */
export function fakes() {
  const log: string[] = [];
  let saved: {
    state: ReviewState;
    cells: string[][];
    tabs: ReviewTabContent[];
  } | null = null;
  const masterTabs: Partial<Record<TargetTab, MasterTabState>> = {
    costosFijos: {
      name: 'Relacion facturas Costos Fijos',
      headerRow: 2,
      headers: [
        'Codigo del desembolso',
        'Fecha Facturacion',
        '# Factura',
        'Nit',
        'Moneda',
        'Valor Neto Facturado',
      ],
      existingNumbers: ['FE-01002'],
    },
    mandato: {
      name: 'Relacion facturas mandato',
      headerRow: 2,
      headers: ['# Factura', 'Moneda', 'Interes Corriente Facturado'],
      existingNumbers: [],
    },
  };
  let failAppend: Error | null = null;
  const appended: TabAppendPlan[] = [];
  let n = 0;

  const exports: ExportReader = {
    read(sources) {
      log.push(`exports.read ${JSON.stringify(sources)}`);
      return {sheets: knownSheets(), skipped: []};
    },
  };
  const tableRows: unknown[][] = rulesToRows(defaultRules());
  const classification: ClassificationStore = {
    load() {
      log.push('classification.load');
      return {
        tabName: 'Clasificación de productos',
        rows: tableRows as string[][],
        created: false,
      };
    },
  };
  const reviews: ReviewStore = {
    save(state, cells, tabs) {
      log.push(`reviews.save ${state.reviewId}`);
      saved = {state, cells, tabs};
    },
    load() {
      log.push('reviews.load');
      return saved ? {state: saved.state, cells: saved.cells} : null;
    },
  };
  const master: MasterPort = {
    readTabs() {
      log.push('master.readTabs');
      return {name: 'Master', tabs: masterTabs};
    },
    backup(name) {
      log.push(`master.backup ${name}`);
      return {name, url: 'https://drive.google.com/file/d/backup/view'};
    },
    append(plans) {
      log.push(
        `master.append ${plans.map(p => `${p.masterTab}:${p.rows.length}`).join(',')}`,
      );
      if (failAppend) throw failAppend;
      appended.push(...plans);
      for (const p of plans) {
        const tab = p.tab;
        masterTabs[tab]!.existingNumbers.push(...p.keys);
      }
      return plans.map(() => 10);
    },
  };
  const lock: AppendLock = {
    acquire: () => log.push('lock.acquire'),
    release: () => log.push('lock.release'),
  };
  const clock: Clock = {
    nowMs: () => Date.UTC(2025, 9, 1, 15, 0, 0),
    newId: () => `rev-${++n}`,
  };
  return {
    log,
    exports,
    classification,
    tableRows,
    reviews,
    master,
    masterTabs,
    lock,
    clock,
    appended,
    saved: () => saved,
    failAppendWith: (e: Error) => {
      failAppend = e;
    },
  };
}
