// Configuración's "Carpetas de PDF": the root folders by name (read from Drive as the list changes), add and remove.
import {useEffect, useState} from 'preact/hooks';
import type {FolderDescription} from '../../../common/settings';
import {call} from '../../call';
import {useAsync} from '../../useAsync';
import {FolderName} from './FolderName';

/** The folder list and the field to paste a new one; checked by the server when saved. */
export function PdfFolders({
  folders,
  onChange,
}: {
  folders: string[];
  onChange: (folders: string[]) => void;
}) {
  const [newFolder, setNewFolder] = useState('');
  const folderNames = useAsync<FolderDescription[]>();

  // Folder names and paths, read again whenever the list changes (a pasted URL shows its name).
  const folderKey = folders.join('\n');
  useEffect(() => {
    if (folders.length === 0) {
      folderNames.reset();
      return;
    }
    void folderNames.run(() => call('describeFolders', folders));
  }, [folderKey]);
  const described = new Map(
    (folderNames.data ?? []).map(d => [d.value, d] as const),
  );

  const addFolder = () => {
    const url = newFolder.trim();
    if (!url) return;
    onChange([...folders, url]);
    setNewFolder('');
  };

  return (
    <fieldset>
      <legend>Carpetas de PDF</legend>
      {folders.length === 0 && <p class="muted">Aún no hay carpetas.</p>}
      <ul class="plain" aria-label="Carpetas raíz de PDF">
        {folders.map((f, i) => (
          <li class="row-item" key={`${i}-${f}`} data-testid="pdf-folder">
            <FolderName value={f} about={described.get(f)} />
            <button
              type="button"
              class="link-button"
              aria-label={`Quitar carpeta ${described.get(f)?.name ?? f}`}
              onClick={() => onChange(folders.filter((_, j) => j !== i))}
            >
              Quitar
            </button>
          </li>
        ))}
      </ul>
      <div class="field">
        <label for="cfg-new-folder">Pegue la URL de una carpeta de Drive</label>
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
  );
}
