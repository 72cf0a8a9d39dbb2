// Configuración's "Hojas de facturas y encabezados": the invoice tabs, header rows and accepted column names.
import type {MasterFieldKey, Settings} from '../../../common/settings';
import {MASTER_FIELDS} from '../../../common/master-fields';
import {LinesField} from '../../components/LinesField';
import {MasterDetected} from '../../components/MasterDetected';
import {TextField} from '../../components/TextField';
import type {Update} from './useSettings';

/** The Master profile's fields, and what the add-on detects with them. */
export function Headers({draft, update}: {draft: Settings; update: Update}) {
  const profile = draft.masterProfile;
  const setSynonyms = (key: MasterFieldKey, values: string[]) =>
    update({
      masterProfile: {
        ...profile,
        synonyms: {...profile.synonyms, [key]: values},
      },
    });
  return (
    <fieldset>
      <legend>Hojas de facturas y encabezados</legend>
      <LinesField
        id="cfg-tabs"
        label="Hojas de facturas (una por línea)"
        rows={3}
        values={profile.invoiceTabs}
        onChange={invoiceTabs =>
          update({masterProfile: {...profile, invoiceTabs}})
        }
      />
      <TextField
        id="cfg-scan"
        label="Filas donde buscar el encabezado"
        type="number"
        min={1}
        max={50}
        value={profile.headerScanRows}
        onInput={rows =>
          update({masterProfile: {...profile, headerScanRows: Number(rows)}})
        }
      />
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
            values={profile.synonyms[f.key] ?? []}
            onChange={values => setSynonyms(f.key, values)}
          />
        ))}
      </details>
      <MasterDetected />
    </fieldset>
  );
}
