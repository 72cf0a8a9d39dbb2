// The playground page: tabs, grid, formula bar, the add-on menu, the side panel and the call panel.
// Every action goes to the server, which runs build/Code.js in the emulator; the page only shows.
import {
  currentUser,
  getJson,
  postJson,
  USER_KEY,
  type CallsReport,
  type CellAnswer,
  type FireAnswer,
  type RunAnswer,
  type SheetInfo,
  type UiState,
} from './api';
import {formatCell} from './format';
import {DriveView} from './drive-view';
import {Grid} from './grid';
import {linkTarget} from './links';
import {parseA1} from '../a1';
import {countText} from '../../src/common/plural';
import './styles.css';

const $ = <T extends HTMLElement>(testid: string): T => {
  const node = document.querySelector<T>(`[data-testid="${testid}"]`);
  if (!node) throw new Error(`Missing element ${testid}`);
  return node;
};

let sheets: SheetInfo[] = [];
let active = '';
/** How many sidebars the add-on had shown when last seen (-1 before the first refresh). */
let sidebarVersion = -1;
let busy = 0;
/** The add-on's last selection seen ("tab!row,column"); the grid follows when it changes. */
let selectionKey = '';

/** The emulated spreadsheet's id (links to it open its tabs here). */
let spreadsheetId = '';

const grid = new Grid(
  $('grid'),
  (cell, raw, formula) => {
    $<HTMLInputElement>('name-box').value = cell;
    $<HTMLInputElement>('formula-input').value =
      formula ?? (raw === '' ? '' : formatForEdit(raw));
  },
  range => void selectRange(range),
);
grid.rangeListener = range => {
  $<HTMLInputElement>('name-box').value = range;
};

/** What the formula bar shows for a value: text as is, numbers and dates es-CO (dd/mm/yyyy). */
function formatForEdit(raw: string | number | boolean): string {
  const shown = formatCell(raw);
  return typeof raw === 'string' && shown.align === 'left' ? raw : shown.text;
}

/** The user's selection reaches the add-on (its getActiveRange()), as in Sheets. */
async function selectRange(range: string): Promise<void> {
  if (!active) return;
  $<HTMLInputElement>('name-box').value = range;
  try {
    await postJson('/api/selection', {sheet: active, range});
    selectionKey = '';
  } catch (e) {
    status(`Selección ${range}: ${(e as Error).message}`, 'error');
  }
}

const drive = new DriveView($('drive-view'), id => {
  if (id !== spreadsheetId) return false;
  return true;
});

/** A Sheets or Drive link from the sidebar: its tab in the grid, or the playground's Drive view. */
function followLink(href: string): void {
  const target = linkTarget(href);
  if (!target) return;
  if (target.kind === 'sheet' && target.spreadsheetId === spreadsheetId) {
    openLinkedTab(target.gid);
    return;
  }
  if (target.kind === 'sheet' && workbookIds.includes(target.spreadsheetId)) {
    // The companion workbook (or back to the Master): opened here, then the tab the link names.
    void action('Abrir el libro', async () => {
      await openWorkbook(target.spreadsheetId);
      pendingGid = target.gid;
    });
    return;
  }
  void drive.open(target.kind === 'sheet' ? target.spreadsheetId : target.id);
}

function openLinkedTab(gid: number | null): void {
  const tab = sheets.find(s => s.id === gid) ?? sheets.find(s => !s.hidden);
  if (tab) {
    openTab(tab.name, {revealCharts: true});
    status(`Hoja «${tab.name}» abierta desde el enlace.`);
  }
}

/** The workbooks the page can open (the Master and the companion) and a link's tab to show next. */
let workbookIds: string[] = [];
let pendingGid: number | null | undefined;

async function openWorkbook(id: string): Promise<void> {
  await postJson('/api/workbook', {id});
  active = '';
}

$<HTMLSelectElement>('workbook-switcher').addEventListener('change', e => {
  const id = (e.target as HTMLSelectElement).value;
  if (id !== spreadsheetId)
    void action('Abrir el libro', () => openWorkbook(id));
});

