// Configuración's "Origen del Master": this spreadsheet, another file, or the newest of a folder.
import type {MasterSourceSettings} from '../../../common/settings';
import {TextField} from '../../components/TextField';

/** The default name filter of "the newest of a folder" (the monthly control file). */
const DEFAULT_NAME = 'Archivo control facturacion mensual Finkargo Def';

/** The source radios and the fields of the one chosen. */
export function MasterSource({
  source: src,
  onChange: setSource,
}: {
  source: MasterSourceSettings;
  onChange: (source: MasterSourceSettings) => void;
}) {
  return (
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
        <TextField
          id="cfg-master-file"
          label="URL o ID del Master"
          value={src.fileIdOrUrl}
          onInput={fileIdOrUrl => setSource({kind: 'file', fileIdOrUrl})}
        />
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
              nameContains: DEFAULT_NAME,
            })
          }
        />
        El más reciente de una carpeta
      </label>
      {src.kind === 'newest-in-folder' && (
        <>
          <TextField
            id="cfg-master-folder"
            label="URL o ID de la carpeta"
            value={src.folderIdOrUrl}
            onInput={folderIdOrUrl => setSource({...src, folderIdOrUrl})}
          />
          <TextField
            id="cfg-master-name"
            label="El nombre contiene"
            value={src.nameContains}
            onInput={nameContains => setSource({...src, nameContains})}
          />
        </>
      )}
    </fieldset>
  );
}
