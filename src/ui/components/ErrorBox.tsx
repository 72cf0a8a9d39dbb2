// Shows the server's Spanish error message and a way forward (retry, or another action).
import type {ComponentChildren} from 'preact';
import {useEffect, useRef} from 'preact/hooks';

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
  const box = useRef<HTMLDivElement>(null);
  // A long pane may have the message below the fold: bring it into view when it appears or changes.
  useEffect(() => {
    box.current?.scrollIntoView?.({block: 'nearest'});
  }, [message]);
  return (
    <div class="error-box" role="alert" data-testid="error" ref={box}>
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
