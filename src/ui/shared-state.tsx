// State shared between panes: the last query run in Consultar and the invoices picked in its results,
// so the PDFs pane can search "the current query's invoices" or "the selected rows".
import {createContext, type ComponentChildren} from 'preact';
import {useContext, useMemo, useState} from 'preact/hooks';
import type {InvoiceQuery} from '../common/master-api';
import {loadState, saveState} from './storage';

/** What Consultar shares with the other panes. */
export interface SharedState {
  /** The last query Consultar ran (null before the first one). */
  query: InvoiceQuery | null;
  setQuery: (q: InvoiceQuery | null) => void;
  /** Invoice numbers of the result rows the user ticked. */
  picked: string[];
  setPicked: (numbers: string[]) => void;
  /** Opens the Configuración pane (a message that needs a setting links to it). */
  openSettings: () => void;
}

const Shared = createContext<SharedState | null>(null);

/** Holds the shared state (persisted for the browser session) for the panes below it. */
export function SharedProvider({
  children,
  openSettings,
}: {
  children: ComponentChildren;
  openSettings: () => void;
}) {
  const [query, setQueryState] = useState<InvoiceQuery | null>(() =>
    loadState('query', null),
  );
  const [picked, setPickedState] = useState<string[]>(() =>
    loadState('picked', []),
  );
  const value = useMemo<SharedState>(
    () => ({
      query,
      setQuery: q => {
        setQueryState(q);
        saveState('query', q);
      },
      picked,
      setPicked: p => {
        setPickedState(p);
        saveState('picked', p);
      },
      openSettings,
    }),
    [query, picked, openSettings],
  );
  return <Shared.Provider value={value}>{children}</Shared.Provider>;
}

/** How to open Configuración, or null outside the provider. */
export function useOpenSettings(): (() => void) | null {
  return useContext(Shared)?.openSettings ?? null;
}

/** The shared state; panes must be rendered inside SharedProvider. */
export function useShared(): SharedState {
  const s = useContext(Shared);
  if (!s) throw new Error('useShared outside SharedProvider');
  return s;
}
