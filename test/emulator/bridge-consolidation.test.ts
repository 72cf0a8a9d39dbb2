// The consolidation backup through build/Code.js with the world's own Drive/Sheets bridge: the
// exports' .xlsx converted synchronously (SheetJS) and BACKUP_<Master> a real copy of the Master.
import {join} from 'node:path';
import {knownExports, toXlsx} from '../fixtures/exports';
import type {
  AppendResult,
  ConsolidationReview,
} from '../../src/shared/consolidation-api';
import {SHEET_MIME, XLSX_MIME} from './drive/store';
import type {SheetData} from './spreadsheet/store';
import {createWorld} from './world';

const BUNDLE = join(__dirname, '../../build/Code.js');
const MASTER_NAME = 'Archivo control facturacion mensual Finkargo Def';
/** 2025-10-01 10:00 in Bogotá. */
const NOW = Date.UTC(2025, 9, 1, 15, 0, 0);

// The Master's layout, as in test/entrypoints/consolidation.test.ts.
const CF_HEADERS = [
  'Código del desembolso',
  'Fecha Facturacion',
  '# Factura',
  'Validacion Consecutivo',
  'NIT',
  'Moneda',
  'Valor Costos Fijos',
  'Seguro + Iva',
  'Int. Corriente Facturado FK',
  'Int. Mora Facturado FK',
  '(-) Retencio n en la Fuente',
  'Valor Neto Facturado',
  'Otros Valor',
  'Revision',
  'Estado',
  'Envio',
  'Fac de la nota Credito',
  'Fecha Nota Credito',
  '# Nota Credito',
  'Cliente',
  'Codigo Tercero',
];
const MANDATO_HEADERS = [
  'Codigo del desembolso',
  'Mes facturacion',
  'Interes Corriente Facturado',
  'Interes Mora Facturado Mandato',
  'Valor Neto Facturado',
  'Fecha Factura',
  '# Factura',
  'Moneda',
  'Nit',
];

let uploads: Array<{name: string; bytes: Uint8Array}> = [];
beforeAll(async () => {
  uploads = [];
  for (const wb of knownExports())
    uploads.push({name: wb.fileName, bytes: new Uint8Array(await toXlsx(wb))});
});

/** Every stored value of a tab, row by row. */
function grid(sheet: SheetData): unknown[][] {
  const {rows, columns} = sheet.extent();
  const out: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= columns; c++) row.push(sheet.get(r, c));
    out.push(row);
  }
  return out;
}

it('appendToMaster backs the Master up as a real spreadsheet copy (pre-append values) next to it', () => {
  const world = createWorld({now: NOW});
  const master = world.spreadsheets.create(MASTER_NAME, [
    {
      name: 'Relacion facturas Costos Fijos',
      rows: [
        ['Relación de facturas - Costos fijos'],
        [''],
        CF_HEADERS,
        [
          'CO:901082949:1:7:PAG',
          '01/08/2025',
          'FE-01002',
          '',
          '901082949',
          'COP',
          10,
          '',
          '',
          '',
          '',
          10,
        ],
        [
          'CO:901082949:1:8:PAG',
          '02/08/2025',
          'FE900',
          '',
          '901082949',
          'COP',
          20,
          '',
          '',
          '',
          '',
          20,
        ],
      ],
    },
    {
      name: 'Relación facturas  mandato',
      rows: [
        ['Mandato'],
        [''],
        MANDATO_HEADERS,
        ['CO:1', 'ago-25', 5, 0, 5, '', 'ITPA4000', 'COP', '800'],
      ],
    },
    {name: 'Cesion', rows: [['# Invoice'], ['X1']]},
  ]);
  const facturacion = world.driveStore.addFolder({name: 'Facturacion'});
  // The explicit registration the entrypoint tests do: adopts the mirrored file, no duplicate.
  world.driveStore.addFile({
    id: master.id,
    name: MASTER_NAME,
    parents: [facturacion.id],
    mimeType: SHEET_MIME,
  });
  const exportsFolder = world.driveStore.addFolder({
    name: 'Exports septiembre',
    parents: [facturacion.id],
  });
  for (const u of uploads)
    world.driveStore.addFile({
      name: u.name,
      parents: [exportsFolder.id],
      mimeType: XLSX_MIME,
      content: u.bytes,
    });
  const addon = world.loadAddon(BUNDLE);
  const before = master.sheets.map(s => [s.name, grid(s)]);

  const review = addon.run<ConsolidationReview>('consolidateExports', [
    {folder: `https://drive.google.com/drive/folders/${exportsFolder.id}`},
  ]);
  expect(review.inputs).toHaveLength(4);
  const result = addon.run<AppendResult>('appendToMaster', [
    review.reviewId,
    true,
  ]);
  expect(result.appended.reduce((n, a) => n + a.rows, 0)).toBeGreaterThan(0);

  const backups = [...world.driveStore.childIds(facturacion.id)]
    .map(id => world.driveStore.get(id)!)
    .filter(f => f.name.startsWith('BACKUP_'));
  expect(backups.map(b => [b.name, b.mimeType])).toEqual([
    [result.backupName, SHEET_MIME],
  ]);
  const copy = world.spreadsheets.get(backups[0].id)!;
  expect(copy.id).not.toBe(master.id);
  expect(copy.name).toBe(result.backupName);
  // The backup holds the Master as it was before the append; the Master has the new rows.
  const copied = new Map(copy.sheets.map(s => [s.name, grid(s)]));
  for (const [name, rows] of before)
    expect(copied.get(name as string)).toEqual(rows);
  const cf = master.sheetByName('Relacion facturas Costos Fijos')!;
  expect(cf.extent().rows).toBeGreaterThan(
    (before[0][1] as unknown[][]).length,
  );
  // The converted temporaries of the exports were trashed, not left as live files.
  expect(
    [...world.driveStore.items.values()]
      .filter(
        i =>
          i.mimeType === SHEET_MIME &&
          !i.trashed &&
          i.id !== master.id &&
          i.id !== copy.id,
      )
      .map(i => i.name),
  ).toEqual([]);
});
