// The settings as stored: the header names as changes to the defaults (synonymChanges), and records of the earlier full-list format read as changes too.
import * as v from 'valibot';
import type {Settings} from '../../common/settings';
import {SynonymChangesSchema} from '../../common/schemas/settings';
import {MASTER_FIELDS, type MasterFieldKey} from '../../common/master-fields';
import {defaultSynonyms} from '../master/fields';
import {FULL_LIST_DEFAULTS} from './full-list-defaults';
import {SettingsError} from './rules';
import {
  synonymChanges,
  withSynonymChanges,
  type SynonymChanges,
} from './synonym-changes';

/** The stored form: the settings with the profile's synonym lists replaced by their changes. */
export type StoredSettings = Omit<Settings, 'masterProfile'> & {
  masterProfile: Omit<Settings['masterProfile'], 'synonyms'> & {
    synonymChanges: SynonymChanges;
  };
};

/** What to store for settings (already normalised): only the changes to today's default names. */
export function storedSettings(settings: Settings): StoredSettings {
  const {synonyms, ...profile} = settings.masterProfile;
  return {
    ...settings,
    masterProfile: {
      ...profile,
      synonymChanges: synonymChanges(defaultSynonyms(), synonyms),
    },
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The changes a full-list record (settings stored before synonymChanges) made: against the defaults
 * of the versions that wrote that format (FULL_LIST_DEFAULTS; the record names no version, but
 * those versions all had these defaults), not today's, so a default added since reaches it.
 */
function fullListChanges(synonyms: unknown): SynonymChanges {
  if (!isRecord(synonyms)) return {};
  const lists: Partial<Record<MasterFieldKey, string[]>> = {};
  for (const {key, label} of MASTER_FIELDS) {
    const list = synonyms[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some(x => typeof x !== 'string')) {
      throw new SettingsError(
        `Encabezados de "${label}": se esperaba una lista de textos.`,
      );
    }
    lists[key] = list as string[];
  }
  return synonymChanges(FULL_LIST_DEFAULTS, lists);
}

/**
 * A stored record (either format) as settings input, its synonym lists made from today's defaults
 * and the stored changes; normaliseSettings checks the rest. Throws on a malformed record.
 */
export function settingsInputOf(stored: unknown): unknown {
  if (!isRecord(stored) || !isRecord(stored.masterProfile)) return stored;
  const {synonyms, synonymChanges: changes, ...profile} = stored.masterProfile;
  const applied =
    changes === undefined
      ? fullListChanges(synonyms)
      : v.parse(SynonymChangesSchema, changes);
  return {
    ...stored,
    masterProfile: {...profile, synonyms: withSynonymChanges(applied)},
  };
}
