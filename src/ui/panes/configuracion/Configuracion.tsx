// Configuración pane: Master source, invoice tabs and header mapping, PDF folders, export folder.
import {useEffect, useState} from 'preact/hooks';
import type {
  FolderDescription,
  MasterFieldKey,
  MasterSourceSettings,
  Settings,
} from '../../../shared/settings';
import {MASTER_FIELDS} from '../../../shared/master-fields';
import {call} from '../../call';
import {useAsync} from '../../useAsync';
import {ErrorBox} from '../../components/ErrorBox';
import {Spinner} from '../../components/Spinner';
import {LinesField} from '../../components/LinesField';
import {MasterDetected} from '../../components/MasterDetected';

/** A Drive folder setting (URL or id) as a link that opens the folder. */
function folderUrl(value: string): string {
  return /^https:\/\//.test(value)
    ? value
    : `https://drive.google.com/drive/folders/${encodeURIComponent(value)}`;
}

/** A folder by its name and path, the id on hover; the raw value until Drive answers. */
function FolderName({
  value,
  about,
}: {
  value: string;
  about: FolderDescription | undefined;
}) {
  const id = about?.id ?? value;
  return (
    <div class="folder break">
      <a
        href={folderUrl(value)}
        target="_blank"
        rel="noopener noreferrer"
        title={`Id de Drive: ${id}`}
      >
        {about?.name ?? value}
      </a>
      {about?.path && <div class="muted small">{about.path}</div>}
      {about?.problem && <div class="small warn">{about.problem}</div>}
    </div>
  );
}

