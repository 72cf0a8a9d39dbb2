// The dev bundle's entry (scripts/build.mjs --dev): every export of dev/index.ts, answering in Spanish.
import * as api from './index';
import {answeringInSpanish} from '../user-errors';

/** What the generated stubs of build-dev/Code.js call. */
export const entryPoints = answeringInSpanish({...api});
