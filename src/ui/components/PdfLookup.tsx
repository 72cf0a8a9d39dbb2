// One invoice's PDF lookup: status badge, reason, and each file as a link with its folder path.
import type {
  PdfFileDto,
  PdfLookupDto,
  PdfLookupStatus,
} from '../../common/pdf-api';
import {formatDate} from '../format';

/** Spanish names of the lookup statuses. */
export const STATUS_LABELS: Record<PdfLookupStatus, string> = {
  found: 'Encontrada',
  duplicate: 'Duplicada',
  missing: 'Faltante',
  suspicious: 'Sospechosa',
};

/** The lookup of one invoice. File names come from Drive: always text, never HTML. */
export function PdfLookup({lookup}: {lookup: PdfLookupDto}) {
  return (
    <div class="lookup" data-testid="pdf-lookup" data-status={lookup.status}>
      <div class="card-head">
        <span class="card-title">{lookup.invoice}</span>
        <span class={`badge ${lookup.status}`}>
          {STATUS_LABELS[lookup.status]}
        </span>
      </div>
      {lookup.reason && <p class="small warn">{lookup.reason}</p>}
      {lookup.status === 'missing' && (
        <p class="small muted">No hay un PDF con este número en el índice.</p>
      )}
      {lookup.files.length > 0 && (
        <ul class="plain files">
          {lookup.files.map(f => (
            <PdfFile key={f.fileId} file={f} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** A file: its name as a link to Drive, its folder path and date. */
function PdfFile({file}: {file: PdfFileDto}) {
  return (
    <li class="file small">
      <a
        href={file.url}
        target="_blank"
        rel="noopener noreferrer"
        class="break"
        data-testid="pdf-link"
      >
        {file.name}
      </a>
      <div class="muted break">
        {file.folderPath || '(carpeta raíz)'}
        {file.modified && ` · ${formatDate(file.modified)}`}
      </div>
    </li>
  );
}