/** The settings form; everything is stored server-side by saveSettings, which validates it. */
export function Configuracion() {
  const load = useAsync<Settings>();
  const save = useAsync<Settings>();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [newFolder, setNewFolder] = useState('');
  const [saved, setSaved] = useState(false);
  const folderNames = useAsync<FolderDescription[]>();

  // Folder names and paths, read again whenever the list changes (a pasted URL shows its name).
  const folderKey = draft?.pdfRootFolders.join('\n') ?? '';
  useEffect(() => {
    if (!draft || draft.pdfRootFolders.length === 0) {
      folderNames.reset();
      return;
    }
    void folderNames.run(() => call('describeFolders', draft.pdfRootFolders));
  }, [folderKey]);
  const described = new Map(
    (folderNames.data ?? []).map(d => [d.value, d] as const),
  );

  const fetchSettings = () => {
    void load.run(() => call('getSettings')).then(s => s && setDraft(s));
  };
  useEffect(fetchSettings, []);

  if (!draft) {
    if (load.error)
      return <ErrorBox message={load.error} onRetry={fetchSettings} />;
    return <Spinner label="Cargando la configuración…" />;
  }

  const update = (patch: Partial<Settings>) => {
    setSaved(false);
    setDraft({...draft, ...patch});
  };
  const setSource = (source: MasterSourceSettings) =>
    update({masterSource: source});
  const setSynonyms = (key: MasterFieldKey, values: string[]) =>
    update({
      masterProfile: {
        ...draft.masterProfile,
        synonyms: {...draft.masterProfile.synonyms, [key]: values},
      },
    });
  const addFolder = () => {
    const url = newFolder.trim();
    if (!url) return;
    update({pdfRootFolders: [...draft.pdfRootFolders, url]});
    setNewFolder('');
  };
  const doSave = async () => {
    setSaved(false);
    const stored = await save.run(() => call('saveSettings', draft));
    if (stored) {
      setDraft(stored);
      setSaved(true);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void doSave();
  };
  const src = draft.masterSource;

  return (
    <form class="stack" onSubmit={submit} aria-label="Configuración">
      <fieldset>
        <legend>Origen del Master</legend>
        <label class="radio">
          <input
            type="radio"
            name="master-source"
            checked={src.kind === 'active'}
            onChange={() => setSource({kind: 'active'})}
          />
          Esta hoja de cálculo
        </label>
        <label class="radio">
          <input
            type="radio"
            name="master-source"
            checked={src.kind === 'file'}
            onChange={() => setSource({kind: 'file', fileIdOrUrl: ''})}
          />
          Otro archivo (URL o ID)
        </label>
        {src.kind === 'file' && (
          <div class="field">
            <label for="cfg-master-file">URL o ID del Master</label>
            <input
              id="cfg-master-file"
              type="text"
              value={src.fileIdOrUrl}
              onInput={e =>
                setSource({
                  kind: 'file',
                  fileIdOrUrl: (e.target as HTMLInputElement).value,
                })
              }
            />
          </div>
        )}
        <label class="radio">
          <input
            type="radio"
            name="master-source"
            checked={src.kind === 'newest-in-folder'}
            onChange={() =>
              setSource({
                kind: 'newest-in-folder',
                folderIdOrUrl: '',
                nameContains:
                  'Archivo control facturacion mensual Finkargo Def',
              })
            }
          />
          El más reciente de una carpeta
        </label>
        {src.kind === 'newest-in-folder' && (
          <>
            <div class="field">
              <label for="cfg-master-folder">URL o ID de la carpeta</label>
              <input
                id="cfg-master-folder"
                type="text"
                value={src.folderIdOrUrl}
                onInput={e =>
                  setSource({
                    ...src,
                    folderIdOrUrl: (e.target as HTMLInputElement).value,
                  })
                }
              />
            </div>
            <div class="field">
              <label for="cfg-master-name">El nombre contiene</label>
              <input
                id="cfg-master-name"
                type="text"
                value={src.nameContains}
                onInput={e =>
                  setSource({
                    ...src,
                    nameContains: (e.target as HTMLInputElement).value,
                  })
                }
              />
            </div>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Hojas de facturas y encabezados</legend>
        <LinesField
          id="cfg-tabs"
          label="Hojas de facturas (una por línea)"
          rows={3}
          values={draft.masterProfile.invoiceTabs}
          onChange={invoiceTabs =>
            update({masterProfile: {...draft.masterProfile, invoiceTabs}})
          }
        />
        <div class="field">
          <label for="cfg-scan">Filas donde buscar el encabezado</label>
          <input
            id="cfg-scan"
            type="number"
            min={1}
            max={50}
            value={draft.masterProfile.headerScanRows}
            onInput={e =>
              update({
                masterProfile: {
                  ...draft.masterProfile,
                  headerScanRows: Number((e.target as HTMLInputElement).value),
                },
              })
            }
          />
        </div>
        <details>
          <summary>Nombres de columna aceptados</summary>
          <p class="muted small">
            Un nombre por línea; se comparan sin mayúsculas, tildes ni espacios
            extra.
          </p>
          {MASTER_FIELDS.map(f => (
            <LinesField
              key={f.key}
              id={`cfg-syn-${f.key}`}
              label={f.required ? `${f.label} (obligatoria)` : f.label}
              values={draft.masterProfile.synonyms[f.key] ?? []}
              onChange={values => setSynonyms(f.key, values)}
            />
          ))}
        </details>
        <MasterDetected />
      </fieldset>

      <fieldset>
        <legend>Carpetas de PDF</legend>
        {draft.pdfRootFolders.length === 0 && (
          <p class="muted">Aún no hay carpetas.</p>
        )}
        <ul class="plain" aria-label="Carpetas raíz de PDF">
          {draft.pdfRootFolders.map((f, i) => (
            <li class="row-item" key={`${i}-${f}`} data-testid="pdf-folder">
              <FolderName value={f} about={described.get(f)} />
              <button
                type="button"
                class="link-button"
                aria-label={`Quitar carpeta ${described.get(f)?.name ?? f}`}
                onClick={() =>
                  update({
                    pdfRootFolders: draft.pdfRootFolders.filter(
                      (_, j) => j !== i,
                    ),
                  })
                }
              >
                Quitar
              </button>
            </li>
          ))}
        </ul>
        <div class="field">
          <label for="cfg-new-folder">
            Pegue la URL de una carpeta de Drive
          </label>
          <div class="inline">
            <input
              id="cfg-new-folder"
              type="url"
              inputMode="url"
              placeholder="https://drive.google.com/drive/folders/…"
              value={newFolder}
              onInput={e => setNewFolder((e.target as HTMLInputElement).value)}
              onKeyDown={e => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addFolder();
                }
              }}
            />
            <button
              type="button"
              class="secondary"
              onClick={addFolder}
              disabled={!newFolder.trim()}
            >
              Agregar
            </button>
          </div>
          <p class="muted small">Se valida al guardar.</p>
        </div>
      </fieldset>

      <fieldset>
        <legend>Exportaciones y ZIP</legend>
        <div class="field">
          <label for="cfg-export">
            Carpeta de Drive para exportaciones (URL o ID)
          </label>
          <input
            id="cfg-export"
            type="text"
            value={draft.exportFolder}
            onInput={e =>
              update({exportFolder: (e.target as HTMLInputElement).value})
            }
          />
        </div>
        <LinesField
          id="cfg-recipients"
          label="Destinatarios del reporte programado (uno por línea)"
          values={draft.reportRecipients}
          onChange={reportRecipients => update({reportRecipients})}
        />
      </fieldset>

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
