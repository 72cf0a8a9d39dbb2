// The bundle's entry (scripts/build.mjs): every export of index.ts, its arguments checked against
// signatures.ts, each answering in Spanish.
import * as api from './index';
import {answeringInSpanish} from './user-errors';
import {checkingArguments} from './checked';
import {inRunScope} from './run-scope';

/** What the generated stubs of build/Code.js call: `__facturacion.entryPoints.NAME(...)`. */
export const entryPoints = inRunScope(
  answeringInSpanish(checkingArguments(api)),
);
