// A minimal Blob for Drive content (file.getBlob(), Files.export) and reading any Blob handed in.
// world.ts may pass Utilities' Blob factory instead (DriveHooks.newBlob) so both services share one.

type BlobPart = Pick<
  GoogleAppsScript.Base.Blob,
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'setName'
  | 'setContentType'
  | 'copyBlob'
  | 'isGoogleType'
>;

/** Apps Script bytes are signed (-128..127). */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++)
    out[i] = bytes[i] > 127 ? bytes[i] - 256 : bytes[i];
  return out;
}

/** Drive content as a Blob (content type and name as Drive reports them). */
export class DriveBlob implements BlobPart {
  constructor(
    private bytes: Uint8Array,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getDataAsString(): string {
    return new TextDecoder('utf-8').decode(this.bytes);
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return new DriveBlob(
      this.bytes.slice(),
      this.contentType,
      this.name,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }

  isGoogleType(): boolean {
    return (this.contentType ?? '').startsWith('application/vnd.google-apps.');
  }
}

/** What the services read from a Blob handed to them (any object with Blob's getters). */
export interface BlobData {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
}

/** Reads bytes, type and name from any Blob-like object (DriveBlob, Utilities' Blob). */
export function readBlob(blob: unknown): BlobData | null {
  if (!blob || typeof blob !== 'object') return null;
  const b = blob as Partial<
    Record<'getBytes' | 'getContentType' | 'getName', () => unknown>
  >;
  if (typeof b.getBytes !== 'function') return null;
  const raw = b.getBytes.call(blob);
  let bytes: Uint8Array;
  if (raw instanceof Uint8Array) bytes = raw;
  else if (Array.isArray(raw))
    bytes = Uint8Array.from(raw as number[], n => n & 0xff);
  else return null;
  const contentType =
    typeof b.getContentType === 'function' ? b.getContentType.call(blob) : null;
  const name = typeof b.getName === 'function' ? b.getName.call(blob) : null;
  return {
    bytes,
    contentType: typeof contentType === 'string' ? contentType : null,
    name: typeof name === 'string' ? name : null,
  };
}
