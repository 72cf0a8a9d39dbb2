// The Master profile's header names as changes to the defaults: what the user added or took out per field, and the lists they make with the defaults of the day.
import type * as v from 'valibot';
import {MASTER_FIELDS, type MasterFieldKey} from '../../common/master-fields';
import type {SynonymChangesSchema} from '../../common/schemas/settings';
import {foldKey} from '../kernel/text-fold';
import {defaultSynonyms} from '../master/fields';

/** Per field, the names added to and taken out of the defaults (fields left as they were omitted). */
export type SynonymChanges = v.InferOutput<typeof SynonymChangesSchema>;

type Lists = Readonly<Partial<Record<MasterFieldKey, readonly string[]>>>;

/** The names of `list` whose folded form is not among `others`' (first spelling kept, repeats dropped). */
function missingFrom(list: readonly string[], others: readonly string[]) {
  const seen = new Set(others.map(foldKey));
  const out: string[] = [];
  for (const name of list) {
    const folded = foldKey(name);
    if (seen.has(folded)) continue;
    seen.add(folded);
    out.push(name);
  }
  return out;
}

/**
 * What `lists` changes in `defaults`: names compared as the reader matches them (folded), so 'NIT'
 * for a default 'Nit' is no change. A field absent from `lists` is left as the defaults have it.
 */
export function synonymChanges(defaults: Lists, lists: Lists): SynonymChanges {
  const changes: SynonymChanges = {};
  for (const {key} of MASTER_FIELDS) {
    const list = lists[key];
    if (list === undefined) continue;
    const base = defaults[key] ?? [];
    const added = missingFrom(list, base);
    const removed = missingFrom(base, list);
    if (added.length > 0 || removed.length > 0) {
      changes[key] = {added, removed};
    }
  }
  return changes;
}

/** Today's default names of every field with the changes applied: defaults kept in order, then the added. */
export function withSynonymChanges(
  changes: SynonymChanges,
): Record<MasterFieldKey, string[]> {
  const lists = defaultSynonyms();
  for (const {key} of MASTER_FIELDS) {
    const change = changes[key];
    if (!change) continue;
    const kept = missingFrom(lists[key], change.removed);
    lists[key] = [...kept, ...missingFrom(change.added, kept)];
  }
  return lists;
}
