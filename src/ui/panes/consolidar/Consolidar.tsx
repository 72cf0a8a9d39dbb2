// Consolidar pane: join the NetSuite and Noova exports into review tabs, show the statistics, and
// append to the Master only after an explicit confirmation (backup first, numbers already there skipped).
import {useState} from 'preact/hooks';
import type {
  AppendResult,
  ConsolidationReview,
  ConsolidationSources,
} from '../../../common/consolidation-api';
import {call} from '../../call';
import {countText} from '../../../common/plural';
import {formatCount, formatDateTime, formatMoney} from '../../format';
import {loadState, saveState} from '../../storage';
import {useAsync} from '../../useAsync';
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';
import {LinesField} from '../../components/LinesField';
import {TextField} from '../../components/TextField';

const ROWS = {one: 'fila', other: 'filas'};
const EMPTY: Required<ConsolidationSources> = {folder: '', files: [], tabs: []};

/** The form (where the exports are), the review and the confirmed append. */
export function Consolidar() {
  const [sources, setSources] = useState<Required<ConsolidationSources>>(() =>
    loadState('consolidar.sources', EMPTY),
  );
  const consolidate = useAsync<ConsolidationReview>(
    loadState<ConsolidationReview | null>('consolidar.review', null),
  );
  const append = useAsync<AppendResult>();
  const [confirming, setConfirming] = useState(false);

  const update = (patch: Partial<ConsolidationSources>) => {
    const next = {...sources, ...patch};
    setSources(next);
    saveState('consolidar.sources', next);
  };
  const run = async (e: Event) => {
    e.preventDefault();
    setConfirming(false);
    append.reset();
    const review = await consolidate.run(() =>
      call('consolidateExports', sources),
    );
    if (review) saveState('consolidar.review', review);
  };
  const review = consolidate.data;
  const confirm = async () => {
    if (!review) return;
    setConfirming(false);
    await append.run(() => call('appendToMaster', review.reviewId, true));
  };

  return (
    <div class="stack">
      <form class="stack" onSubmit={run} aria-label="Exports a consolidar">
        <p class="muted small">
          Los exports de NetSuite (la hoja de transacciones, que en el archivo
          se llama «VistapredeterminadaTransaccin») y de Noova (hoja
          «Documentos»), de facturas y de notas crédito. Noova es la base;
          NetSuite aporta moneda y valores.
        </p>
        <TextField
          id="cons-folder"
          label="Carpeta de Drive con los exports"
          type="url"
          placeholder="https://drive.google.com/drive/folders/…"
          value={sources.folder}
          onInput={folder => update({folder})}
        />
        <LinesField
          id="cons-files"
          label="O archivos por URL (uno por línea)"
          values={sources.files}
          onChange={files => update({files})}
        />
        <LinesField
          id="cons-tabs"
          label="O pestañas de esta hoja (una por línea)"
          values={sources.tabs}
          onChange={tabs => update({tabs})}
        />
        <div class="actions">
          <button
            type="submit"
            class="primary"
            disabled={consolidate.loading || append.loading}
          >
            Consolidar
          </button>
        </div>
      </form>

      {consolidate.loading && (
        <Spinner label="Consolidando… (Drive convierte los archivos de Excel)" />
      )}
      {consolidate.error && (
        <ErrorBox message={consolidate.error} onRetry={consolidate.retry} />
      )}
      {review && !consolidate.loading && <ReviewSummary review={review} />}

      {review && !consolidate.loading && !append.data && (
        <div class="card" data-testid="append">
          {!confirming ? (
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={append.loading}
                onClick={() => setConfirming(true)}
              >
                Agregar al Master
              </button>
            </div>
          ) : (
            <div class="stack" role="alertdialog" aria-label="Confirmar">
              <p>
                Se agregarán al Master hasta{' '}
                {countText(
                  review.reviewTabs.reduce((n, t) => n + t.rows, 0),
                  {one: 'fila revisada', other: 'filas revisadas'},
                )}{' '}
                (las facturas que ya estén se omiten). Antes se guarda una copia
                de respaldo del Master en su carpeta. Las filas existentes no se
                modifican.
              </p>
              <div class="actions">
                <button type="button" class="primary" onClick={confirm}>
                  Sí, agregar al Master
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => setConfirming(false)}
                >
                  Cancelar
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {append.loading && (
        <Spinner label="Guardando la copia de respaldo y agregando filas…" />
      )}
      {append.error && <ErrorBox message={append.error} />}
      {append.data && <AppendSummary result={append.data} />}
    </div>
  );
}

/** The statistics of a review; totals per currency, never added together. */
function ReviewSummary({review}: {review: ConsolidationReview}) {
  const s = review.stats;
  const rows: Array<[string, string]> = [
    ['Líneas Noova', formatCount(s.noovaLines)],
    ['Líneas NetSuite', formatCount(s.netsuiteLines)],
    ['Facturas', formatCount(s.invoices)],
    ['Notas crédito', formatCount(s.creditNotes)],
    ['Sin valor', formatCount(s.withoutValue)],
    ['Líneas sin clasificar', formatCount(s.unclassifiedLines)],
    ['Total COP', formatMoney(s.totals.COP, 'COP')],
    ['Total USD', formatMoney(s.totals.USD, 'USD')],
  ];
  if (s.withoutCurrency)
    rows.push(['Sin moneda', formatCount(s.withoutCurrency)]);
  return (
    <section class="stack" data-testid="review" aria-label="Revisión">
      <p class="muted small">
        Revisión del {formatDateTime(review.createdAt)}:{' '}
        {review.reviewTabs
          .map(t => `«${t.sheetName}» (${countText(t.rows, ROWS)})`)
          .join(', ')}
        . La tabla de clasificación está en la pestaña «
        {review.classificationTab}»
        {review.classificationCreated
          ? ' (creada ahora con los valores por defecto)'
          : ''}
        .
      </p>
      <dl class="totals">
        {rows.map(([label, value]) => (
          <div class="total" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {review.skippedFiles.length > 0 && (
        <details data-testid="skipped-files">
          <summary>
            {countText(review.skippedFiles.length, {
              one: 'archivo de la carpeta omitido (no es un export)',
              other: 'archivos de la carpeta omitidos (no son exports)',
            })}
          </summary>
          <ul class="plain small">
            {review.skippedFiles.map(f => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </details>
      )}
      <KeyList title="Solo en Noova (sin valor)" keys={s.onlyInNoova} />
      <KeyList
        title="Solo en NetSuite (no se incluyen)"
        keys={s.onlyInNetSuite}
      />
      <KeyList
        title="Notas crédito sin factura asociada"
        keys={s.creditNotesUnmatched}
      />
      {review.problemCount > 0 && (
        <details>
          <summary class="warn">
            {countText(review.problemCount, {
              one: 'fila con problemas',
              other: 'filas con problemas',
            })}
          </summary>
          <ul class="plain small">
            {review.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A collapsible list of invoice numbers (nothing when empty). */
function KeyList({title, keys}: {title: string; keys: string[]}) {
  if (!keys.length) return null;
  return (
    <details>
      <summary>
        {title}: {formatCount(keys.length)}
      </summary>
      <p class="small break">{keys.join(', ')}</p>
    </details>
  );
}

/** What the append did: backup, rows per tab, numbers skipped, columns the Master lacks. */
function AppendSummary({result}: {result: AppendResult}) {
  return (
    <section class="stack" data-testid="append-result" aria-label="Resultado">
      {result.appended.length ? (
        <p class="ok">
          Se agregaron{' '}
          {result.appended
            .map(
              a =>
                `${countText(a.rows, ROWS)} a «${a.masterTab}» (desde la fila ${formatCount(a.firstRow)})`,
            )
            .join(' y ')}
          .
        </p>
      ) : (
        <p>No había filas nuevas: el Master ya tenía todas estas facturas.</p>
      )}
      {result.backupName && (
        <p class="small">
          Copia de respaldo:{' '}
          <a href={result.backupUrl} target="_blank" rel="noopener noreferrer">
            {result.backupName}
          </a>
        </p>
      )}
      <KeyList
        title="Ya estaban en el Master (omitidas)"
        keys={result.skipped}
      />
      {result.unmappedColumns.map(u => (
        <p class="small warn" key={u.masterTab}>
          La hoja «{u.masterTab}» no tiene{' '}
          {u.columns.length === 1 ? 'la columna' : 'las columnas'}{' '}
          {u.columns.join(', ')}; esos datos no se copiaron.
        </p>
      ))}
    </section>
  );
}
