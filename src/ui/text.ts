// Pure text helpers of the sidebar (no DOM, no Preact), unit-tested in test/ui.

/** Splits text into trimmed, non-empty lines. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(s => s.trim())
    .filter(Boolean);
}
