// Configuración's "Exportaciones y ZIP": the Drive folder for exports and the scheduled report's recipients.
import type {Settings} from '../../../common/settings';
import {LinesField} from '../../components/LinesField';
import {TextField} from '../../components/TextField';
import type {Update} from './useSettings';

/** The export folder and the recipients list. */
export function Exports({draft, update}: {draft: Settings; update: Update}) {
  return (
    <fieldset>
      <legend>Exportaciones y ZIP</legend>
      <TextField
        id="cfg-export"
        label="Carpeta de Drive para exportaciones (URL o ID)"
        value={draft.exportFolder}
        onInput={exportFolder => update({exportFolder})}
      />
      <LinesField
        id="cfg-recipients"
        label="Destinatarios del reporte programado (uno por línea)"
        values={draft.reportRecipients}
        onChange={reportRecipients => update({reportRecipients})}
      />
    </fieldset>
  );
}
