// An accessible searchable multi-select (ARIA combobox + multiselectable listbox) with removable chips.
import {useMemo, useRef, useState} from 'preact/hooks';
import {formatCount} from '../format';

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

/** Folds case and accents so "sanchez" finds "Sánchez". */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
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
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-list`;

  const byValue = useMemo(
    () => new Map(options.map(o => [o.value, o])),
    [options],
  );
  const matches = useMemo(() => {
    const q = fold(text.trim());
    const hits = q
      ? options.filter(o =>
          fold(`${o.label} ${o.value} ${o.hint ?? ''}`).includes(q),
        )
      : options;
    return hits;
  }, [options, text]);
  const shown = matches.slice(0, limit);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  const toggle = (value: string) => {
    if (selected.includes(value)) {
      onChange(selected.filter(v => v !== value));
    } else {
      onChange([...selected, value]);
      // A pick clears the filter text, ready to find the next one.
      setText('');
      setActive(0);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, shown.length - 1));
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
      // Enter picks while the list is open; with the list closed it submits the form as usual.
      if (open && shown[activeIndex]) {
        e.preventDefault();
        toggle(shown[activeIndex].value);
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
          open && shown.length > 0 ? optionId(activeIndex) : undefined
        }
        placeholder={placeholder}
        value={text}
        disabled={disabled}
        onInput={e => {
          setText((e.target as HTMLInputElement).value);
          setActive(0);
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
