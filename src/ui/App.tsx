// The sidebar shell: header (spreadsheet, build), pane navigation, and the panes kept mounted once opened.
import {useEffect, useState} from 'preact/hooks';
import type {AboutInfo} from '../common/api';
import {call} from './call';
import {loadState, saveState} from './storage';
import {errorMessage} from './useAsync';
import {Tabs} from './components/Tabs';
import {ErrorBox} from './components/ErrorBox';
import {PANES, type PaneKey, isPaneKey} from './panes';
import {SharedProvider} from './shared-state';

const ID = 'fk';

/** The whole sidebar. The selected pane survives closing and reopening the panel. */
export function App() {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [aboutError, setAboutError] = useState<string | null>(null);
  const [pane, setPane] = useState<PaneKey>(() => {
    const stored = loadState<string>('pane', 'consultar');
    return isPaneKey(stored) ? stored : 'consultar';
  });
  const [opened, setOpened] = useState<ReadonlySet<PaneKey>>(
    () => new Set([pane]),
  );

  const fetchAbout = () => {
    setAboutError(null);
    call('getAbout')
      .then(setAbout)
      .catch((e: unknown) => setAboutError(errorMessage(e)));
  };
  useEffect(fetchAbout, []);

  const select = (key: PaneKey) => {
    setPane(key);
    saveState('pane', key);
    if (!opened.has(key)) setOpened(new Set([...opened, key]));
  };

  const openSettings = () => select('configuracion');
  return (
    <SharedProvider openSettings={openSettings}>
      <header class="header">
        <h1 class="visually-hidden">Facturación</h1>
        {about && (
          <p class="muted small" data-testid="about">
            {about.spreadsheetName} · v{about.version}
            {about.resultsWorkbook && (
              <>
                {' · '}
                <a
                  href={about.resultsWorkbook.url}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="about-results"
                >
                  {about.resultsWorkbook.name}
                </a>
              </>
            )}
          </p>
        )}
        {aboutError && <ErrorBox message={aboutError} onRetry={fetchAbout} />}
      </header>
      <Tabs tabs={PANES} selected={pane} onSelect={select} idPrefix={ID} />
      <main>
        {PANES.filter(p => opened.has(p.key)).map(p => (
          <section
            key={p.key}
            id={`${ID}-panel-${p.key}`}
            role="tabpanel"
            aria-labelledby={`${ID}-tab-${p.key}`}
            hidden={p.key !== pane}
            class="panel"
          >
            <h2 class="visually-hidden">{p.label}</h2>
            <p.Component />
          </section>
        ))}
      </main>
    </SharedProvider>
  );
}
