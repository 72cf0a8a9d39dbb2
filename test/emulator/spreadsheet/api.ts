// The subsets of GoogleAppsScript.Spreadsheet / Base interfaces the emulator implements, with the
// real signatures: real Apps Script objects in parameters and results are swapped for these subsets.

type G = GoogleAppsScript.Spreadsheet.Range;
type Sh = GoogleAppsScript.Spreadsheet.Sheet;
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type Html = GoogleAppsScript.HTML.HtmlOutput;
type Prot = GoogleAppsScript.Spreadsheet.Protection;
type Meta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Real = G | Sh | Ss | Ui | Menu | Html | Prot | Meta | Chart | ChartBuilder;

/** Swaps a real Apps Script type for the emulator's subset (arrays and nullables too). */
export type Swap<R> = R extends G
  ? RangeApi
  : R extends Sh
    ? SheetApi
    : R extends Ss
      ? SpreadsheetApi
      : R extends Ui
        ? UiApi
        : R extends Menu
          ? MenuApi
          : R extends Html
            ? HtmlOutputLike
            : R extends Prot
              ? ProtectionApi
              : R extends Meta
                ? MetadataApi
                : R extends Chart
                  ? ChartApi
                  : R extends ChartBuilder
                    ? ChartBuilderApi
                    : R extends Array<infer E>
                      ? Array<Swap<E>>
                      : R;

type SwapArgs<A extends unknown[]> = {[I in keyof A]: Swap<A[I]>};

/**
 * Members K of the real interface T. Members that neither take nor return Apps Script objects keep
 * every overload; the others keep their last overload with objects swapped.
 */
export type Fake<T, K extends keyof T> = {
  [P in K]: T[P] extends (...a: infer A) => infer R
    ? [Extract<R | A[number], Real | Real[]>] extends [never]
      ? T[P]
      : (...a: SwapArgs<A>) => Swap<R>
    : T[P];
};

/** What showSidebar accepts: the emulator's HtmlOutput. */
export interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
}

export type RangeApi = Fake<
  G,
  | 'getValues'
  | 'getDisplayValues'
  | 'getValue'
  | 'getDisplayValue'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getA1Notation'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getFormulas'
  | 'isBlank'
  | 'setValues'
  | 'setValue'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'clear'
  | 'clearContent'
  | 'getSheet'
  | 'activate'
  | 'protect'
>;

export type SheetApi = Fake<
  Sh,
  | 'getName'
  | 'getSheetId'
  | 'getIndex'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'isSheetHidden'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'clearContents'
  | 'deleteRows'
  | 'getDataRange'
  | 'setName'
  | 'hideSheet'
  | 'showSheet'
  | 'clear'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'appendRow'
  | 'getParent'
  | 'protect'
  | 'getDeveloperMetadata'
  | 'getProtections'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'activate'
> & {
  copyTo(spreadsheet: SpreadsheetApi): SheetApi;
  getRange(row: number, column: number): RangeApi;
  getRange(row: number, column: number, numRows: number): RangeApi;
  getRange(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): RangeApi;
  getRange(a1Notation: string): RangeApi;
  addDeveloperMetadata(key: string): SheetApi;
  addDeveloperMetadata(key: string, value: string): SheetApi;
};

export type SpreadsheetApi = Fake<
  Ss,
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'deleteSheet'
  | 'getRange'
  | 'rename'
  | 'getProtections'
  | 'getDeveloperMetadata'
> & {
  addDeveloperMetadata(key: string): SpreadsheetApi;
  addDeveloperMetadata(key: string, value: string): SpreadsheetApi;
  insertSheet(): SheetApi;
  insertSheet(sheetIndex: number): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
};

export type SpreadsheetAppApi = Fake<
  App,
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveRange'
  | 'openById'
  | 'openByUrl'
  | 'create'
  | 'flush'
  | 'getUi'
>;

export type MenuApi = Fake<
  Menu,
  'addItem' | 'addSeparator' | 'addToUi' | 'addSubMenu'
>;
export type UiApi = Fake<
  Ui,
  'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog'
> &
  Pick<Ui, 'alert'>;
export type ProtectionApi = Fake<
  Prot,
  | 'setDescription'
  | 'getDescription'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'remove'
  | 'canEdit'
  | 'canDomainEdit'
  | 'setDomainEdit'
  | 'addEditors'
> & {
  addEditor(who: string | {getEmail(): string}): ProtectionApi;
  removeEditor(who: string | {getEmail(): string}): ProtectionApi;
  removeEditors(who: Array<string | {getEmail(): string}>): ProtectionApi;
  getEditors(): Array<{getEmail(): string}>;
  getProtectionType(): unknown;
};
export type MetadataApi = Fake<
  Meta,
  'getId' | 'getKey' | 'getValue' | 'setValue' | 'remove'
>;
export type ChartApi = Fake<
  Chart,
  'getChartId' | 'getOptions' | 'getRanges'
> & {
  getType(): string;
};
export type ChartBuilderApi = Fake<
  ChartBuilder,
  'addRange' | 'setPosition' | 'setOption' | 'build'
> & {
  setChartType(type: unknown): ChartBuilderApi;
  asColumnChart(): ChartBuilderApi;
  asPieChart(): ChartBuilderApi;
  asBarChart(): ChartBuilderApi;
  asLineChart(): ChartBuilderApi;
};
