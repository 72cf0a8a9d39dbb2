// The kinds of column the add-on writes and the number format of each: one list for every output tab.

/**
 * What a written column holds: text (always kept as text, see cell-text.ts), money, a count, a
 * sheet row number (a count shown without grouping) or a calendar date.
 */
export type CellKind = 'text' | 'money' | 'count' | 'row' | 'date';

/** Sheets number format patterns of each numeric kind (the spreadsheet's locale picks the separators). */
export const NUMBER_FORMATS: Readonly<
  Record<Exclude<CellKind, 'text'>, string>
> = {
  money: '#,##0.00',
  count: '#,##0',
  row: '0',
  date: 'dd/mm/yyyy',
};
