// Custom sheet functions (Spanish names): each takes a value or a range and returns the same shape.
import {
  describeInvoiceProblem,
  parseInvoiceNumber,
} from '../domain/kernel/invoice-number';
import {checkDigit, parseNit, wrongDvText} from '../domain/kernel/nit';
import {textOf} from '../domain/kernel/cell-values';
import {driveUrl} from '../domain/kernel/drive-id';
import {readPdfIndexForLookup} from '../adapters/pdf/index-sheet';
import {COMPANION_NAME, companionRecord} from '../adapters/common/companion';
import {loadBilledMaster} from '../app/master/billed';
import {billedFor, billedWindow, indexByNit} from '../domain/master/billed';
import {
  fromSheet,
  mapCells,
  zipCells,
  type Cell,
  type CellInput,
  type CellOutput,
  type SheetInput,
} from './cells';
import {billedMasterPorts} from './compose/master';

/**
 * Dígito de verificación (DV) de un NIT según la DIAN.
 *
 * @param {900206480} nit NIT sin dígito de verificación (número, texto con puntos, o un rango).
 * @return El dígito de verificación, o un texto de error si la celda no es un NIT o trae un DV errado.
 * @customfunction
 */
export function NIT_DV(nit: SheetInput): CellOutput {
  return mapCells(fromSheet(nit)!, value => {
    if (isBlank(value)) return '';
    const parsed = parseNit(value);
    if (!parsed.ok) return nitError(value, parsed.problem);
    const wrong = wrongDvText(parsed.nit);
    if (wrong) return `Error: "${textOf(value)}": ${wrong}`;
    return checkDigit(parsed.nit.body);
  });
}

/**
 * VERDADERO si el NIT trae el dígito de verificación correcto. Acepta "900.206.480-2",
 * 9002064802 (el último dígito es el DV) o el NIT y su DV en dos argumentos.
 *
 * @param {"900.206.480-2"} nit_con_dv NIT con su DV (texto con guion, o número con el DV al final), o un rango.
 * @param {2} dv Opcional: el DV en una celda aparte; entonces nit_con_dv es el NIT sin DV.
 * @return VERDADERO o FALSO, o un texto de error si la celda no es un NIT.
 * @customfunction
 */
export function NIT_VALIDO(
  nit_con_dv: SheetInput,
  dv?: SheetInput,
): CellOutput {
  return zipCells(fromSheet(nit_con_dv)!, fromSheet(dv), (value, dvValue) => {
    if (isBlank(value)) return '';
    const parsed = parseNit(value);
    if (!parsed.ok) return nitError(value, parsed.problem);
    let {body, dv: carried} = parsed.nit;
    if (!isBlank(dvValue)) {
      const given = Number(dvValue);
      if (!Number.isInteger(given) || given < 0 || given > 9) {
        return `Error: "${textOf(dvValue)}" no es un dígito de verificación (0 a 9)`;
      }
      if (carried !== null && carried !== given) return false;
      carried = given;
    } else if (carried === null) {
      if (body.length < 2)
        return `Error: "${textOf(value)}" es muy corto para traer DV`;
      carried = Number(body.slice(-1));
      body = body.slice(0, -1);
    }
    return checkDigit(body) === carried;
  });
}

/**
 * Número de factura normalizado: prefijo + consecutivo, sin separadores ni ceros a la izquierda
 * ("fe-010555" da "FE10555"; las notas crédito NCFE se conservan como NCFE).
 *
 * @param {"fe-010555"} numero Número de factura como se escribió, o un rango.
 * @return El número normalizado, o un texto de error si no es un número de factura.
 * @customfunction
 */
export function FACTURA_NORMALIZAR(numero: SheetInput): CellOutput {
  return mapCells(fromSheet(numero)!, value => {
    if (isBlank(value)) return '';
    const parsed = parseInvoiceNumber(value);
    if (parsed.ok) return parsed.number.key;
    return `Error: "${textOf(value)}" ${describeInvoiceProblem(parsed.problem)}`;
  });
}

/**
 * What =FACTURA_PDF says in a workbook without the index: when it is a Master whose outputs go to
 * the companion, where to use it instead (a custom function cannot open another workbook:
 * docs/platform.md), else how to build one. One Properties read.
 */
function noIndexMessage(): string {
  const companion = companionRecord();
  return companion
    ? `Error: el índice de PDF está en el libro «${COMPANION_NAME}» (${companion.url}); use =FACTURA_PDF en ese libro, o elija «En el mismo libro» en Configuración.`
    : NO_INDEX_MESSAGE;
}

/** What =FACTURA_PDF says when no index was built in this spreadsheet. */
export const NO_INDEX_MESSAGE =
  'Error: no hay índice de PDF en esta hoja. Créelo en Extensiones > Facturación > Abrir panel > Índice > Actualizar.';

/**
 * Enlace de Drive al PDF de una factura, según el índice de PDF que construye el panel (o el
 * informe programado). Devuelve "" si la factura no tiene PDF y "DUPLICADO: n PDF" si tiene varios.
 * No consulta Drive: actualice el índice para ver archivos nuevos.
 *
 * @param {"FE10555"} numero Número de factura (como se escriba: "fe-010555"), o un rango.
 * @return El enlace al PDF, "" si falta, "DUPLICADO: n PDF" si hay varios, o un texto de error.
 * @customfunction
 */
