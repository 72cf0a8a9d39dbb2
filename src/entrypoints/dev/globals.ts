// The dev bundle's entry (scripts/build.mjs --dev): every export of dev/index.ts, answering in Spanish;
// the add-on's own globals check their arguments as in production (signatures.ts).
import * as api from './index';
import {onInstall, onOpen} from './index';
import * as production from '../index';
import {answeringInSpanish} from '../user-errors';
import {checkingArguments} from '../checked';

/** What the generated stubs of build-dev/Code.js call. */
export const entryPoints = answeringInSpanish({
  ...api,
  ...checkingArguments(production),
  // The dev build's own menu (with the diagnosis item) replaces the production one.
  onOpen,
  onInstall,
});
