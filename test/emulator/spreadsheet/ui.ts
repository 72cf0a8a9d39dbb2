// The spreadsheet UI: menus, sidebars, dialogs and alerts, recorded so tests can inspect them.
import type {HtmlOutputLike, MenuApi, UiApi} from './api';
import {makeEnum, type SheetsContext} from './context';

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: Array<
    {label: string; handler: string} | 'separator' | {submenu: MenuRecord}
  >;
  /** Whether addToUi() was called. */
  shown: boolean;
}

/** Everything the add-on showed. `alertResponses` feeds the answers alert() returns (default OK). */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: HtmlOutputLike[] = [];
  readonly dialogs: Array<{html: HtmlOutputLike; title: string}> = [];
  readonly alerts: Array<{title?: string; prompt: string; buttons?: string}> =
    [];
  readonly alertResponses: string[] = [];

  /** Menus added to the UI, items flattened as {label, handler}. */
  menuItems(): Array<{label: string; handler: string}> {
    return this.menus
      .filter(m => m.shown)
      .flatMap(m => m.items)
      .filter(
        (i): i is {label: string; handler: string} =>
          typeof i === 'object' && 'handler' in i,
      );
  }
}

export const Button = makeEnum('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = makeEnum('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

class FakeMenu implements MenuApi {
  constructor(
    private readonly ctx: SheetsContext,
    private readonly record: MenuRecord,
  ) {}

  addItem(caption: string, functionName: string): MenuApi {
    this.ctx.emu.call('SpreadsheetApp', 'Menu.addItem', 'menu', {ms: 0});
    this.record.items.push({label: caption, handler: functionName});
    return this;
  }

  addSeparator(): MenuApi {
    this.ctx.emu.call('SpreadsheetApp', 'Menu.addSeparator', 'menu', {ms: 0});
    this.record.items.push('separator');
    return this;
  }

  addSubMenu(menu: MenuApi): MenuApi {
    this.ctx.emu.call('SpreadsheetApp', 'Menu.addSubMenu', 'menu', {ms: 0});
    if (menu instanceof FakeMenu)
      this.record.items.push({submenu: menu.record});
    return this;
  }

  addToUi(): void {
    this.ctx.emu.call('SpreadsheetApp', 'Menu.addToUi', 'menu', {ms: 0});
    if (!this.record.shown) {
      this.record.shown = true;
      this.ctx.ui.menus.push(this.record);
    }
  }
}

/** SpreadsheetApp.getUi(). */
export class FakeUi implements UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly ctx: SheetsContext) {}

  createAddonMenu(): MenuApi {
    this.ctx.emu.call('SpreadsheetApp', 'Ui.createAddonMenu', 'menu', {ms: 0});
    return new FakeMenu(this.ctx, {
      title: 'addon',
      addon: true,
      items: [],
      shown: false,
    });
  }

  createMenu(caption: string): MenuApi {
    this.ctx.emu.call('SpreadsheetApp', 'Ui.createMenu', 'menu', {ms: 0});
    return new FakeMenu(this.ctx, {
      title: caption,
      addon: false,
      items: [],
      shown: false,
    });
  }

  showSidebar(userInterface: HtmlOutputLike): void {
    this.ctx.emu.call('SpreadsheetApp', 'Ui.showSidebar', 'ui', {ms: 0});
    this.ctx.ui.sidebars.push(userInterface);
  }

  showModalDialog(userInterface: HtmlOutputLike, title: string): void {
    this.ctx.emu.call('SpreadsheetApp', 'Ui.showModalDialog', 'ui', {ms: 0});
    this.ctx.ui.dialogs.push({html: userInterface, title});
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button;
  alert(
    title: string,
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button;
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    this.ctx.emu.call('SpreadsheetApp', 'Ui.alert', 'ui', {ms: 0});
    const record =
      typeof b === 'string'
        ? {
            title: a,
            prompt: b,
            buttons: c === undefined ? undefined : String(c),
          }
        : {prompt: a, buttons: b === undefined ? undefined : String(b)};
    this.ctx.ui.alerts.push(record);
    const answer = this.ctx.ui.alertResponses.shift() ?? 'OK';
    return Button[
      answer as keyof typeof Button
    ] as unknown as GoogleAppsScript.Base.Button;
  }
}
