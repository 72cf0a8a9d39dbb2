// The dev build's menu: the add-on's items plus the platform diagnosis.
import {MENU_ITEMS} from '../../common/names';

export const DEV_MENU_ITEMS: ReadonlyArray<{label: string; handler: string}> = [
  ...MENU_ITEMS,
  {label: 'Diagnóstico de plataforma', handler: 'runPlatformDiagnosis'},
];
