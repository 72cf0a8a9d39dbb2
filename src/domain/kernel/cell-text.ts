// Text from Drive made safe for a cell: a leading = + - @ would make Sheets read a formula.

/** Prefixes an apostrophe to text Sheets would parse as a formula; other text is unchanged. */
export function neutraliseCellText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
