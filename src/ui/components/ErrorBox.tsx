// Shows the server's Spanish error message and a way forward (retry, or another action).
import type {ComponentChildren} from 'preact';

/** Props: the message; an optional retry handler; optional extra guidance or actions. */
export interface ErrorBoxProps {
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
  children?: ComponentChildren;
}

/** An alert box with the message as text (never HTML) and a "Reintentar" button when possible. */
export function ErrorBox({
  message,
  onRetry,
  retryLabel = 'Reintentar',
  children,
}: ErrorBoxProps) {
  return (
    <div class="error-box" role="alert" data-testid="error">
      <p class="error-text">{message}</p>
      {children}
      {onRetry && (
        <button type="button" class="secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
