// Names of globals referred to by string (menu items, trigger handlers): one constant each, checked by the bundle test.

/** Menu handler names: each must be an exported function of src/entrypoints/index.ts. */
export const MENU_HANDLERS = {
  showSidebar: 'showSidebar',
} as const;

/** Trigger handler names: each must be an exported function of src/entrypoints/index.ts. */
export const TRIGGER_HANDLERS = {
  runScheduledReport: 'runScheduledReport',
} as const;

/** The add-on menu's items, in order: label (Spanish) and handler. */
export const MENU_ITEMS: ReadonlyArray<{label: string; handler: string}> = [
  {label: 'Abrir panel', handler: MENU_HANDLERS.showSidebar},
];

/** Title of the sidebar and of the menu. */
export const ADDON_TITLE = 'Facturación';
