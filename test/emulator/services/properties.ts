// PropertiesService: document, user and script stores with the platform's size limits.
import {STORE_FULL, VALUE_TOO_LARGE} from './errors';
import type {Emulator} from '../core/emulator';
import {keyValueMs, PROPERTIES_READ_MS, PROPERTIES_WRITE_MS} from './latency';

/** 9 KB per value and 500 KB per store (docs/platform.md quotas). */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

type P = GoogleAppsScript.Properties.Properties;
export type PropertiesApi = Pick<
  P,
  | 'getProperty'
  | 'getProperties'
  | 'getKeys'
  | 'setProperty'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
>;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** One store's data (kept by the world so it outlives executions). */
export type PropertyData = Map<string, string>;

class FakeProperties implements PropertiesApi {
  constructor(
    private readonly emu: Emulator,
    private readonly data: PropertyData,
    private readonly kind: string,
    /** Throws when the current user may not write this store (document: view-only users). */
    private readonly checkWrite: () => void = () => undefined,
  ) {}

  /** Charged by size (latency.ts): a read or write round trip plus bytes and keys moved. */
  private charge(
    method: string,
    access: 'read' | 'write',
    b = 0,
    keys = 1,
  ): void {
    const base = access === 'read' ? PROPERTIES_READ_MS : PROPERTIES_WRITE_MS;
    this.emu.call('PropertiesService', `${this.kind}.${method}`, access, {
      ms: keyValueMs(base, b, keys),
      bytes: b,
    });
  }

  private size(next: Map<string, string>): number {
    let n = 0;
    for (const [k, v] of next) n += bytes(k) + bytes(v);
    return n;
  }

  private put(entries: Array<[string, string]>, replace = false): void {
    this.checkWrite();
    const next = replace ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of entries) {
      if (bytes(v) > MAX_VALUE_BYTES) throw this.emu.error(VALUE_TOO_LARGE);
      next.set(k, v);
    }
    if (this.size(next) > MAX_STORE_BYTES) throw this.emu.error(STORE_FULL);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }

  getProperty(key: string): string | null {
    const value = this.data.get(key) ?? null;
    this.charge('getProperty', 'read', value === null ? 0 : bytes(value));
    return value;
  }

  getProperties(): {[key: string]: string} {
    this.charge('getProperties', 'read', this.size(this.data), this.data.size);
    return Object.fromEntries(this.data);
  }

  getKeys(): string[] {
    this.charge('getKeys', 'read');
    return [...this.data.keys()];
  }

  setProperty(key: string, value: string): P {
    this.charge('setProperty', 'write', bytes(String(value)));
    this.put([[key, String(value)]]);
    return this as unknown as P;
  }

  setProperties(
    properties: {[key: string]: string},
    deleteAllOthers?: boolean,
  ): P {
    const entries = Object.entries(properties).map(
      ([k, v]): [string, string] => [k, String(v)],
    );
    this.charge(
      'setProperties',
      'write',
      entries.reduce((n, [, v]) => n + bytes(v), 0),
      entries.length,
    );
    this.put(entries, deleteAllOthers === true);
    return this as unknown as P;
  }

  deleteProperty(key: string): P {
    this.charge('deleteProperty', 'write');
    this.checkWrite();
    this.data.delete(key);
    return this as unknown as P;
  }

  deleteAllProperties(): P {
    this.charge('deleteAllProperties', 'write');
    this.checkWrite();
    this.data.clear();
    return this as unknown as P;
  }
}

/** The stores behind PropertiesService: script-wide, per user, per document. */
export class PropertyStores {
  readonly script: PropertyData = new Map();
  readonly user = new Map<string, PropertyData>();
  readonly document = new Map<string, PropertyData>();

  /**
   * The user properties of the running execution. In a custom function ("access to user data:
   * locale only", guides/sheets/functions) they are the spreadsheet owner's at best; the stricter
   * reading modelled is a fresh, empty store per custom-function execution (assumption).
   */
  forExecution(emu: Emulator): PropertyData {
    const exec = emu.execution;
    if (exec?.mode !== 'CUSTOM_FUNCTION') return this.forUser(emu.user);
    return this.forUser(`custom-function#${exec.id}`);
  }

  forUser(email: string): PropertyData {
    let d = this.user.get(email);
    if (!d) this.user.set(email, (d = new Map()));
    return d;
  }

  forDocument(id: string): PropertyData {
    let d = this.document.get(id);
    if (!d) this.document.set(id, (d = new Map()));
    return d;
  }
}

/**
 * The PropertiesService global. getDocumentProperties is null without a bound document;
 * `checkDocumentWrite` throws for a user who may only view the document (assumption: the docs do
 * not say, and a viewer changing the add-on's settings would be worse than a refusal).
 */
export function createPropertiesService(
  emu: Emulator,
  stores: PropertyStores,
  documentId: () => string | null,
  checkDocumentWrite: (id: string) => void = () => undefined,
) {
  return {
    getScriptProperties(): PropertiesApi {
      emu.call('PropertiesService', 'getScriptProperties', 'read', {ms: 0});
      return new FakeProperties(emu, stores.script, 'ScriptProperties');
    },
    getUserProperties(): PropertiesApi {
      emu.call('PropertiesService', 'getUserProperties', 'read', {ms: 0});
      return new FakeProperties(
        emu,
        stores.forExecution(emu),
        'UserProperties',
      );
    },
    getDocumentProperties(): PropertiesApi | null {
      emu.call('PropertiesService', 'getDocumentProperties', 'read', {ms: 0});
      const id = documentId();
      return id === null
        ? null
        : new FakeProperties(
            emu,
            stores.forDocument(id),
            'DocumentProperties',
            () => checkDocumentWrite(id),
          );
    },
  };
}
