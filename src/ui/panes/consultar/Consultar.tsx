// Consultar pane: the Master query form (tab, NITs with client names, codes, dates, text) and its results.
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';
import {Form} from './Form';
import {Results} from './Results';
import {useConsultar} from './useConsultar';

/** The query form and its paged results. */
export function Consultar() {
  const state = useConsultar();
  const {results} = state;
  return (
    <div>
      <Form state={state} />
      {results.loading && <Spinner label="Consultando el Master…" />}
      {results.error && (
        <ErrorBox message={results.error} onRetry={results.retry} />
      )}
      {results.data && <Results page={results.data} state={state} />}
    </div>
  );
}
