// An accessible searchable multi-select (ARIA combobox + multiselectable listbox) with removable chips.
import {useMemo, useRef, useState} from 'preact/hooks';
import {formatCount} from '../format';
import {matchesWords} from '../text';

/** One choice: the value sent to the server and the text shown (e.g. NIT + client name). */
export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** Props of the multi-select. `id` must be unique in the page. */
export interface MultiSelectProps {
  id: string;
  label: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  /** How many matches to render at once; typing narrows the rest. */
  limit?: number;
  disabled?: boolean;
}

/**
 * Type to filter, ArrowUp/ArrowDown to move, Enter to pick or drop (or submit once closed), Escape to close,
 * Backspace on an empty box drops the last pick. Each pick is a chip with its own remove button.
 */
export function MultiSelect(props: MultiSelectProps) {
  const {
    id,
    label,
    options,
    selected,
    onChange,
    placeholder,
    limit = 50,
    disabled,
  } = props;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // No option is active until the arrow keys choose one: a quick Enter never picks a guess.
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-list`;

  const byValue = useMemo(
    () => new Map(options.map(o => [o.value, o])),
    [options],
  );
  // Word by word, accents and NIT punctuation aside; the hint (a count) is not searched.
  const matches = useMemo(
    () => options.filter(o => matchesWords(`${o.label} ${o.value}`, text)),
    [options, text],
  );
  const shown = matches.slice(0, limit);
  const activeIndex = Math.min(active, shown.length - 1);

  const toggle = (value: string) => {
    if (selected.includes(value)) {
      onChange(selected.filter(v => v !== value));
    } else {
      onChange([...selected, value]);
      // A pick clears the filter text, ready to find the next one.
      setText('');
      setActive(-1);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      setActive(Math.min(activeIndex + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (e.key === 'Home' && open) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && open) {
      e.preventDefault();
      setActive(Math.max(0, shown.length - 1));
    } else if (e.key === 'Enter') {
      // Enter picks the option chosen with the arrows. With text typed but no option chosen it
      // does nothing (no guess, no query without the client); an empty box submits the form.
      if (open && activeIndex >= 0 && shown[activeIndex]) {
        e.preventDefault();
        toggle(shown[activeIndex].value);
      } else if (text.trim() !== '') {
        e.preventDefault();
        setOpen(true);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    } else if (e.key === 'Backspace' && text === '' && selected.length > 0) {
      onChange(selected.slice(0, -1));
    }
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div class="field multiselect">
      <label for={id}>{label}</label>
      {selected.length > 0 && (
        <ul class="chips" aria-label={`${label}: seleccionados`}>
          {selected.map(v => {
            const o = byValue.get(v);
            const name = o ? o.label : v;
            return (
              <li class="chip" key={v}>
                <span class="chip-text" title={name}>
                  {name}
                </span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={`Quitar ${name}`}
                  disabled={disabled}
                  onClick={() => {
                    toggle(v);
                    inputRef.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={
          open && activeIndex >= 0 ? optionId(activeIndex) : undefined
        }
        placeholder={placeholder}
        value={text}
        disabled={disabled}
        onInput={e => {
          setText((e.target as HTMLInputElement).value);
          setActive(-1);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-multiselectable="true"
        aria-label={`${label}: opciones`}
        class="listbox"
        // A scrollable list is a Tab stop in Chromium; it closes on blur, which would drop focus
        // to <body>. Options are reached with the arrow keys from the input instead.
        tabIndex={-1}
        hidden={!open}
      >
        {shown.map((o, i) => {
          const isSelected = selected.includes(o.value);
          return (
            <li
              key={o.value}
              id={optionId(i)}
              role="option"
              aria-selected={isSelected}
              class={i === activeIndex ? 'option active' : 'option'}
              // mousedown, not click: keeps focus in the input so the list stays open.
              onMouseDown={e => {
                e.preventDefault();
                setActive(i);
                toggle(o.value);
              }}
            >
              <span class="check" aria-hidden="true">
                {isSelected ? '☑' : '☐'}
              </span>
              <span class="option-text">
                {o.label}
                {o.hint && <span class="muted small"> {o.hint}</span>}
              </span>
            </li>
          );
        })}
        {shown.length === 0 && (
          <li class="option muted" role="presentation">
            Sin coincidencias.
          </li>
        )}
        {matches.length > shown.length && (
          <li class="option muted small" role="presentation">
            {formatCount(matches.length - shown.length)} más: escriba para
            acotar.
          </li>
        )}
      </ul>
    </div>
  );
}
