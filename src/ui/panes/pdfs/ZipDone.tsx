// The ZIP(s) a "Crear ZIP" saved in Drive, with their links, and what was left out.
import type {ZipPdfsResult} from '../../../common/pdf-api';
import {formatBytes, formatCount} from '../../format';

/** The links to the ZIPs, the invoices skipped and the server's notes. */
export function ZipDone({result}: {result: ZipPdfsResult}) {
  return (
    <div class="ok-box" role="status" data-testid="zip-done">
      {result.zips.length === 0 && (
        <p>No se creó ningún ZIP: no hay PDF encontrados.</p>
      )}
      {result.state !== 'done' && <p class="notice small">{result.message}</p>}
      {result.zips.map((z, i) => (
        <p key={z.fileId}>
          <a
            class="button"
            href={z.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="zip-link"
          >
            Descargar ZIP
          </a>{' '}
          <span class="small break">
            {result.zips.length > 1 &&
              `Parte ${i + 1} de ${result.zips.length} · `}
            {z.name} · {formatCount(z.files)} PDF · {formatBytes(z.bytes)}
          </span>
        </p>
      ))}
      {result.skipped.map(s => (
        <p class="small warn" key={s.invoice}>
          {s.invoice}: {s.reason}
        </p>
      ))}
      {result.messages.map(m => (
        <p class="small" key={m}>
          {m}
        </p>
      ))}
    </div>
  );
}
