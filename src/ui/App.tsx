// The sidebar shell: header with the spreadsheet and build, and the panes.
import {useEffect, useState} from 'preact/hooks';
import type {AboutInfo} from '../shared/api';
import {call} from './call';

export function App() {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('getAbout')
      .then(setAbout)
      .catch((e: Error) => setError(e.message));
  }, []);

  return (
    <main>
      <header class="header">
        <h1>Facturación</h1>
        {about && (
          <p class="muted" data-testid="about">
            {about.spreadsheetName} · v{about.version}
          </p>
        )}
        {!about && !error && (
          <p class="muted" role="status">
            Cargando…
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </header>
    </main>
  );
}
