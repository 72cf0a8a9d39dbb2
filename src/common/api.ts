// The sidebar contract: every server function the sidebar may call, with JSON-only DTOs.
//
// Each feature declares its own interface in src/common/*-api.ts and is added to SidebarApi
// below. The server implements SidebarApi with `satisfies` (src/entrypoints/sidebar-api.ts) and
// every key is a top-level global of the bundle (checked by test/entrypoints/bundle.test.ts).
// DTOs carry no Date, class or function: dates are ISO strings, money is number + currency code.

import type * as v from 'valibot';
import type {AboutInfoSchema} from './schemas/settings-results';
import type {ConsolidationApi} from './consolidation-api';
import type {MasterApi} from './master-api';
import type {PdfApi} from './pdf-api';
import type {ReportApi} from './report-api';
import type {SettingsApi} from './settings';

/** What the sidebar shows in its header: who, where, which build (src/common/schemas/settings-results.ts). */
export type AboutInfo = v.InferOutput<typeof AboutInfoSchema>;

/** Calls that do not belong to one feature. */
export interface CoreApi {
  getAbout(): AboutInfo;
}

/** Every function the sidebar may call through google.script.run. No index signature on purpose. */
export interface SidebarApi
  extends
    CoreApi,
    SettingsApi,
    MasterApi,
    ConsolidationApi,
    PdfApi,
    ReportApi {}
