// A labelled one-line input (text, URL, search, date or number) whose handler receives the typed text.

/** Props: id and label, the value and its handler, and the few input attributes the forms use. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string | number;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'search' | 'date' | 'number';
  placeholder?: string;
  min?: number;
  max?: number;
}

/** `<div class="field">` with its label and input: the block every form of the sidebar repeats. */
export function TextField({
  id,
  label,
  value,
  onInput,
  type = 'text',
  placeholder,
  min,
  max,
}: TextFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        // Preact types <input> per `type`; every attribute set here is valid for each of ours.
        type={type as 'text'}
        placeholder={placeholder}
        min={min}
        max={max}
        value={value}
        onInput={e => onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}