function renderWorkbooks(ui: UiState): void {
  workbookIds = ui.workbooks.map(w => w.id);
  const select = $<HTMLSelectElement>('workbook-switcher');
  select.hidden = ui.workbooks.length < 2;
  select.replaceChildren(
    ...ui.workbooks.map(w => {
      const option = document.createElement('option');
      option.value = w.id;
      option.textContent = w.name;
      option.selected = w.id === ui.spreadsheetId;
      return option;
    }),
  );
}

/** The name box: "B20", "A1:C9" or "'Hoja'!B2" goes there (and selects it), as in Sheets. */
function goToName(text: string): void {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(text.trim());
  const tabName = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : active;
  const rect = parseA1(m ? m[3] : text);
  const tab = sheets.find(s => s.name === tabName);
  if (!rect || !tab) {
    status(
      `«${text}» no es una celda ni un rango de este libro (por ejemplo B20 o 'Hoja'!A1:C9).`,
      'error',
    );
    return;
  }
  if (tab.name !== active) openTab(tab.name);
  const lastRow = rect.lastRow ?? rect.row;
  const lastColumn = rect.lastColumn ?? rect.column;
  grid.selectRange(rect.row, rect.column, lastRow, lastColumn);
  void selectRange(grid.rangeName());
}

/** Shows a line in the status bar (errors stay until the next action). */
function status(text: string, kind: 'info' | 'error' = 'info'): void {
  const node = $('status');
  node.textContent = text;
  node.dataset.kind = kind;
}

/** Wraps an action: marks the page busy, reports failures, refreshes everything after. */
async function action(label: string, fn: () => Promise<void>): Promise<void> {
  busy++;
  document.body.dataset.busy = 'true';
  status(`${label}…`);
  try {
    await fn();
  } catch (e) {
    status(`${label}: ${(e as Error).message}`, 'error');
  } finally {
    busy--;
    if (busy === 0) delete document.body.dataset.busy;
    await refresh();
  }
}

/** Re-reads the tabs, the menu, the side panel, messages and costs. */
async function refresh(): Promise<void> {
  const [ui, tabs] = await Promise.all([
    getJson<UiState>('/api/ui'),
    getJson<{spreadsheet: string; sheets: SheetInfo[]}>('/api/sheets'),
  ]);
  renderUi(ui);
  renderWorkbooks(ui);
  renderAccounts(ui.accounts);
  sheets = tabs.sheets;
  renderTabs();
  if (pendingGid !== undefined) {
    openLinkedTab(pendingGid);
    pendingGid = undefined;
    await renderCalls();
    return;
  }
  const sel = ui.selection;
  const key = sel ? `${sel.sheet}!${sel.row},${sel.column}` : '';
  if (sel && key !== selectionKey && sheets.some(s => s.name === sel.sheet)) {
    // The add-on selected a cell (or the page just opened): show that tab and cell.
    selectionKey = key;
    if (sel.sheet !== active) openTab(sel.sheet);
    else grid.refresh(sheets.find(s => s.name === active)!);
    grid.reveal(sel.row, sel.column);
  } else {
    const now = sheets.find(s => s.name === active);
    if (now) grid.refresh(now);
    else {
      const first = sheets.find(s => !s.hidden);
      if (first) openTab(first.name);
    }
  }
  await renderCalls();
}

function renderUi(ui: UiState): void {
  spreadsheetId = ui.spreadsheetId;
  $('doc-title').textContent = ui.spreadsheet;
  document.title = `${ui.spreadsheet} · Playground de Facturación`;
  $('description').textContent = ui.description;
  renderMenu(ui);
  if (ui.sidebar && ui.sidebar.version !== sidebarVersion) {
    // As in Sheets, a reloaded page starts without the sidebar; a new showSidebar opens it.
    const firstLoad = sidebarVersion < 0;
    sidebarVersion = ui.sidebar.version;
    if (!firstLoad) openSidebar(ui.sidebar.title);
  } else if (sidebarVersion < 0) {
    sidebarVersion = 0;
  }
  for (const m of ui.messages) showMessage(m);
  $('formula-help').textContent = ui.customFunctions.length
    ? `Funciones del complemento: ${ui.customFunctions.map(f => `=${f}(…)`).join('  ')}`
    : '';
}

