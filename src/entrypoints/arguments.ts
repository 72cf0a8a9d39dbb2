// Checks a global's arguments against its schemas (src/entrypoints/signatures.ts) before it runs:
// the typed values, or a UserError whose Spanish message names the field and what was expected.
import * as v from 'valibot';

/** One declared parameter: its name (used in messages) and the schema its value must pass. */
export type Parameter<T> = readonly [
  name: string,
  schema: v.GenericSchema<unknown, T>,
];

/** The parameters of a function, in order, each with the schema of its type. */
export type SignatureOf<F extends (...args: never[]) => unknown> = ParametersOf<
  Parameters<F>
>;

type ParametersOf<P extends readonly unknown[]> = {
  readonly [I in keyof P]-?: Parameter<P[I]>;
};

/** A bad argument: the message is for the user, in Spanish. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Longest text quoted back in a message; longer texts are described by their length. */
const MAX_QUOTED = 40;

const count = new Intl.NumberFormat('es-CO');

/** What arrived, in Spanish, without echoing more than a short text. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nada';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value === '') return 'un texto vacío';
    if (value.length > MAX_QUOTED)
      return `un texto de ${count.format(value.length)} caracteres`;
    // eslint-disable-next-line no-control-regex
    return `el texto «${value.replace(/[\u0000-\u001f\u007f]/g, ' ')}»`;
  }
  if (typeof value === 'number')
    return Number.isNaN(value) ? 'NaN (no es un número)' : `el número ${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value))
    return value.length === 1
      ? 'una lista de 1 elemento'
      : `una lista de ${count.format(value.length)} elementos`;
  if (value instanceof Date) return 'una fecha';
  if (typeof value === 'object') return 'un objeto';
  return `un valor de tipo ${typeof value}`;
}

/**
 * "El campo «nits» (elemento 2)" inside an object argument (named by the field, as the sidebar names
 * it), "El argumento «row»" for the argument itself; list items by their 1-based position.
 */
function fieldOf(name: string, path: v.IssuePathItem[] | undefined): string {
  const keys: string[] = [];
  const items: number[] = [];
  for (const item of path ?? []) {
    if (typeof item.key === 'number') items.push(item.key + 1);
    else keys.push(String(item.key));
  }
  const field =
    keys.length > 0 ? `El campo «${keys.join('.')}»` : `El argumento «${name}»`;
  if (items.length === 0) return field;
  return `${field} (elemento ${items.join(', ')})`;
}

const OBJECT_TYPES = new Set(['object', 'strict_object', 'loose_object']);

/** The Spanish sentence of one valibot issue of the parameter `name`. */
export function issueMessage(
  name: string,
  issue: v.BaseIssue<unknown>,
): string {
  const field = fieldOf(name, issue.path);
  if (OBJECT_TYPES.has(issue.type) && issue.path && issue.path.length > 0) {
    if (issue.expected === 'never')
      return `${field} no existe: revise el nombre (no se aceptan campos de más).`;
    if (issue.received === 'undefined')
      return `Falta ${field.replace(/^El /, 'el ')}.`;
  }
  // A variant's discriminator ("kind") that matches none of its options: list the options.
  const expected =
    issue.type === 'variant' && issue.expected && issue.expected !== 'Object'
      ? `uno de ${issue.expected.replace(/^\((.*)\)$/, '$1')}`
      : issue.message;
  return `${field} debe ser ${expected}; llegó ${describeValue(issue.input)}.`;
}

/** Fallback phrase when a schema carries no message of its own: never valibot's English. */
const CONFIG = {abortEarly: true, message: () => 'un valor válido'} as const;

/**
 * The arguments of `fn` checked against its parameters: too many arguments, or one that fails its
 * schema, is refused with a UserError (the first problem found). Optional values get their defaults.
 */
export function parseArguments(
  fn: string,
  parameters: ReadonlyArray<Parameter<unknown>>,
  args: ArrayLike<unknown>,
): unknown[] {
  if (args.length > parameters.length) {
    const n = parameters.length;
    throw new UserError(
      `${fn} recibe ${n === 1 ? '1 argumento' : `${n} argumentos`}` +
        (n > 0 ? ` (${parameters.map(([p]) => `«${p}»`).join(', ')})` : '') +
        `; llegaron ${args.length}.`,
    );
  }
  return parameters.map(([name, schema], i) => {
    const result = v.safeParse(schema, args[i], CONFIG);
    if (!result.success)
      throw new UserError(issueMessage(name, result.issues[0]));
    return result.output;
  });
}
