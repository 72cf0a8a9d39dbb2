// A button that copies text to the clipboard, with a fallback for iframes that block the Clipboard API.
import {useEffect, useState} from 'preact/hooks';

/** Copies `text`; says "Copiado" (or how to copy by hand) in a live region. */
export function CopyButton({text, label}: {text: string; label: string}) {
  const [status, setStatus] = useState('');
  // "Copiado" is about this text: another list to copy starts without it.
  useEffect(() => setStatus(''), [text]);
  const copy = async () => {
    const ok = await copyText(text);
    setStatus(
      ok
        ? 'Copiado al portapapeles.'
        : 'No se pudo copiar: seleccione el texto y use Ctrl+C.',
    );
  };
  return (
    <span class="copy">
      <button type="button" class="secondary" onClick={copy} disabled={!text}>
        {label}
      </button>
      <span class="muted small" role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}

/** Writes text to the clipboard: Clipboard API first, then a hidden textarea and execCommand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked by the iframe's permissions policy: fall through to the legacy way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
