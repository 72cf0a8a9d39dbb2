// The pane navigation: an ARIA tablist that wraps into rows to fit a 300 px sidebar.
import {useRef} from 'preact/hooks';

/** One pane's tab. */
export interface TabDef<K extends string> {
  key: K;
  label: string;
}

/** Props: the tabs, the selected key and the change handler; `idPrefix` links tabs to panels. */
export interface TabsProps<K extends string> {
  tabs: ReadonlyArray<TabDef<K>>;
  selected: K;
  onSelect: (key: K) => void;
  idPrefix: string;
}

/** Tab to the list, arrows/Home/End move and select (automatic activation), Tab moves into the pane. */
export function Tabs<K extends string>({
  tabs,
  selected,
  onSelect,
  idPrefix,
}: TabsProps<K>) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (from: number, delta: number | 'first' | 'last') => {
    const n = tabs.length;
    const to =
      delta === 'first' ? 0 : delta === 'last' ? n - 1 : (from + delta + n) % n;
    onSelect(tabs[to].key);
    refs.current[to]?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Secciones">
      {tabs.map((t, i) => {
        const isSel = t.key === selected;
        return (
          <button
            key={t.key}
            ref={el => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.key}`}
            aria-selected={isSel}
            aria-controls={`${idPrefix}-panel-${t.key}`}
            tabIndex={isSel ? 0 : -1}
            class={isSel ? 'tab selected' : 'tab'}
            onClick={() => onSelect(t.key)}
            onKeyDown={e => {
              const k = e.key;
              if (k === 'ArrowRight' || k === 'ArrowDown') move(i, 1);
              else if (k === 'ArrowLeft' || k === 'ArrowUp') move(i, -1);
              else if (k === 'Home') move(i, 'first');
              else if (k === 'End') move(i, 'last');
              else return;
              e.preventDefault();
            }}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
