// The playground's Drive view: the files the add-on made (ZIPs, .xlsx exports, backups, report
// exports) or a folder's files, each with Abrir and Descargar; a PDF is shown in the page.
import {getJson, type DriveAnswer, type DriveFileInfo} from './api';

const when = new Intl.DateTimeFormat('es-CO', {
  timeZone: 'America/Bogota',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const KINDS: Record<string, string> = {
  'application/vnd.google-apps.folder': 'Carpeta',
  'application/vnd.google-apps.spreadsheet': 'Hoja de cálculo de Google',
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    'Excel (.xlsx)',
};

/** "1,5 MB" (es-CO). */
function size(bytes: number | null): string {
  if (bytes === null) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toLocaleString('es-CO', {maximumFractionDigits: 1})} ${units[u]}`;
}

const contentUrl = (id: string, download: boolean) =>
  `/api/drive/${encodeURIComponent(id)}/content${download ? '?download=1' : ''}`;

/** The Drive overlay; `openSheet` is called for the playground's own spreadsheet. */
export class DriveView {
  constructor(
    private readonly root: HTMLElement,
    private readonly openSheet: (id: string) => boolean,
  ) {
    this.part('drive-close').addEventListener('click', () => this.close());
    this.part('drive-home').addEventListener(
      'click',
      () => void this.open(null),
    );
  }

  close(): void {
    this.root.hidden = true;
    this.part('drive-preview').replaceChildren();
  }

  /** Shows what the add-on made (id null), a folder's files, or one file with its preview. */
  async open(id: string | null): Promise<void> {
    this.root.hidden = false;
    const preview = this.part('drive-preview');
    preview.replaceChildren();
    let answer: DriveAnswer;
    try {
      answer = await getJson<DriveAnswer>(
        id === null ? '/api/drive' : `/api/drive/${encodeURIComponent(id)}`,
      );
    } catch (e) {
      this.part('drive-title').textContent = 'Drive';
      this.part('drive-path').textContent = (e as Error).message;
      this.part('drive-list').replaceChildren();
      return;
    }
    const {item} = answer;
    if (item && !item.folder) {
      if (
        item.mimeType === 'application/vnd.google-apps.spreadsheet' &&
        this.openSheet(item.id)
      ) {
        this.close();
        return;
      }
      this.show(item.name, item.path, [item]);
      if (item.mimeType === 'application/pdf') {
        const frame = document.createElement('iframe');
        frame.title = `Vista previa de ${item.name}`;
        frame.dataset.testid = 'drive-pdf';
        frame.src = contentUrl(item.id, false);
        preview.append(frame);
      }
      return;
    }
    this.show(
      item ? item.name : 'Archivos que creó el complemento',
      item
        ? item.path
        : 'Lo que el complemento guardó en Drive desde que se abrió el playground, lo más reciente primero.',
      answer.files,
    );
  }

  private show(title: string, path: string, files: DriveFileInfo[]): void {
    this.part('drive-title').textContent = title;
    this.part('drive-path').textContent = path;
    const head = document.createElement('tr');
    for (const h of ['Nombre', 'Tipo', 'Tamaño', 'Modificado', 'Carpeta', ''])
      head.append(cell('th', h));
    const rows = files.map(f => {
      const tr = document.createElement('tr');
      tr.dataset.testid = 'drive-file';
      tr.dataset.name = f.name;
      const name = document.createElement('td');
      const open = document.createElement('button');
      open.className = 'link-like';
      open.textContent = f.name;
      open.dataset.testid = 'drive-open';
      open.addEventListener('click', () => void this.open(f.id));
      name.append(open);
      tr.append(
        name,
        cell('td', KINDS[f.mimeType] ?? f.mimeType),
        cell('td', size(f.size)),
        cell('td', when.format(new Date(f.modified))),
        cell('td', f.path),
      );
      const actions = document.createElement('td');
      if (f.size !== null) {
        const a = document.createElement('a');
        a.href = contentUrl(f.id, true);
        a.download = f.name;
        a.textContent = 'Descargar';
        a.dataset.testid = 'drive-download';
        actions.append(a);
      }
      tr.append(actions);
      return tr;
    });
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      tr.append(cell('td', 'No hay archivos.'));
      rows.push(tr);
    }
    this.part('drive-list').replaceChildren(head, ...rows);
  }

  private part(testid: string): HTMLElement {
    const node = this.root.querySelector<HTMLElement>(
      `[data-testid="${testid}"]`,
    );
    if (!node) throw new Error(`Missing ${testid}`);
    return node;
  }
}

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}
