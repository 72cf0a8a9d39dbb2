// The page's calls to the playground server (same origin): typed wrappers over fetch.

/** A cell value as the API sends it (dates are ISO strings). */
export type CellJson = string | number | boolean;

export interface SheetInfo {
  name: string;
  /** sheetId, the gid of the tab's links. */
  id: number;
  rows: number;
  columns: number;
  frozenRows: number;
  hidden: boolean;
}

export interface UiState {
  spreadsheet: string;
  description: string;
  menu: {
    title: string;
    items: Array<{label: string; handler: string | null}>;
  } | null;
  sidebar: {title: string; version: number} | null;
  selection: {sheet: string; row: number; column: number} | null;
  /** The emulated spreadsheet's id (its links name it). */
  spreadsheetId: string;
  /** The workbooks the page opens: the Master and the companion once the add-on made it. */
  workbooks: Array<{id: string; name: string}>;
  messages: Array<{kind: string; title: string; text: string}>;
  customFunctions: string[];
  /** The demo accounts of the user switcher (the first is the owner, the default). */
  accounts: Array<{email: string; role: string}>;
}

export interface SheetValues {
  sheet: string;
  range: string | null;
  row: number;
  column: number;
  values: CellJson[][];
  formulas?: Record<string, string>;
  /** What each cell shows under its number format (asked with display=1). */
  display?: string[][];
}

/** A Drive file or folder of the Drive view (GET /api/drive). */
export interface DriveFileInfo {
  id: string;
  name: string;
  mimeType: string;
  size: number | null;
  created: string;
  modified: string;
  path: string;
  folder: boolean;
  trashed: boolean;
}

export interface DriveAnswer {
  item: DriveFileInfo | null;
  files: DriveFileInfo[];
}

/** GET /api/charts/<tab>: the tab's charts with the values they plot. */
export interface ChartJson {
  id: number;
  type: string;
  title: string;
  row: number;
  column: number;
  ranges: Array<{
    row: number;
    column: number;
    lastRow: number;
    lastColumn: number;
  }>;
  values: CellJson[][][];
}

export interface ActionRecord {
  id: number;
  kind: string;
  label: string;
  ok: boolean;
  error?: string;
  calls: number;
  seconds: number;
  /** The add-on's own CPU, apart from the service calls' seconds. */
  cpuSeconds: number;
  cells: number;
  files: number;
  byMethod: Record<string, number>;
}

export interface CallsReport {
  mark: number;
  calls: number;
  seconds: number;
  cpuSeconds: number;
  byMethod: Record<string, number>;
  actions: ActionRecord[];
}

export type RunAnswer =
  {ok: true; result: unknown} | {ok: false; error: {message: string}};

export type CellAnswer =
  | {ok: true; values: CellJson[][]}
  | {ok: false; error: {message: string}; values: CellJson[][]};

export interface FireAnswer {
  ok: boolean;
  fired: Array<{handler: string; ok: boolean; error?: string}>;
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json()) as T & {error?: {message?: string}};
  if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body;
}

/** GET a JSON resource of the API. */
export async function getJson<T>(path: string): Promise<T> {
  return answer<T>(await fetch(path));
}

/** Where the page keeps the account it acts as (the sidebar's shim reads the same key). */
export const USER_KEY = 'facturacion.playground.user';

/** The account chosen in the user switcher, or null for the default (the owner). */
export function currentUser(): string | null {
  return localStorage.getItem(USER_KEY);
}

/** POST a JSON body to the API, as the account chosen in the user switcher. */
export async function postJson<T>(
  path: string,
  body: Record<string, unknown>,
): Promise<T> {
  const user = currentUser();
  return answer<T>(
    await fetch(path, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(user ? {...body, user} : body),
    }),
  );
}

/** The URL of a tab's range, with the texts the cells show under their formats. */
export function rangePath(sheet: string, range: string): string {
  return `/api/sheets/${encodeURIComponent(sheet)}?range=${encodeURIComponent(range)}&display=1`;
}