function renderMenu(ui: UiState): void {
  const list = $('menu-addon-items');
  const items = ui.menu?.items ?? [];
  $('menu-addon').textContent = ui.menu?.title ?? 'Facturación';
  list.replaceChildren(
    ...items.map(item => {
      if (item.handler === null) {
        const hr = document.createElement('div');
        hr.className = 'menu-separator';
        return hr;
      }
      const button = document.createElement('button');
      button.className = 'menu-item';
      button.textContent = item.label;
      button.dataset.testid = `menu-item-${item.handler}`;
      button.dataset.handler = item.handler;
      return button;
    }),
  );
  if (!items.length) {
    const empty = document.createElement('div');
    empty.className = 'menu-empty';
    empty.textContent = 'onOpen no registró ningún elemento';
    list.append(empty);
  }
}

function renderTabs(): void {
  const bar = $('tabs');
  bar.replaceChildren(
    ...sheets
      .filter(s => !s.hidden)
      .map(s => {
        const tab = document.createElement('button');
        tab.className = s.name === active ? 'tab active' : 'tab';
        tab.textContent = s.name;
        tab.dataset.testid = 'tab';
        tab.dataset.name = s.name;
        tab.addEventListener('click', () => openTab(s.name));
        return tab;
      }),
  );
  const hidden = sheets.filter(s => s.hidden).length;
  if (hidden) {
    const note = document.createElement('span');
    note.className = 'tabs-hidden';
    note.textContent = `${hidden} oculta${hidden === 1 ? '' : 's'}`;
    bar.append(note);
  }
}

function openTab(name: string, options?: {revealCharts: boolean}): void {
  const sheet = sheets.find(s => s.name === name);
  if (!sheet) return;
  active = name;
  renderTabs();
  grid.show(sheet, options);
}

