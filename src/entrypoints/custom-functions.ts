// Custom sheet functions (Spanish names): each takes a value or a range and returns the same shape.
import {checkDigit, parseNit} from '../domain/nit';
import {mapCells, type CellInput, type CellOutput} from './cells';

/**
 * Dígito de verificación (DV) de un NIT según la DIAN.
 *
 * @param {900206480} nit NIT sin dígito de verificación (número, texto con puntos, o un rango).
 * @return El dígito de verificación, o un texto de error si la celda no es un NIT.
 * @customfunction
 */
export function NIT_DV(nit: CellInput): CellOutput {
  return mapCells(nit, value => {
    if (value === '' || value === null) return '';
    const parsed = parseNit(value);
    if (!parsed.ok) {
      return parsed.problem === 'too-long'
        ? 'Error: el NIT tiene más de 15 dígitos'
        : `Error: "${String(value)}" no es un NIT`;
    }
    return checkDigit(parsed.nit.body);
  });
}
