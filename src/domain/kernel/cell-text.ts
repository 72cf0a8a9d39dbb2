// The one rule for text the add-on writes: nothing it writes can start a formula or change type.

/**
 * Whitespace (spaces, tabs, line breaks, no-break and zero-width spaces) followed by = + - @: what
 * a spreadsheet (Sheets, Excel, LibreOffice opening a CSV) may read as the start of a formula.
 */
const FORMULA_START = /^[\s\u00a0\u200b\ufeff]*[=+\-@]/;

/**
 * Text made inert for places that are not cells (e-mail, file contents): a leading apostrophe when
 * it could start a formula, otherwise unchanged.
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Text for a cell written with setValues: always behind an apostrophe, which Sheets reads as "keep
 * the rest as text" and does not store. So "=HYPERLINK(...)" stays text (neutralised like
 * neutraliseText, and more: "sep-2025", "1.234" and "15/09/2025" stay text instead of becoming a
 * date or a number). Empty text stays empty (a blank cell).
 */
export function textCell(text: string): string {
  return text === '' ? '' : `'${text}`;
}
