// The Master for =FACTURADO: this spreadsheet read with only the 4 needed columns per tab, or the
// latest snapshot loadMaster stored under the source's alias; Spanish texts otherwise.
import {
  loadBilledMaster,
  NO_SNAPSHOT_MESSAGE,
} from '../../../src/app/master/billed';
import {latestSnapshotAlias, loadMaster} from '../../../src/app/master/service';
import {defaultSettings} from '../../../src/domain/settings/rules';
import type {ColumnRequest} from '../../../src/app/master/ports';
import type {MasterTable} from '../../../src/domain/master/table';
import type {Settings} from '../../../src/common/settings';
import {COSTOS, MANDATO} from '../../domain/master/fixture';
import {fixedLocator, gridReader, mapSnapshots} from './fakes';

function ports(settings: Settings, snapshots = mapSnapshots()) {
  const reader = gridReader([COSTOS, MANDATO]);
  const requested: ColumnRequest[] = [];
  const readColumns = reader.readColumns.bind(reader);
  reader.readColumns = (id, columns) => {
    requested.push(...columns);
    return readColumns(id, columns);
  };
  const aliases: string[] = [];
  const maxAges: Array<number | undefined> = [];
  return {
    reader,
    requested,
    aliases,
    maxAges,
    ports: {
      settings,
      activeFileId: () => 'active-1',
      reader,
      latestSnapshot: (alias: string, maxAgeMs?: number) => {
        aliases.push(alias);
        maxAges.push(maxAgeMs);
        const key = snapshots.data.get(alias);
        return key === undefined ? null : snapshots.get(key);
      },
    },
  };
}

describe('loadBilledMaster', () => {
  it('reads this spreadsheet in 3 reader calls, only NIT, Moneda, fecha and neto columns', () => {
    const p = ports(defaultSettings());
    const table = loadBilledMaster(p.ports) as MasterTable;
    expect(p.reader.calls).toEqual(['listSheets', 'readBlocks', 'readColumns']);
    // 4 fields x 2 tabs, by header: COSTOS has them in columns I, E, B, G; MANDATO in I, H, F, E.
    expect(p.requested.map(c => `${c.title}!${c.column}`).sort()).toEqual(
      [
        'Relacion facturas Costos Fijos!9',
        'Relacion facturas Costos Fijos!5',
        'Relacion facturas Costos Fijos!2',
        'Relacion facturas Costos Fijos!7',
        'Relación facturas mandato!9',
        'Relación facturas mandato!8',
        'Relación facturas mandato!6',
        'Relación facturas mandato!5',
      ].sort(),
    );
    expect(table.text.nit).toContain('901082949');
    expect(table.text.client.every(c => c === '')).toBe(true);
    // It asked first for a snapshot of this spreadsheet written in the last 10 minutes: none.
    expect(p.aliases).toEqual([latestSnapshotAlias(defaultSettings())]);
    expect(p.maxAges).toEqual([10 * 60 * 1000]);
  });

  it('turns a layout problem into a cell text', () => {
    const settings = defaultSettings();
    settings.masterProfile.invoiceTabs = ['Otra hoja'];
    expect(loadBilledMaster(ports(settings).ports)).toMatch(
      /^Error: El Master no tiene ninguna de las hojas de facturas configuradas \('Otra hoja'\)/,
    );
  });

  it('uses the latest snapshot of another file, or asks for Consultar', () => {
    const settings: Settings = {
      ...defaultSettings(),
      masterSource: {kind: 'file', fileIdOrUrl: 'master-1'},
    };
    const snapshots = mapSnapshots();
    const p = ports(settings, snapshots);
    expect(loadBilledMaster(p.ports)).toBe(NO_SNAPSHOT_MESSAGE);
    // The fake store keeps the alias like the cache adapter does.
    const put = snapshots.put;
    snapshots.put = (key, text, alias) => {
      if (alias !== undefined) snapshots.data.set(alias, key);
      return put(key, text);
    };
    const loaded = loadMaster({
      settings,
      locator: fixedLocator({isActive: false}),
      reader: gridReader([COSTOS, MANDATO]),
      snapshots,
    });
    const table = loadBilledMaster(p.ports) as MasterTable;
    expect(table.size).toBe(loaded.table.size);
    expect(table.text.nit).toEqual(loaded.table.text.nit);
    expect(p.reader.calls).toEqual([]);
    expect(p.aliases).toEqual([
      latestSnapshotAlias(settings),
      latestSnapshotAlias(settings),
    ]);
  });
});
