// The building blocks of every argument schema (valibot): texts with length limits, Drive links, ISO
// days, whole numbers in a range, yes/no. Each message is the Spanish phrase of what was expected.
import * as v from 'valibot';

/** Longest text a sidebar field takes (a NIT, a tab name, a search text, a header). */
export const MAX_TEXT = 200;
/** Longest Drive link or id (a Sheets URL with its #gid and query parameters fits). */
export const MAX_DRIVE_REF = 500;
/** Longest pasted text (the PDF finder's invoice list). */
export const MAX_PASTE = 200_000;
/** Most items in a list argument (NITs, codes, folders, invoice numbers). */
export const MAX_ITEMS = 5000;

/** A text of at most max characters. */
export function text(max = MAX_TEXT) {
  return v.pipe(
    v.string('un texto'),
    v.maxLength(max, `un texto de a lo sumo ${max} caracteres`),
  );
}

/** A text of 1 to max characters. */
export function nonEmptyText(max = MAX_TEXT) {
  return v.pipe(
    v.string('un texto'),
    v.nonEmpty('un texto no vacío'),
    v.maxLength(max, `un texto de a lo sumo ${max} caracteres`),
  );
}

/** A list of texts: at most maxItems, each at most max characters. */
export function textList(max = MAX_TEXT, maxItems = MAX_ITEMS) {
  return v.pipe(
    v.array(text(max), 'una lista de textos'),
    v.maxLength(maxItems, `una lista de a lo sumo ${maxItems} textos`),
  );
}

/** A Drive id or a link to a Drive file or folder (which one is checked against Drive later). */
export const driveRef = v.pipe(
  v.string('un enlace o id de Google Drive (texto)'),
  v.maxLength(
    MAX_DRIVE_REF,
    `un enlace o id de Google Drive de a lo sumo ${MAX_DRIVE_REF} caracteres`,
  ),
);

/** A whole number from min to max. */
export function wholeNumber(min: number, max: number) {
  const range = `un número entero entre ${min} y ${max}`;
  return v.pipe(
    v.number(range),
    v.integer(range),
    v.minValue(min, range),
    v.maxValue(max, range),
  );
}

/** true or false. */
export const yesNo = v.boolean('verdadero o falso (true/false)');

/** Whether "yyyy-mm-dd" names a day of the calendar (no 2025-02-30). */
function isCalendarDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d
  );
}

/** An ISO calendar day "2025-09-15". */
export const isoDay = v.pipe(
  v.string('una fecha aaaa-mm-dd (texto)'),
  v.maxLength(10, 'una fecha aaaa-mm-dd'),
  v.check(isCalendarDay, 'una fecha real aaaa-mm-dd'),
);

/** A plain object (valibot's object schemas take a list for an object with keys "0", "1"...). */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    Object.prototype.toString.call(x) === '[object Object]'
  );
}

const OBJECT = 'un objeto con campos';

/** An object with exactly these fields (an unknown field is refused, not dropped). */
export function record<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, OBJECT),
    v.strictObject(entries, OBJECT),
  );
}

/** One of several objects told apart by `key` (what: the Spanish phrase of all of them). */
export function oneOf<K extends string, O extends v.VariantOptions<K>>(
  key: K,
  options: O,
  what: string,
) {
  const variant = v.variant(key, options, what);
  return v.lazy(input =>
    isPlainObject(input) ? variant : v.never(what),
  ) as v.GenericSchema<unknown, v.InferOutput<typeof variant>>;
}

/** The fields of one option of oneOf. */
export function option<E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, OBJECT);
}

/**
 * A value read by its kind: a text, a list, or anything else refused with `what`. Unlike a union,
 * a bad item inside the list is named (valibot's union only says that no option matched).
 */
export function textOrList<
  T extends v.GenericSchema,
  L extends v.GenericSchema,
>(textSchema: T, listSchema: L, what: string) {
  return v.lazy(input =>
    typeof input === 'string'
      ? textSchema
      : Array.isArray(input)
        ? listSchema
        : v.never(what),
  ) as v.GenericSchema<unknown, v.InferOutput<T> | v.InferOutput<L>>;
}

/** An item that is a text or one of two objects (told apart by a field only the second has). */
export function textOrRow<
  T extends v.GenericSchema,
  A extends v.GenericSchema,
  B extends v.GenericSchema,
>(textSchema: T, row: A, other: {field: string; schema: B}, what: string) {
  return v.lazy(input =>
    typeof input === 'string'
      ? textSchema
      : isPlainObject(input)
        ? other.field in input
          ? other.schema
          : row
        : v.never(what),
  ) as v.GenericSchema<
    unknown,
    v.InferOutput<T> | v.InferOutput<A> | v.InferOutput<B>
  >;
}
