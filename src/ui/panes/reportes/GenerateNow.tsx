// Reportes' "Generar ahora": runs the report, continuing automatically while the server saves progress.
import {useState} from 'preact/hooks';
import type {ReportOptions, ReportRunResult} from '../../../common/report-api';
import {call} from '../../call';
import {errorMessage} from '../../useAsync';
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';
import {OptionsForm} from './OptionsForm';
import {RunResult} from './RunResult';

/** Executions chained automatically when a run saves its progress (each is at most 6 minutes). */
const MAX_AUTO_RUNS = 5;

/** "Generar ahora": runs the report, continuing automatically while the server saves progress. */
export function GenerateNow() {
  const [options, setOptions] = useState<ReportOptions>({});
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ReportRunResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const generate = async () => {
    setRunning(true);
    setError(null);
    setResult(null); // this run's outcome replaces the last one's
    try {
      let next: ReportOptions = {...options, restart: true};
      for (let run = 0; run < MAX_AUTO_RUNS; run++) {
        const r = await call('generateReport', next);
        setResult(r);
        if (r.status === 'done') break;
        next = {...options, restart: false};
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="stack" aria-label="Generar ahora">
      <h2>Generar ahora</h2>
      <OptionsForm value={options} onChange={setOptions} idPrefix="now" />
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={running || (options.reports?.length ?? 1) === 0}
          onClick={() => void generate()}
        >
          Generar informe
        </button>
      </div>
      {running && <Spinner label="Generando el informe…" />}
      {error && <ErrorBox message={error} onRetry={() => void generate()} />}
      {!running && result && <RunResult result={result} />}
    </section>
  );
}
