// Where a Consultar export went: the new tab and the .xlsx link.
import type {ExportResult} from '../../../common/master-api';
import {countText} from '../../../common/plural';
import {Notices} from '../../components/Notices';

/** The rows exported, the tab, the file link and the server's warnings. */
export function ExportDone({result}: {result: ExportResult}) {
  return (
    <div class="ok-box" role="status" data-testid="export-done">
      <p>
        {countText(result.rows, {
          one: 'fila exportada',
          other: 'filas exportadas',
        })}{' '}
        a la hoja «{result.sheetName}».
      </p>
      {result.fileUrl && (
        <p>
          <a href={result.fileUrl} target="_blank" rel="noopener noreferrer">
            Abrir {result.fileName}
          </a>
        </p>
      )}
      <Notices texts={result.warnings} />
    </div>
  );
}
