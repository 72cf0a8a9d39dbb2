// Configuración pane: Master source, invoice tabs and header mapping, PDF folders, where outputs go, export folder.
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';
import {OutputWorkbookField} from '../../components/ResultsWorkbook';
import {Exports} from './Exports';
import {Headers} from './Headers';
import {MasterSource} from './MasterSource';
import {PdfFolders} from './PdfFolders';
import {useSettings} from './useSettings';

/** The settings form: its fieldsets, "Guardar" (validated by the server) and "Descartar cambios". */
export function Configuracion() {
  const {load, save, draft, saved, update, fetchSettings, doSave} =
    useSettings();

  if (!draft) {
    if (load.error)
      return <ErrorBox message={load.error} onRetry={fetchSettings} />;
    return <Spinner label="Cargando la configuración…" />;
  }

  const submit = (e: Event) => {
    e.preventDefault();
    void doSave();
  };

  return (
    <form class="stack" onSubmit={submit} aria-label="Configuración">
      <MasterSource
        source={draft.masterSource}
        onChange={masterSource => update({masterSource})}
      />
      <Headers draft={draft} update={update} />
      <PdfFolders
        folders={draft.pdfRootFolders}
        onChange={pdfRootFolders => update({pdfRootFolders})}
      />
      <OutputWorkbookField
        value={draft.outputWorkbook}
        onChange={outputWorkbook => update({outputWorkbook})}
      />
      <Exports draft={draft} update={update} />

      {save.error && (
        <ErrorBox
          message={save.error}
          onRetry={doSave}
          retryLabel="Guardar de nuevo"
        />
      )}
      {save.loading && <Spinner label="Validando y guardando…" />}
      {saved && !save.loading && (
        <p class="ok" role="status">
          Configuración guardada.
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={save.loading}>
          Guardar
        </button>
        <button
          type="button"
          class="secondary"
          disabled={save.loading}
          onClick={fetchSettings}
        >
          Descartar cambios
        </button>
      </div>
    </form>
  );
}