export function FACTURA_PDF(numero: SheetInput): CellOutput {
  const numbers = fromSheet(numero)!;
  const index = readPdfIndexForLookup();
  if (!index) {
    const message = noIndexMessage();
    return Array.isArray(numbers) ? mapCells(numbers, () => message) : message;
  }
  return mapCells(numbers, value => {
    if (isBlank(value)) return '';
    const parsed = parseInvoiceNumber(value);
    if (!parsed.ok) {
      return `Error: "${textOf(value)}" ${describeInvoiceProblem(parsed.problem)}`;
    }
    const ids = index.fileIdsByKey.get(parsed.number.key) ?? [];
    if (ids.length === 0) return '';
    if (ids.length > 1) return `DUPLICADO: ${ids.length} PDF`;
    return driveUrl(ids[0]);
  });
}

/**
 * Total neto facturado a un NIT según el Master, en una sola moneda (COP si no se indica; nunca
 * suma monedas distintas), por fecha de factura entre desde y hasta (incluidas). Si el Master es
 * esta hoja lo lee directamente; si no, usa la última copia que cargó el panel (Consultar).
 *
 * @param {"900.206.480-2"} nit NIT del cliente (con o sin DV), o un rango de NIT.
 * @param {"01/01/2025"} desde Opcional: primera fecha de factura incluida (fecha, número de serie o texto dd/mm/aaaa), o un rango del tamaño de nit con una fecha por fila.
 * @param {"30/09/2025"} hasta Opcional: última fecha de factura incluida (fecha, número de serie o texto dd/mm/aaaa), o un rango del tamaño de nit con una fecha por fila.
 * @param {"USD"} moneda Opcional: moneda a sumar ("COP" por defecto, "USD").
 * @return El total neto facturado (0 si el NIT no tiene facturas), o un texto de error.
 * @customfunction
 */
export function FACTURADO(
  nit: SheetInput,
  desde?: SheetInput,
  hasta?: SheetInput,
  moneda?: SheetInput,
): CellOutput {
  return billed(
    fromSheet(nit)!,
    fromSheet(desde),
    fromSheet(hasta),
    fromSheet(moneda),
  );
}

/** FACTURADO on arguments whose Dates are already serials of the spreadsheet's zone. */
function billed(
  nit: CellInput,
  desde: CellInput | undefined,
  hasta: CellInput | undefined,
  moneda: CellInput | undefined,
): CellOutput {
  const everyCell = (text: string): CellOutput =>
    Array.isArray(nit) ? mapCells(nit, () => text) : text;
  // desde and hasta: one cell for every NIT, or a range of nit's shape (one window per row).
  const perCell = (
    value: CellInput | undefined,
    name: string,
    ranged: boolean,
  ): {value: Cell} | {cells: Cell[][]} | {error: string} => {
    if (!Array.isArray(value)) return {value: value ?? null};
    if (value.length === 1 && value[0].length === 1)
      return {value: value[0][0]};
    if (ranged && sameShape(nit, value)) return {cells: value};
    return {
      error: ranged
        ? `Error: ${name} debe ser una sola celda o un rango del mismo tamaño que nit`
        : `Error: ${name} debe ser una sola celda, no un rango`,
    };
  };
  const desdeArg = perCell(desde, 'desde', true);
  const hastaArg = perCell(hasta, 'hasta', true);
  const monedaArg = perCell(moneda, 'moneda', false);
  for (const a of [desdeArg, hastaArg, monedaArg])
    if ('error' in a) return everyCell(a.error);
  const table = loadBilledMaster(billedMasterPorts());
  if (typeof table === 'string') return everyCell(table);
  const index = indexByNit(table);
  const currency = 'value' in monedaArg ? monedaArg.value : null;
  const at = (a: typeof desdeArg, r: number, c: number): Cell =>
    'value' in a ? a.value : 'cells' in a ? a.cells[r][c] : null;
  if ('value' in desdeArg && 'value' in hastaArg) {
    const window = billedWindow(
      index,
      desdeArg.value,
      hastaArg.value,
      currency,
    );
    if (typeof window === 'string') return everyCell(window);
    return mapCells(nit, value => billedFor(index, window, value));
  }
  const grid = nit as Cell[][];
  return grid.map((row, r) =>
    row.map((value, c) => {
      const window = billedWindow(
        index,
        at(desdeArg, r, c),
        at(hastaArg, r, c),
        currency,
      );
      return typeof window === 'string'
        ? window
        : billedFor(index, window, value);
    }),
  );
}

function sameShape(main: CellInput, other: Cell[][]): boolean {
  return (
    Array.isArray(main) &&
    main.length === other.length &&
    main.every((row, r) => row.length === other[r].length)
  );
}

function isBlank(value: Cell | undefined): boolean {
  return value === '' || value === null || value === undefined;
}

function nitError(value: Cell, problem: string): string {
  return problem === 'too-long'
    ? 'Error: el NIT tiene más de 15 dígitos'
    : `Error: "${textOf(value)}" no es un NIT`;
}
