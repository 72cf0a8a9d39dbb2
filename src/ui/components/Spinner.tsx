// A labelled spinner for short waits; announced to screen readers as a status.
/** Shows a spinning indicator with a text label (default "Cargando…"). */
export function Spinner({label = 'Cargando…'}: {label?: string}) {
  return (
    <p class="spinner" role="status" aria-live="polite">
      <span class="spinner-icon" aria-hidden="true" />
      {label}
    </p>
  );
}
