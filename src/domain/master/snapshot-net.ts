// The snapshot's net amount stored as what it differs from its parts by: the Master computes
// "Valor Neto" as costos fijos + seguro + intereses + otros - retención, so the difference is
// almost always 0 and compresses to nothing (the net column was a sixth of the packed snapshot).
import type {MasterFieldKey} from '../../common/settings';

/** Parts added to make the net amount, and the one subtracted. */
const ADDED: readonly MasterFieldKey[] = [
  'costosFijos',
  'seguroIva',
  'interesCorriente',
  'interesMora',
  'otros',
];
const SUBTRACTED: MasterFieldKey = 'retencion';

type Money = Partial<Record<MasterFieldKey, readonly number[]>>;

/** Whole cents of a value, or null when it is not exactly a number of cents (or not finite). */
function cents(v: number): number | null {
  const c = Math.round(v * 100);
  return Number.isSafeInteger(c) && c / 100 === v ? c : null;
}

function partsCents(money: Money, i: number): number | null {
  let sum = 0;
  for (const k of [...ADDED, SUBTRACTED]) {
    const v = money[k]?.[i];
    if (v === undefined || Number.isNaN(v)) continue;
    const c = cents(v);
    if (c === null) return null;
    sum += k === SUBTRACTED ? -c : c;
  }
  return sum;
}

/**
 * The net amount of each row minus its parts, in cents (null where the net is blank), or null
 * when some value is not a whole number of cents: then the net is stored as it is.
 */
export function netResidual(money: Money): Array<number | null> | null {
  const net = money.valorNeto;
  if (!net) return null;
  const out: Array<number | null> = new Array(net.length);
  for (let i = 0; i < net.length; i++) {
    if (Number.isNaN(net[i])) {
      out[i] = null;
      continue;
    }
    const n = cents(net[i]);
    const p = partsCents(money, i);
    if (n === null || p === null) return null;
    out[i] = n - p;
  }
  return out;
}

/** The net amounts back from netResidual and the same parts (exactly the values stored). */
export function netFromResidual(
  money: Money,
  residual: ReadonlyArray<number | null>,
): number[] {
  const out: number[] = new Array(residual.length);
  for (let i = 0; i < residual.length; i++) {
    const r = residual[i];
    out[i] = r === null ? NaN : ((partsCents(money, i) ?? 0) + r) / 100;
  }
  return out;
}
