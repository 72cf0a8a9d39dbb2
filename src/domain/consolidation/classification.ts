// Classification of export lines by product code, with a keyword fall-back: the table, its defaults and its parsing.
import {isBlank, textOf, type RawCell} from '../kernel/cell-values';
import {foldWords, hasPhrase} from './text';
import {foldKey} from '../kernel/text-fold';

/** Categories a line can fall in (the keys the business used in the old app). */
export const CATEGORIES = [
  'intereses_corriente',
  'intereses_mora',
  'costos_fijos',
  'seguro_iva',
  'otros',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** What a line gets when neither its code nor its concept says. */
export const UNCLASSIFIED = 'sin_clasificar';
export type Classification = Category | typeof UNCLASSIFIED;

/** One row of the table: a product code or a keyword of the concept, and its category. */
export interface ClassificationRule {
  kind: 'codigo' | 'palabra';
  value: string;
  category: Category;
  note: string;
}

/** The parsed table: codes without leading zeros, keywords in the order they are tried. */
export interface ClassificationTable {
  codes: ReadonlyMap<string, Category>;
  keywords: ReadonlyArray<{phrase: string; category: Category}>;
}

/** Spanish labels of the table's "Tipo" column. */
export const KIND_LABELS = {
  codigo: 'código',
  palabra: 'palabra clave',
} as const;

/** Header of the settings tab that holds the table. */
export const TABLE_HEADER = ['Tipo', 'Valor', 'Categoría', 'Nota'];

const DISPUTED_204 =
  'En discusión: el negocio también lo ha clasificado como intereses_mora. Cámbielo aquí si corresponde.';

const DEFAULT_CODES: ReadonlyArray<[Category, number[]]> = [
  ['intereses_corriente', [101, 106, 108, 110, 112, 201, 204, 206, 208]],
  ['intereses_mora', [102, 107, 109, 202, 205, 207]],
  ['costos_fijos', [103, 203, 301, 314, 316, 317, 318]],
  ['seguro_iva', [309]],
  ['otros', [302, 303, 307, 308, 310, 311, 312, 313, 315, 401, 403, 406, 500]],
];

/** Keywords in the order they are tried (tax words before fee words: "IVA sobre comisión" is IVA). */
const DEFAULT_KEYWORDS: ReadonlyArray<[string, Category]> = [
  ['interés corriente', 'intereses_corriente'],
  ['mora', 'intereses_mora'],
  ['seguro', 'seguro_iva'],
  ['póliza', 'seguro_iva'],
  ['iva', 'seguro_iva'],
  ['comisión', 'costos_fijos'],
  ['originación', 'costos_fijos'],
  ['swift', 'costos_fijos'],
  ['giro', 'costos_fijos'],
];

/** The defaults (docs/domain.md), seeded into the settings tab when it does not exist yet. */
export function defaultRules(): ClassificationRule[] {
  const rules: ClassificationRule[] = [];
  for (const [category, codes] of DEFAULT_CODES) {
    for (const code of codes) {
      rules.push({
        kind: 'codigo',
        value: String(code),
        category,
        note: code === 204 ? DISPUTED_204 : '',
      });
    }
  }
  for (const [phrase, category] of DEFAULT_KEYWORDS) {
    rules.push({kind: 'palabra', value: phrase, category, note: ''});
  }
  return rules;
}

/** The rules as the settings tab's rows (header first). */
export function rulesToRows(
  rules: ReadonlyArray<ClassificationRule>,
): string[][] {
  return [
    TABLE_HEADER,
    ...rules.map(r => [KIND_LABELS[r.kind], r.value, r.category, r.note]),
  ];
}

/** A product code as a key: digits without leading zeros ("0101", 101, "101.0" -> "101"). */
export function productCodeKey(value: RawCell): string {
  const text = textOf(value).replace(/^(\d+)\.0+$/, '$1');
  if (/^\d+$/.test(text)) return text.replace(/^0+(?=\d)/, '');
  return text.toUpperCase();
}

/** Parse result of the settings tab: the table, or the Spanish problems found (tab row numbers). */
export type TableParse =
  {ok: true; table: ClassificationTable} | {ok: false; problems: string[]};

/**
 * Reads the settings tab's values (header row first). Rows with an empty "Valor" are ignored;
 * an unknown type or category, or a code given two different categories, is a problem naming
 * the tab and row.
 */
export function parseClassificationRows(
  rows: ReadonlyArray<ReadonlyArray<RawCell>>,
  tabName: string,
): TableParse {
  const problems: string[] = [];
  const codes = new Map<string, Category>();
  const codeRow = new Map<string, number>();
  const keywords: Array<{phrase: string; category: Category}> = [];
  for (let i = 1; i < rows.length; i++) {
    const [kindCell, valueCell, categoryCell] = rows[i];
    if (isBlank(valueCell) && isBlank(kindCell)) continue;
    const where = `hoja '${tabName}', fila ${i + 1}`;
    const kind = parseKind(kindCell);
    if (!kind) {
      problems.push(
        `${where}: el tipo "${textOf(kindCell)}" no es "código" ni "palabra clave".`,
      );
      continue;
    }
    const category = parseCategory(categoryCell);
    if (!category) {
      problems.push(
        `${where}: la categoría "${textOf(categoryCell)}" no existe; use una de: ${CATEGORIES.join(', ')}.`,
      );
      continue;
    }
    if (isBlank(valueCell)) {
      problems.push(`${where}: falta el valor (el código o la palabra).`);
      continue;
    }
    if (kind === 'codigo') {
      const key = productCodeKey(valueCell);
      const before = codes.get(key);
      if (before && before !== category) {
        problems.push(
          `${where}: el código ${key} ya está en la fila ${codeRow.get(key)} con la categoría ${before}.`,
        );
        continue;
      }
      codes.set(key, category);
      codeRow.set(key, i + 1);
    } else {
      keywords.push({phrase: textOf(valueCell), category});
    }
  }
  if (problems.length) return {ok: false, problems};
  return {ok: true, table: {codes, keywords}};
}

/** The table built directly from rules (the defaults, in tests). */
export function tableFromRules(
  rules: ReadonlyArray<ClassificationRule>,
): ClassificationTable {
  const parsed = parseClassificationRows(rulesToRows(rules), 'defaults');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.table;
}

function parseKind(value: RawCell): ClassificationRule['kind'] | null {
  const f = foldKey(textOf(value));
  if (f === 'codigo' || f === 'code' || f === 'codigoproducto') return 'codigo';
  if (f === 'palabraclave' || f === 'palabra' || f === 'keyword')
    return 'palabra';
  return null;
}

function parseCategory(value: RawCell): Category | null {
  const f = foldKey(textOf(value));
  for (const c of CATEGORIES) if (foldKey(c) === f) return c;
  return null;
}

/** How a line was classified: by its code, by a keyword of its concept, or not at all. */
export interface LineClassification {
  category: Classification;
  by: 'codigo' | 'palabra' | 'ninguno';
}

/**
 * Classifies a line: its product code (leading zeros dropped) in the table; else the first keyword
 * found as whole words in the concept (accents and case ignored); else "sin_clasificar".
 */
export function classifyLine(
  table: ClassificationTable,
  productCode: RawCell,
  concept: RawCell,
): LineClassification {
  const byCode = table.codes.get(productCodeKey(productCode));
  if (byCode) return {category: byCode, by: 'codigo'};
  const text = foldWords(concept);
  if (text) {
    for (const k of table.keywords) {
      if (hasPhrase(text, k.phrase))
        return {category: k.category, by: 'palabra'};
    }
  }
  return {category: UNCLASSIFIED, by: 'ninguno'};
}
