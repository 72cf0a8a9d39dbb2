// What every spreadsheet fake shares: the emulator, the store, the UI recorder and enum values.
import type {Emulator} from '../core/emulator';
import type {SpreadsheetAccess} from './sharing';
import type {SpreadsheetStore} from './store';
import type {UiLog} from './ui';

export interface SheetsContext {
  emu: Emulator;
  store: SpreadsheetStore;
  ui: UiLog;
  /** Who may open and edit what (sharing and protections). */
  access: SpreadsheetAccess;
}

/** An Apps Script enum value: an object whose toString() is its name. */
export interface EnumValue {
  readonly name: string;
  toString(): string;
}

/** Builds an Apps Script-like enum: {A: {name:'A'}, ...}. */
export function makeEnum<K extends string>(
  ...names: K[]
): Record<K, EnumValue> {
  const e = {} as Record<K, EnumValue>;
  for (const name of names)
    e[name] = Object.freeze({name, toString: () => name});
  return Object.freeze(e);
}

/** The enum value's name, for values from makeEnum or plain strings. */
export function enumName(v: unknown): string {
  return typeof v === 'object' && v !== null && 'name' in v
    ? String(v.name)
    : String(v);
}
