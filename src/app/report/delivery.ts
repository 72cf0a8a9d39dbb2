// The run's last stage: a copy of the report tabs exported to Drive and the summary e-mailed, each one skipped with a notice saying why.
import {reportMail} from '../../domain/report/mail';
import {userMessage} from '../google-errors';
import type {Execution} from './execution';
import {addNotice} from './run-state';

/** "01/10/2025 08:00" -> "202510010800": the date in a file name (no slashes, sorts by date). */
function fileStamp(label: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(label);
  return m ? `${m[3]}${m[2]}${m[1]}${m[4]}${m[5]}` : label.replace(/\D/g, '');
}

/** Saves the tabs as .xlsx or .pdf in the export folder; a failure becomes a notice. */
export function exportCopy(x: Execution, exportFolder: string): void {
  const s = x.state;
  const format = s.options.exportFormat;
  if (format === 'none') return;
  if (exportFolder === '') {
    addNotice(
      s,
      'No se exportó: elija la carpeta de exportación en Configuración.',
    );
    return;
  }
  try {
    const url = x.ports.exporter.save(
      format,
      exportFolder,
      `Informe_facturacion_${fileStamp(s.dateLabel)}.${format}`,
      s.tabs.map(t => t.name),
    );
    addNotice(s, `Copia guardada en Drive: ${url}`);
  } catch (e) {
    addNotice(s, `No se pudo exportar: ${userMessage(e)}`);
  }
}

/** Mails the summary to the recipients when asked, there are some and the daily quota allows. */
export function mailSummary(x: Execution, to: string[]): void {
  const s = x.state;
  if (!s.options.sendEmail) return;
  const {context: ctx, mail} = x.ports;
  if (to.length === 0) {
    addNotice(
      s,
      'No se envió el correo: no hay destinatarios en Configuración.',
    );
  } else if (mail.remainingDailyQuota() < to.length) {
    addNotice(
      s,
      `No se envió el correo: la cuota diaria de correos de Google no alcanza para ${to.length} destinatarios.`,
    );
  } else if (s.figures) {
    const m = reportMail(
      ctx.spreadsheetName,
      ctx.spreadsheetUrl,
      s.dateLabel,
      s.figures,
      s.tabs,
    );
    mail.send(to, m.subject, m.body);
    addNotice(s, `Resumen enviado por correo a ${to.join(', ')}.`);
  }
}

/** The delivery stage: settings read once, then the export and the e-mail. */
export function deliver(x: Execution): void {
  const settings = x.ports.settings();
  exportCopy(x, settings.exportFolder);
  mailSummary(x, settings.recipients);
}
