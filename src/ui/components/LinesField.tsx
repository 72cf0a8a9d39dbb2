// A labelled textarea edited as a list of lines (tabs, synonyms, e-mails): keeps what the user types.
import {useEffect, useState} from 'preact/hooks';
import {lines} from '../text';

/** Props: id/label, the list, and the change handler receiving the cleaned list. */
export interface LinesFieldProps {
  id: string;
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  rows?: number;
  hint?: string;
}

/**
 * The raw text stays as typed (blank lines while typing are kept); the parent gets the cleaned
 * list. A new list from outside (after a save or reload) replaces the text.
 */
export function LinesField({
  id,
  label,
  values,
  onChange,
  rows = 2,
  hint,
}: LinesFieldProps) {
  const [text, setText] = useState(values.join('\n'));
  const joined = values.join('\n');
  useEffect(() => {
    if (lines(text).join('\n') !== joined) setText(joined);
    // Only an outside change of the list resets the text (so typing a blank line is kept).
  }, [joined]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={e => {
          const raw = (e.target as HTMLTextAreaElement).value;
          setText(raw);
          onChange(lines(raw));
        }}
      />
    </div>
  );
}
