// The server side of the sidebar contract: thin functions that call app/ and return DTOs.
import type {AboutInfo, SidebarApi} from '../common/api';
import {aboutThisRun} from '../adapters/common/about';
import {pdfApi_} from './pdf-api';
import {settingsApi_} from './settings-api';
import {masterApi_} from './master-api';
import {consolidationApi_} from './consolidation';
import {reportApi_} from './report';

/** Who, where and which build: shown in the sidebar's header. */
export function getAbout(): AboutInfo {
  return aboutThisRun();
}

/** Compile-time proof that the exported functions implement the whole contract. */
export const sidebarApi_ = {
  getAbout,
  ...settingsApi_,
  ...masterApi_,
  ...consolidationApi_,
  ...pdfApi_,
  ...reportApi_,
} satisfies SidebarApi;
