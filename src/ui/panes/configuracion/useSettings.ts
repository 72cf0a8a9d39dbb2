// The Configuración pane's state: the settings read, the draft being edited, saving and the saved flag.
import {useEffect, useState} from 'preact/hooks';
import type {Settings} from '../../../common/settings';
import {call} from '../../call';
import {type AsyncState, useAsync} from '../../useAsync';

/** A change to part of the draft. */
export type Update = (patch: Partial<Settings>) => void;

/** The settings form's state; everything is stored server-side by saveSettings, which validates it. */
export interface SettingsState {
  load: AsyncState<Settings>;
  save: AsyncState<Settings>;
  draft: Settings | null;
  saved: boolean;
  update: Update;
  fetchSettings: () => void;
  doSave: () => Promise<void>;
}

/** Reads the settings once, keeps the draft, saves it and reloads it on "Descartar cambios". */
export function useSettings(): SettingsState {
  const load = useAsync<Settings>();
  const save = useAsync<Settings>();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);

  const fetchSettings = () => {
    void load.run(() => call('getSettings')).then(s => s && setDraft(s));
  };
  useEffect(fetchSettings, []);

  const update: Update = patch => {
    setSaved(false);
    if (draft) setDraft({...draft, ...patch});
  };
  const doSave = async () => {
    if (!draft) return;
    setSaved(false);
    const stored = await save.run(() => call('saveSettings', draft));
    if (stored) {
      setDraft(stored);
      setSaved(true);
    }
  };
  return {load, save, draft, saved, update, fetchSettings, doSave};
}
