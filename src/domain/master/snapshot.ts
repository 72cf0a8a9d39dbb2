// Compact text form of a MasterTable for the snapshot cache: repeated texts (NITs, clients, codes,
// currencies) dictionary-encoded (a column coded like an earlier one stored once), row numbers
// delta-encoded, the net amount as its difference from its parts, missing numbers as null.
import type {MasterFieldKey} from '../../common/settings';
import {DATE_FIELDS, type DateFieldKey, MONEY_FIELDS} from './fields';
import {netFromResidual, netResidual} from './snapshot-net';
import {
  type MasterTable,
  TEXT_FIELDS,
  type TextFieldKey,
  emptyTable,
} from './table';

/** Bump when the encoding or the parsing rules change: old snapshots are then ignored. */
export const SNAPSHOT_VERSION = 6;

interface Encoded {
  v: number;
  tabs: MasterTable['tabs'];
  size: number;
  tab: number[];
  rowDelta: number[];
  dict: Partial<Record<TextFieldKey, string[]>>;
  codes: Partial<Record<TextFieldKey, number[]>>;
  /** A column whose codes are those of an earlier one (a client per NIT): its codes not repeated. */
  sameCodes: Partial<Record<TextFieldKey, TextFieldKey>>;
  plain: Partial<Record<TextFieldKey, string[]>>;
  nitDv: number[];
  dates: Record<DateFieldKey, Array<number | null>>;
  money: Partial<Record<MasterFieldKey, Array<number | null>>>;
  /** valorNeto minus its parts in cents (snapshot-net.ts), when money.valorNeto is left out. */
  netResidual: Array<number | null> | null;
  diagnostics: MasterTable['diagnostics'];
  diagnosticRow: number[];
  problemRows: number[];
  diagnosticCount: number;
  skipped: MasterTable['skipped'];
  skippedCount: number;
  warnings: string[];
}

/** Fields whose values repeat a lot and are worth a dictionary. */
const DICTIONARY: ReadonlySet<TextFieldKey> = new Set([
  'nit',
  'client',
  'desembolso',
  'currency',
  'status',
]);

function nullable(values: readonly number[]): Array<number | null> {
  const out: Array<number | null> = new Array(values.length);
  for (let i = 0; i < values.length; i++)
    out[i] = Number.isNaN(values[i]) ? null : values[i];
  return out;
}

function sameArray(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function unnullable(values: ReadonlyArray<number | null>): number[] {
  const out: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++)
    out[i] = values[i] === null ? NaN : (values[i] as number);
  return out;
}

/** The table as one JSON string. */
export function encodeTable(table: MasterTable): string {
  const dict: Encoded['dict'] = {};
  const codes: Encoded['codes'] = {};
  const plain: Encoded['plain'] = {};
  const sameCodes: Encoded['sameCodes'] = {};
  for (const k of TEXT_FIELDS) {
    if (!DICTIONARY.has(k)) {
      plain[k] = table.text[k];
      continue;
    }
    const index = new Map<string, number>();
    const words: string[] = [];
    const col = table.text[k];
    const out: number[] = new Array(col.length);
    for (let i = 0; i < col.length; i++) {
      let c = index.get(col[i]);
      if (c === undefined) {
        c = words.length;
        words.push(col[i]);
        index.set(col[i], c);
      }
      out[i] = c;
    }
    dict[k] = words;
    const twin = (Object.keys(codes) as TextFieldKey[]).find(j =>
      sameArray(codes[j]!, out),
    );
    if (twin) sameCodes[k] = twin;
    else codes[k] = out;
  }
  const rowDelta: number[] = new Array(table.size);
  for (let i = 0; i < table.size; i++) {
    rowDelta[i] =
      i > 0 && table.tab[i] === table.tab[i - 1]
        ? table.row[i] - table.row[i - 1]
        : table.row[i];
  }
  const dates = {} as Encoded['dates'];
  for (const k of DATE_FIELDS) dates[k] = nullable(table.dates[k]);
  const money: Encoded['money'] = {};
  const residual = netResidual(table.money);
  for (const k of MONEY_FIELDS) {
    if (k === 'valorNeto' && residual) continue;
    // A money field no tab has is all NaN: store nothing.
    if (table.money[k].some(v => !Number.isNaN(v)))
      money[k] = nullable(table.money[k]);
  }
  const encoded: Encoded = {
    v: SNAPSHOT_VERSION,
    tabs: table.tabs,
    size: table.size,
    tab: table.tab,
    rowDelta,
    dict,
    codes,
    sameCodes,
    plain,
    nitDv: table.nitDv,
    dates,
    money,
    netResidual: residual,
    diagnostics: table.diagnostics,
    diagnosticRow: table.diagnosticRow,
    problemRows: table.problemRows,
    diagnosticCount: table.diagnosticCount,
    skipped: table.skipped,
    skippedCount: table.skippedCount,
    warnings: table.warnings,
  };
  return JSON.stringify(encoded);
}

/** The table back from encodeTable's text; null when it is of another version or damaged. */
export function decodeTable(text: string): MasterTable | null {
  let e: Encoded;
  try {
    e = JSON.parse(text) as Encoded;
  } catch {
    return null;
  }
  if (!e || e.v !== SNAPSHOT_VERSION) return null;
  const table = emptyTable();
  table.tabs = e.tabs;
  table.size = e.size;
  table.tab = e.tab;
  const row: number[] = new Array(e.size);
  for (let i = 0; i < e.size; i++) {
    row[i] =
      i > 0 && e.tab[i] === e.tab[i - 1]
        ? row[i - 1] + e.rowDelta[i]
        : e.rowDelta[i];
  }
  table.row = row;
  for (const k of TEXT_FIELDS) {
    const words = e.dict[k];
    const twin = e.sameCodes[k];
    const c = twin ? e.codes[twin] : e.codes[k];
    if (words && c) {
      const out: string[] = new Array(c.length);
      for (let i = 0; i < c.length; i++) out[i] = words[c[i]];
      table.text[k] = out;
    } else {
      table.text[k] = e.plain[k] ?? new Array<string>(e.size).fill('');
    }
  }
  table.nitDv = e.nitDv;
  for (const k of DATE_FIELDS) table.dates[k] = unnullable(e.dates[k]);
  for (const k of MONEY_FIELDS) {
    const m = e.money[k];
    table.money[k] = m ? unnullable(m) : new Array<number>(e.size).fill(NaN);
  }
  if (e.netResidual)
    table.money.valorNeto = netFromResidual(table.money, e.netResidual);
  table.diagnostics = e.diagnostics;
  table.diagnosticRow = e.diagnosticRow;
  table.problemRows = e.problemRows;
  table.diagnosticCount = e.diagnosticCount;
  table.skipped = e.skipped;
  table.skippedCount = e.skippedCount;
  table.warnings = e.warnings;
  return table;
}

/** 32-bit FNV-1a of a text, as 8 hex digits (cache keys). */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
