// Composition root of the consolidation use cases: consolidating the exports and appending to the Master.
import type {AppendDeps} from '../../app/consolidation/append-to-master';
import type {ConsolidateDeps} from '../../app/consolidation/consolidate-exports';
import type {Clock} from '../../app/consolidation/ports';
import {vocabularyWith} from '../../domain/master/vocabulary';
import {loadSettings} from './settings';
import {
  driveExportReader,
  masterIdentity,
} from '../../adapters/consolidation/exports';
import {
  scriptAppendLock,
  sheetMaster,
} from '../../adapters/consolidation/master';
import {sheetReviewStore} from '../../adapters/consolidation/review-store';
import {sheetClassificationStore} from '../../adapters/consolidation/settings';

const clock: Clock = {
  nowMs: () => Date.now(),
  newId: () =>
    `rev-${Date.now().toString(36)}-${Math.floor(Math.random() * 0x100000000).toString(36)}`,
};

/** The ports of consolidateExports: the exports, the editable classification, the review tabs. */
export function consolidatePorts(): ConsolidateDeps {
  return {
    exports: driveExportReader(() =>
      masterIdentity(loadSettings().masterSource),
    ),
    classification: sheetClassificationStore,
    reviews: sheetReviewStore,
    clock,
  };
}

/** The ports of appendToMaster: the review, the Master of settings, its lock and the Master's vocabulary. */
export function appendPorts(): AppendDeps {
  const settings = loadSettings();
  return {
    reviews: sheetReviewStore,
    master: sheetMaster(settings.masterSource, settings.masterProfile),
    lock: scriptAppendLock(),
    clock,
    vocabulary: vocabularyWith(settings.masterProfile.synonyms),
  };
}