function openSidebar(title: string): void {
  $('sidebar-title').textContent = title;
  $('sidebar-panel').hidden = false;
  $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?v=${sidebarVersion}`;
}

function closeSidebar(): void {
  $('sidebar-panel').hidden = true;
  $<HTMLIFrameElement>('sidebar-frame').src = 'about:blank';
}

function showMessage(m: {kind: string; title: string; text: string}): void {
  const box = $('message');
  $('message-title').textContent =
    m.title || (m.kind === 'toast' ? 'Aviso' : 'Facturación');
  $('message-text').textContent = m.text;
  box.hidden = false;
}

async function renderCalls(): Promise<void> {
  const report = await getJson<CallsReport>('/api/calls');
  $('calls-total').textContent =
    `${countText(report.calls, {one: 'llamada', other: 'llamadas'})} · ${seconds(report.seconds)} de servicios + ${seconds(report.cpuSeconds)} de CPU, modelados desde el inicio`;
  const rows = report.actions
    .slice()
    .reverse()
    .map(a => {
      const row = document.createElement('details');
      row.className = a.ok ? 'call-action' : 'call-action failed';
      row.dataset.testid = 'calls-action';
      const summary = document.createElement('summary');
      const what = document.createElement('span');
      what.className = 'call-label';
      what.textContent = a.label;
      const cost = document.createElement('span');
      cost.className = 'call-cost';
      cost.textContent = `${countText(a.calls, {one: 'llamada', other: 'llamadas'})} · ${seconds(a.seconds)} + ${seconds(a.cpuSeconds)} CPU${a.cells ? ` · ${countText(a.cells, {one: 'celda', other: 'celdas'})}` : ''}${a.files ? ` · ${countText(a.files, {one: 'archivo', other: 'archivos'})}` : ''}`;
      summary.append(what, cost);
      row.append(summary);
      if (a.error) {
        const err = document.createElement('p');
        err.className = 'call-error';
        err.textContent = a.error;
        row.append(err);
      }
      const table = document.createElement('table');
      for (const [method, count] of Object.entries(a.byMethod).sort(
        (x, y) => y[1] - x[1],
      )) {
        const tr = document.createElement('tr');
        const m = document.createElement('td');
        m.textContent = method;
        const n = document.createElement('td');
        n.textContent = String(count);
        tr.append(m, n);
        table.append(tr);
      }
      row.append(table);
      return row;
    });
  $('calls-list').replaceChildren(...rows);
}

let refreshTimer = 0;

/** Coalesces the refreshes asked for by a burst of sidebar calls into one. */
/** Fills the user switcher once; the choice is kept (localStorage) for the page and the sidebar. */
function renderAccounts(accounts: UiState['accounts']): void {
  const select = $<HTMLSelectElement>('user-switcher');
  if (select.options.length > 0 || accounts.length === 0) return;
  for (const a of accounts) {
    const option = document.createElement('option');
    option.value = a.email;
    option.textContent = `${a.email} (${a.role})`;
    select.append(option);
  }
  const chosen = currentUser();
  select.value = accounts.some(a => a.email === chosen)
    ? chosen!
    : accounts[0].email;
}

function refreshSoon(): void {
  clearTimeout(refreshTimer);
  refreshTimer = window.setTimeout(() => void refresh(), 150);
}

function seconds(s: number): string {
  return `${s.toLocaleString('es-CO', {maximumFractionDigits: 2})} s`;
}

function wire(): void {
  const extensions = $('menu-extensions');
  const dropdown = $('menu-extensions-dropdown');
  extensions.addEventListener('click', e => {
    e.stopPropagation();
    dropdown.hidden = !dropdown.hidden;
  });
  $('menu-addon').addEventListener('click', e => {
    e.stopPropagation();
    $('menu-addon-items').hidden = !$('menu-addon-items').hidden;
  });
  document.addEventListener('click', () => {
    dropdown.hidden = true;
  });
  $('menu-addon-items').addEventListener('click', e => {
    const item = (e.target as HTMLElement).closest<HTMLElement>(
      '[data-handler]',
    );
    if (!item?.dataset.handler) return;
    const handler = item.dataset.handler;
    dropdown.hidden = true;
    void action(item.textContent ?? handler, async () => {
      const answer = await postJson<RunAnswer>('/api/run', {
        function: handler,
        args: [],
      });
      if (!answer.ok) throw new Error(answer.error.message);
      status(`${item.textContent}: listo`);
    });
  });
  $('fire-triggers').addEventListener('click', () => {
    void action('Disparar activadores', async () => {
      const answer = await postJson<FireAnswer>('/api/triggers/fire', {});
      if (!answer.fired.length) {
        status('No hay activadores de tiempo instalados.');
        return;
      }
      const failed = answer.fired.filter(f => !f.ok);
      const text = answer.fired
        .map(f => `${f.handler}: ${f.ok ? 'ok' : (f.error ?? 'error')}`)
        .join(' · ');
      status(`Activadores: ${text}`, failed.length ? 'error' : 'info');
    });
  });
  $<HTMLSelectElement>('user-switcher').addEventListener('change', e => {
    const email = (e.target as HTMLSelectElement).value;
    localStorage.setItem(USER_KEY, email);
    status(`Ahora actúa como ${email}.`);
  });
  $('toggle-calls').addEventListener('click', () => {
    const panel = $('calls-panel');
    panel.hidden = !panel.hidden;
  });
  $('sidebar-close').addEventListener('click', closeSidebar);
  $('open-drive').addEventListener('click', () => void drive.open(null));
  const nameBox = $<HTMLInputElement>('name-box');
  nameBox.addEventListener('keydown', e => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    goToName(nameBox.value);
  });
  $('message-ok').addEventListener('click', () => {
    $('message').hidden = true;
  });
  const input = $<HTMLInputElement>('formula-input');
  input.addEventListener('keydown', e => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const cell = grid.selection();
    const text = input.value;
    void action(`${cell.name} ${text}`, async () => {
      const answer = await postJson<CellAnswer>('/api/cells', {
        sheet: active,
        cell: cell.name,
        input: text,
      });
      if (!answer.ok) throw new Error(answer.error.message);
      status(`${cell.name}: listo`);
    });
  });
  $('grid').addEventListener('dblclick', () => input.focus());
  window.addEventListener('message', e => {
    if (e.origin !== location.origin) return;
    const data = e.data as {type?: string};
    if (data.type === 'playground:close') closeSidebar();
    if (data.type === 'playground:ran') refreshSoon();
    if (data.type === 'playground:link')
      followLink(String((data as {href?: unknown}).href ?? ''));
  });
}

wire();
void refresh().then(() => status('Listo'));
