// The report's options (which tabs, old tabs kept or replaced, e-mail, export copy), for "now" and the schedule.
import type {ReportKind, ReportOptions} from '../../../common/report-api';
import {REPORT_KINDS} from '../../../common/report-kinds';

/** The options form shared by "generate now" and the schedule. */
export function OptionsForm({
  value,
  onChange,
  idPrefix,
}: {
  value: ReportOptions;
  onChange: (v: ReportOptions) => void;
  idPrefix: string;
}) {
  const reports: ReportKind[] = value.reports ?? REPORT_KINDS.map(k => k.id);
  const toggle = (key: ReportKind) =>
    onChange({
      ...value,
      reports: reports.includes(key)
        ? reports.filter(r => r !== key)
        : [...reports, key],
    });
  return (
    <fieldset>
      <legend>Contenido</legend>
      {REPORT_KINDS.map(k => (
        <label class="checkbox" key={k.id}>
          <input
            type="checkbox"
            checked={reports.includes(k.id)}
            onChange={() => toggle(k.id)}
          />
          <span>{k.label}</span>
        </label>
      ))}
      <label class="radio">
        <input
          type="radio"
          name={`${idPrefix}-old`}
          checked={(value.oldTabs ?? 'replace') === 'replace'}
          onChange={() => onChange({...value, oldTabs: 'replace'})}
        />
        <span>Reemplazar las hojas del informe anterior</span>
      </label>
      <label class="radio">
        <input
          type="radio"
          name={`${idPrefix}-old`}
          checked={value.oldTabs === 'keep-dated'}
          onChange={() => onChange({...value, oldTabs: 'keep-dated'})}
        />
        <span>Conservar las anteriores con su fecha</span>
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={value.sendEmail === true}
          onChange={e =>
            onChange({
              ...value,
              sendEmail: (e.target as HTMLInputElement).checked,
            })
          }
        />
        <span>
          Enviar el resumen por correo a los destinatarios de Configuración
        </span>
      </label>
      <div class="field">
        <label for={`${idPrefix}-export`}>
          Copia en la carpeta de exportación
        </label>
        <select
          id={`${idPrefix}-export`}
          value={value.exportFormat ?? 'none'}
          onChange={e =>
            onChange({
              ...value,
              exportFormat: (e.target as HTMLSelectElement)
                .value as ReportOptions['exportFormat'],
            })
          }
        >
          <option value="none">Ninguna</option>
          <option value="xlsx">Excel (.xlsx)</option>
          <option value="pdf">PDF</option>
        </select>
      </div>
    </fieldset>
  );
}
