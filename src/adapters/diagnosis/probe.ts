// What one platform probe is: an emulator assumption, the rule the emulator models, and what the platform did.

/** What a probe saw: its text, and whether it agrees with the emulator (null: could not tell, with why). */
export interface Observation {
  observed: string;
  agrees: boolean | null;
  why?: string;
}

/** One assumption of test/emulator/README.md ("Live check" table) checked from inside a script. */
export interface Probe {
  /** The assumption's id in test/emulator/README.md. */
  id: string;
  /** The assumption, in Spanish. */
  assumption: string;
  /** What the emulator does, in Spanish. */
  emulatorRule: string;
  run(): Observation;
}

/** Agreement when the observed text is exactly the expected one. */
export function same(expected: string, observed: string): Observation {
  return {observed, agrees: observed === expected};
}

/** The message of what fn throws ('(no falló)' when it does not). */
export function thrownBy(fn: () => unknown): string {
  try {
    fn();
    return '(no falló)';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Shows invisible characters (no-break spaces) so a difference can be read in the tab. */
export function visible(text: string): string {
  return text.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '⎵');
}
