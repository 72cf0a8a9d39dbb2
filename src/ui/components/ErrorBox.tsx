// Shows the server's Spanish error message and a way forward (retry, or another action).
import type {ComponentChildren} from 'preact';
import {useEffect, useRef} from 'preact/hooks';
import {useOpenSettings} from '../shared-state';

/** A message that a setting must change first ("...en Configuración"): retrying cannot help. */
const NEEDS_SETTING = /Configuración/;

/** Props: the message; an optional retry handler; optional extra guidance or actions. */
export interface ErrorBoxProps {
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
  children?: ComponentChildren;
}

/**
 * An alert box with the message as text (never HTML) and a "Reintentar" button when possible, or
 * "Abrir Configuración" when the message says a setting is missing or wrong.
 */
export function ErrorBox({
  message,
  onRetry,
  retryLabel = 'Reintentar',
  children,
}: ErrorBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  const openSettings = useOpenSettings();
  const needsSetting = openSettings !== null && NEEDS_SETTING.test(message);
  // A long pane may have the message below the fold: bring it into view when it appears or changes.
  useEffect(() => {
    box.current?.scrollIntoView?.({block: 'nearest'});
  }, [message]);
  return (
    <div class="error-box" role="alert" data-testid="error" ref={box}>
      <p class="error-text">{message}</p>
      {children}
      {needsSetting ? (
        <button
          type="button"
          class="secondary"
          onClick={openSettings}
          data-testid="open-settings"
        >
          Abrir Configuración
        </button>
      ) : (
        onRetry && (
          <button type="button" class="secondary" onClick={onRetry}>
            {retryLabel}
          </button>
        )
      )}
    </div>
  );
}
