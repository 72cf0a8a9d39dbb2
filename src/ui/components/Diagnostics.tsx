// The Master's read problems of a result (cells that could not be read) and, apart, the rows left out on purpose.
import type {MasterDiagnostic} from '../../common/master-api';
import {countText} from '../../common/plural';

interface Props {
  diagnostics: readonly MasterDiagnostic[];
  diagnosticCount: number;
  skipped: readonly MasterDiagnostic[];
  skippedCount: number;
}

function Where({d}: {d: MasterDiagnostic}) {
  return (
    <li>
      {d.tab}, fila {d.row}
      {d.column && `, columna ${d.column}`}: {d.message}
    </li>
  );
}

/** Two collapsible lists: problems, then skipped rows; nothing when both are empty. */
export function Diagnostics(p: Props) {
  return (
    <>
      {p.diagnosticCount > 0 && (
        <details class="diagnostics">
          <summary>
            {countText(p.diagnosticCount, {
              one: 'celda con problemas',
              other: 'celdas con problemas',
            })}
          </summary>
          <ul class="small">
            {p.diagnostics.map((d, i) => (
              <Where key={i} d={d} />
            ))}
          </ul>
        </details>
      )}
      {p.skippedCount > 0 && (
        <details class="skipped">
          <summary>
            {countText(p.skippedCount, {
              one: 'fila omitida a propósito (subtotal o sin factura ni NIT)',
              other:
                'filas omitidas a propósito (subtotales o sin factura ni NIT)',
            })}
          </summary>
          <ul class="small">
            {p.skipped.map((d, i) => (
              <Where key={i} d={d} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
