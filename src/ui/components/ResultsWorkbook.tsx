// The choice of where the add-on writes its outputs (Configuración) and the link to the companion
// workbook «Facturación - resultados» once it exists (asked of the server when shown).
import {useEffect} from 'preact/hooks';
import type {AboutInfo} from '../../common/api';
import type {OutputWorkbook} from '../../common/settings';
import {call} from '../call';
import {useAsync} from '../useAsync';

/** A link to the companion, or nothing while there is none (or outputs stay in this workbook). */
export function ResultsWorkbookLink() {
  const about = useAsync<AboutInfo>();
  useEffect(() => {
    void about.run(() => call('getAbout'));
  }, []);
  const link = about.data?.resultsWorkbook;
  if (!link) return null;
  return (
    <p class="small" data-testid="results-workbook">
      Resultados en{' '}
      <a href={link.url} target="_blank" rel="noreferrer">
        «{link.name}»
      </a>
    </p>
  );
}

/** The two choices, as radio buttons. */
export function OutputWorkbookField({
  value,
  onChange,
}: {
  value: OutputWorkbook;
  onChange: (value: OutputWorkbook) => void;
}) {
  const option = (v: OutputWorkbook, label: string) => (
    <label class="checkbox">
      <input
        type="radio"
        name="cfg-outputs"
        checked={value === v}
        onChange={() => onChange(v)}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset data-testid="cfg-outputs">
      <legend>Dónde se guardan los resultados</legend>
      {option(
        'companion',
        'En un libro aparte, «Facturación - resultados» (recomendado: el Master no se toca)',
      )}
      {option('same', 'En el mismo libro')}
      <ResultsWorkbookLink />
    </fieldset>
  );
}
