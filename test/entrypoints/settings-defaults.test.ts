// Defaults stay defaults, through build/Code.js: settings saved in the old full-list form still get header names added to the defaults since, keep the names the user took out, are stored as changes once saved again, and the consolidation finds the Master's columns by the same names as the reader.
import {join} from 'node:path';
import {knownExports, toXlsx} from '../fixtures/exports';
import {
  CF_HEADERS,
  addConsolidationMaster,
  type ExportUpload,
} from '../fixtures/consolidation-master';
import {createWorld} from '../emulator/world';
import type {
  AppendResult,
  ConsolidationReview,
} from '../../src/common/consolidation-api';
import type {MasterOverview} from '../../src/common/master-api';
import type {Settings} from '../../src/common/settings';
import {FULL_LIST_DEFAULTS} from '../../src/domain/settings/full-list-defaults';
import {TARGET_TABS} from '../../src/domain/consolidation/rows';
import {MASTER_FIELDS} from '../../src/common/master-fields';

const BUNDLE = join(__dirname, '../../build/Code.js');
/** 2025-10-01 10:00 in Bogotá. */
const NOW = Date.UTC(2025, 9, 1, 15, 0, 0);
const CF_TAB = 'Relacion facturas Costos Fijos';
/** A spelling of the Costos Fijos interest column that today's defaults have and the old ones lacked. */
const NEW_DEFAULT = 'Interes Corriente Facturado FK';

let uploads: ExportUpload[] = [];
beforeAll(async () => {
  uploads = [];
  for (const wb of knownExports())
    uploads.push({name: wb.fileName, bytes: new Uint8Array(await toXlsx(wb))});
});

/**
 * What a version before this change stored after the user took 'Cliente' out of the client names:
 * every list in full, as the defaults of that version had them (no NEW_DEFAULT among them).
 */
function fullListRecord(): Record<string, unknown> {
  return {
    masterSource: {kind: 'active'},
    masterProfile: {
      invoiceTabs: [
        'Relacion facturas Costos Fijos',
        'Relacion facturas mandato',
      ],
      headerScanRows: 10,
      synonyms: {
        ...FULL_LIST_DEFAULTS,
        interesCorriente: [
          'Int. Corriente Facturado FK',
          'Interes Corriente Facturado',
          'Interes corriente',
        ],
        client: ['Nombre cliente', 'Razon social', 'Nombre tercero'],
      },
    },
    pdfRootFolders: [],
    exportFolder: '',
    reportRecipients: [],
  };
}

/** The Master with its Costos Fijos interest column spelled NEW_DEFAULT, and the old record stored. */
function setup() {
  const world = createWorld({now: NOW});
  const cfHeaders = CF_HEADERS.map(h =>
    h === 'Int. Corriente Facturado FK' ? NEW_DEFAULT : h,
  );
  const {master, exportsFolderId} = addConsolidationMaster(world, uploads, {
    costosFijos: cfHeaders,
  });
  const key = `facturacion.doc.${master.id}.facturacion.settings.v1`;
  world.properties.script.set(key, JSON.stringify(fullListRecord()));
  const addon = world.loadAddon(BUNDLE);
  const run = <T>(name: string, ...args: unknown[]) => addon.run<T>(name, args);
  const stored = () =>
    JSON.parse(world.properties.script.get(key) ?? 'null') as {
      masterProfile: Record<string, unknown>;
    };
  /** The Master fields the reader found in Costos Fijos, with the header that named each. */
  const readerFields = () =>
    run<MasterOverview>('getOverview')
      .tabs.find(t => t.name === CF_TAB)!
      .fields.map(f => [f.key, f.header]);
  return {master, run, stored, readerFields, cfHeaders, exportsFolderId};
}

describe('settings stored in the old full-list form', () => {
  it('the Master reader recognises a header by a name added to the defaults since, and not by one the user took out', () => {
    const s = setup();
    const found = s.readerFields();
    expect(found).toContainEqual(['interesCorriente', NEW_DEFAULT]);
    expect(found.map(([k]) => k)).not.toContain('client');
    const settings = s.run<Settings>('getSettings');
    expect(settings.masterProfile.synonyms.interesCorriente).toContain(
      NEW_DEFAULT,
    );
    expect(settings.masterProfile.synonyms.client).toEqual([
      'Nombre cliente',
      'Razon social',
      'Nombre tercero',
    ]);
  });

  it('saved again from Configuración, stores only what the user changed, and the removal stays', () => {
    const s = setup();
    const shown = s.run<Settings>('getSettings');
    const saved = s.run<Settings>('saveSettings', shown);
    expect(saved).toEqual(shown);
    expect(s.stored().masterProfile.synonyms).toBeUndefined();
    expect(s.stored().masterProfile.synonymChanges).toEqual({
      client: {added: [], removed: ['Cliente']},
    });
    expect(s.run<Settings>('getSettings')).toEqual(shown);
    expect(s.readerFields()).toContainEqual(['interesCorriente', NEW_DEFAULT]);
    expect(s.readerFields().map(([k]) => k)).not.toContain('client');
  });

  it('the consolidation finds in the Master exactly the columns the reader finds', () => {
    const s = setup();
    const readerKeys = new Set(s.readerFields().map(([k]) => k));
    const review = s.run<ConsolidationReview>('consolidateExports', {
      folder: `https://drive.google.com/drive/folders/${s.exportsFolderId}`,
    });
    const result = s.run<AppendResult>('appendToMaster', review.reviewId, true);
    const unmapped =
      result.unmappedColumns.find(u => u.masterTab === CF_TAB)?.columns ?? [];
    const masterFields = new Set<string>(MASTER_FIELDS.map(f => f.key));
    const filled = TARGET_TABS.costosFijos.fields.filter(f =>
      masterFields.has(f.column),
    );
    // Each Master field the consolidation fills is mapped exactly when the reader found it.
    for (const field of filled) {
      expect([field.column, !unmapped.includes(field.title)]).toEqual([
        field.column,
        readerKeys.has(field.column),
      ]);
    }
    expect(unmapped).toContain('Cliente');
    expect(unmapped).not.toContain('Int. Corriente Facturado FK');
    // The interest lands under NEW_DEFAULT: the header row and the appended rows have a value there.
    const cf = s.master.sheetByName(CF_TAB)!;
    const column = s.cfHeaders.indexOf(NEW_DEFAULT) + 1;
    const appended = result.appended.find(a => a.masterTab === CF_TAB)!;
    const values = Array.from({length: appended.rows}, (_, i) =>
      cf.get(appended.firstRow + i, column),
    );
    expect(values.some(v => typeof v === 'number' && v !== 0)).toBe(true);
  });
});
