// Previous/next paging with "Página x de y" for result lists.
import {formatCount} from '../format';

/** Props: zero-based page, page size, total items, and the page change handler. */
export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  disabled?: boolean;
}

/** Two buttons and the position; hidden when everything fits on one page. */
export function Pager({page, pageSize, total, onPage, disabled}: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="Páginas de resultados">
      <button
        type="button"
        class="secondary"
        disabled={disabled || page <= 0}
        onClick={() => onPage(page - 1)}
      >
        ‹ Anterior
      </button>
      <span aria-live="polite">
        Página {formatCount(page + 1)} de {formatCount(pages)}
      </span>
      <button
        type="button"
        class="secondary"
        disabled={disabled || page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        Siguiente ›
      </button>
    </nav>
  );
}
