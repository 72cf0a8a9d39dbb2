// The Spanish verdict a probe row shows in the diagnosis tab.
import type {Observation} from './probe';

export const PENDING = 'Pendiente';

/** "Sí", "NO" or "Sin comprobar: <why>". */
export function verdictOf(o: Observation): string {
  if (o.agrees === true) return 'Sí';
  if (o.agrees === false) return 'NO';
  return `Sin comprobar: ${o.why ?? 'sin datos'}`;
}
