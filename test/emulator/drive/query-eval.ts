// Evaluates a parsed Drive query against store items, with Drive's matching rules: `contains` on
// names is a case-insensitive WORD-PREFIX match after splitting at non-alphanumerics, so
// `name contains 'FE9133'` matches "FE91330.pdf" and "dian_FE9133.pdf" but not "XFE9133.pdf".
import type {QueryNode} from './query-parser';
import type {DriveItem, DriveStore} from './store';

/** Words of a name: runs of letters/digits, lower-cased ("dian_FE9133.pdf" -> dian, fe9133, pdf). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(w => w.length > 0);
}

/**
 * Drive's `name contains`: the query's words must appear consecutively in the name's words, all
 * but the last whole and the last as a prefix. "HelloWorld" contains 'Hello' but not 'World'
 * (ref-search-terms: "The contains operator only performs prefix matching for a name term").
 * The multi-word rule is an assumption; single words are what the add-on uses.
 */
export function nameContains(name: string, query: string): boolean {
  const q = words(query);
  if (q.length === 0) return true;
  const w = words(name);
  const last = q.length - 1;
  for (let i = 0; i + last < w.length; i++) {
    let ok = true;
    for (let k = 0; k < last && ok; k++) ok = w[i + k] === q[k];
    if (ok && w[i + last].startsWith(q[last])) return true;
  }
  return false;
}

export interface EvalContext {
  store: DriveStore;
  user: string;
}

/** Whether an item satisfies the query. */
export function matches(
  node: QueryNode,
  item: DriveItem,
  ctx: EvalContext,
): boolean {
  switch (node.type) {
    case 'and':
      return node.children.every(c => matches(c, item, ctx));
    case 'or':
      return node.children.some(c => matches(c, item, ctx));
    case 'not':
      return !matches(node.child, item, ctx);
    case 'in':
      return matchesIn(node.field, node.value, item, ctx);
    case 'compare':
      return matchesCompare(node, item, ctx);
  }
}

function matchesIn(
  field: string,
  raw: string,
  item: DriveItem,
  ctx: EvalContext,
): boolean {
  const {store, user} = ctx;
  switch (field) {
    case 'parents':
      return item.parents.includes(store.resolveId(raw, user));
    case 'owners': {
      const who = raw === 'me' ? user : raw;
      return item.owner === who;
    }
    case 'writers':
    case 'readers': {
      const who = raw === 'me' ? user : raw;
      const role = item.owner === who ? 'owner' : item.shared?.get(who);
      if (!role) return false;
      return field === 'readers' || role !== 'reader';
    }
    default:
      return false;
  }
}

function matchesCompare(
  node: Extract<QueryNode, {type: 'compare'}>,
  item: DriveItem,
  ctx: EvalContext,
): boolean {
  const {op, value} = node;
  switch (node.field) {
    case 'name':
      return compareString(item.name, op, String(value.value), true);
    case 'fullText': {
      const v = String(value.value);
      return (
        nameContains(item.name, v) || nameContains(item.description ?? '', v)
      );
    }
    case 'mimeType':
      return compareString(item.mimeType, op, String(value.value), false);
    case 'modifiedTime':
      return compareNumber(item.modifiedTime, op, node.time!);
    case 'createdTime':
      return compareNumber(item.createdTime, op, node.time!);
    case 'viewedByMeTime':
      return false; // the emulator does not record views
    case 'trashed':
      return compareBool(item.trashed, op, value.value === true);
    case 'starred':
      return compareBool(false, op, value.value === true);
    case 'sharedWithMe':
      return compareBool(
        !item.driveId &&
          item.owner !== ctx.user &&
          (item.shared?.has(ctx.user) ?? false),
        op,
        value.value === true,
      );
    default:
      return false;
  }
}

function compareString(
  actual: string,
  op: string,
  v: string,
  isName: boolean,
): boolean {
  switch (op) {
    case '=':
      return actual === v;
    case '!=':
      return actual !== v;
    case 'contains':
      return isName
        ? nameContains(actual, v)
        : actual.toLowerCase().includes(v.toLowerCase());
    default:
      return false;
  }
}

function compareNumber(actual: number, op: string, v: number): boolean {
  switch (op) {
    case '=':
      return actual === v;
    case '!=':
      return actual !== v;
    case '<':
      return actual < v;
    case '<=':
      return actual <= v;
    case '>':
      return actual > v;
    case '>=':
      return actual >= v;
    default:
      return false;
  }
}

function compareBool(actual: boolean, op: string, v: boolean): boolean {
  return op === '=' ? actual === v : actual !== v;
}

/**
 * A superset of the items that can match, from the parents index, or null for "scan everything".
 * Only an optimisation: results are always checked with matches().
 */
export function candidates(
  node: QueryNode,
  ctx: EvalContext,
): Set<string> | null {
  switch (node.type) {
    case 'in':
      return node.field === 'parents'
        ? new Set(ctx.store.childIds(ctx.store.resolveId(node.value, ctx.user)))
        : null;
    case 'and': {
      let best: Set<string> | null = null;
      for (const c of node.children) {
        const s = candidates(c, ctx);
        if (s && (!best || s.size < best.size)) best = s;
      }
      return best;
    }
    case 'or': {
      const union = new Set<string>();
      for (const c of node.children) {
        const s = candidates(c, ctx);
        if (!s) return null;
        for (const id of s) union.add(id);
      }
      return union;
    }
    default:
      return null;
  }
}
