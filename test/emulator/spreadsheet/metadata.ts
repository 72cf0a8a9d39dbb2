// Developer metadata on spreadsheets and sheets (how the add-on tags the sheets it created).
import type {MetadataApi} from './api';
import {enumName, type SheetsContext} from './context';
import {nextId, type MetadataData} from './store';

/** Adds metadata with the overloads (key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(
  list: MetadataData[],
  key: string,
  value?: unknown,
  visibility?: unknown,
): void {
  const isEnum = typeof value === 'object' && value !== null;
  list.push({
    id: nextId(),
    key,
    value: value === undefined || isEnum ? null : String(value),
    visibility:
      enumName(isEnum ? value : (visibility ?? 'DOCUMENT')) === 'PROJECT'
        ? 'PROJECT'
        : 'DOCUMENT',
  });
}

export class FakeMetadata implements MetadataApi {
  constructor(
    private readonly ctx: SheetsContext,
    readonly data: MetadataData,
    private readonly list: MetadataData[],
  ) {}

  getId(): number {
    return this.data.id;
  }

  getKey(): string {
    return this.data.key;
  }

  getValue(): string | null {
    return this.data.value;
  }

  setValue(value: string): MetadataApi {
    this.ctx.emu.call('SpreadsheetApp', 'DeveloperMetadata.setValue', 'write', {
      ms: 2,
    });
    this.data.value = value;
    return this;
  }

  remove(): void {
    this.ctx.emu.call('SpreadsheetApp', 'DeveloperMetadata.remove', 'write', {
      ms: 2,
    });
    const i = this.list.indexOf(this.data);
    if (i >= 0) this.list.splice(i, 1);
  }
}
