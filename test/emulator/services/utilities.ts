// Utilities: formatDate with time zones, blobs, zip/unzip (real zip bytes via fflate), gzip/ungzip
// (real gzip bytes via node:zlib), sleep on the
// virtual clock, UUIDs, base64 and digests (bytes as Java signed bytes, as Apps Script returns them).
import {createHash, randomUUID} from 'node:crypto';
import {gunzipSync, gzipSync} from 'node:zlib';
import {unzipSync, zipSync} from 'fflate';
import type {Emulator} from '../core/emulator';
import {formatJavaPattern} from '../core/time';
import {ZIP_BYTES_PER_MS} from './latency';
import {isDate} from '../spreadsheet/format';
import {makeEnum} from '../spreadsheet/context';

/** Java bytes are signed: 255 -> -1. */
export function toSigned(bytes: Uint8Array): number[] {
  return Array.from(bytes, b => (b > 127 ? b - 256 : b));
}

function toUnsigned(bytes: ArrayLike<number>): Uint8Array {
  return Uint8Array.from(bytes as ArrayLike<number>, b => b & 0xff);
}

/** An Apps Script Blob over bytes. */
export class FakeBlob {
  constructor(
    public bytes: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  getBytes(): number[] {
    return toSigned(this.bytes);
  }

  getDataAsString(_charset?: string): string {
    return Buffer.from(this.bytes).toString('utf8');
  }

  setDataFromString(s: string): FakeBlob {
    this.bytes = new Uint8Array(Buffer.from(s, 'utf8'));
    return this;
  }

  setBytes(data: number[]): FakeBlob {
    this.bytes = toUnsigned(data);
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): FakeBlob {
    this.name = name;
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string): FakeBlob {
    this.contentType = contentType;
    return this;
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this.bytes.slice(), this.contentType, this.name);
  }

  getBlob(): FakeBlob {
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }
}

/** Bytes of anything blob-like: FakeBlob, objects with getBlob()/getBytes(), strings, byte arrays. */
export function blobBytes(x: unknown): Uint8Array {
  if (x instanceof FakeBlob) return x.bytes;
  if (typeof x === 'string') return new Uint8Array(Buffer.from(x, 'utf8'));
  if (Array.isArray(x)) return toUnsigned(x as number[]);
  if (x instanceof Uint8Array) return x;
  const o = x as {getBlob?: () => unknown; getBytes?: () => number[]};
  if (o && typeof o.getBlob === 'function') return blobBytes(o.getBlob());
  if (o && typeof o.getBytes === 'function') return toUnsigned(o.getBytes());
  throw new TypeError('Not a blob');
}

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** The Utilities global. */
export function createUtilities(emu: Emulator) {
  const local = (method: string, bytes = 0, ms = 0) =>
    emu.call('Utilities', method, 'read', {ms, bytes});
  return {
    DigestAlgorithm: makeEnum(
      'MD2',
      'MD5',
      'SHA_1',
      'SHA_256',
      'SHA_384',
      'SHA_512',
    ),
    Charset: makeEnum('US_ASCII', 'UTF_8'),
    formatDate(
      date: GoogleAppsScript.Base.Date,
      timeZone: string,
      format: string,
    ): string {
      local('formatDate');
      if (!isDate(date)) throw emu.error('Invalid argument: date');
      return formatJavaPattern(date.getTime(), timeZone, format);
    },
    formatString(template: string, ...args: unknown[]): string {
      local('formatString');
      return template.replace(/%[sd]/g, () => String(args.shift()));
    },
    newBlob(data: unknown, contentType?: string, name?: string): FakeBlob {
      local('newBlob');
      return new FakeBlob(
        blobBytes(data).slice(),
        contentType ?? null,
        name ?? null,
      );
    },
    zip(blobs: unknown[], name?: string): FakeBlob {
      const files: Record<string, Uint8Array> = {};
      let total = 0;
      blobs.forEach((b, i) => {
        const bytes = blobBytes(b);
        total += bytes.length;
        const n =
          (b as {getName?: () => string | null}).getName?.() ?? `file${i}`;
        files[n] = bytes;
      });
      local('zip', total, Math.round(total / ZIP_BYTES_PER_MS));
      return new FakeBlob(
        zipSync(files),
        'application/zip',
        name ?? 'Archive.zip',
      );
    },
    unzip(blob: unknown): FakeBlob[] {
      const bytes = blobBytes(blob);
      local('unzip', bytes.length, Math.round(bytes.length / ZIP_BYTES_PER_MS));
      return Object.entries(unzipSync(bytes)).map(
        ([n, b]) => new FakeBlob(b, null, n),
      );
    },
    /** Utilities.gzip(blob, name?): a gzip-compressed blob (reference: utilities#gzip(BlobSource)). */
    gzip(blob: unknown, name?: string): FakeBlob {
      const bytes = blobBytes(blob);
      local('gzip', bytes.length, Math.round(bytes.length / ZIP_BYTES_PER_MS));
      const base = (blob as {getName?: () => string | null}).getName?.();
      return new FakeBlob(
        new Uint8Array(gzipSync(bytes)),
        'application/x-gzip',
        name ?? (base ? `${base}.gz` : 'archive.gz'),
      );
    },
    /** Utilities.ungzip(blob): the bytes back; not gzip data is Google's "Invalid argument". */
    ungzip(blob: unknown): FakeBlob {
      const bytes = blobBytes(blob);
      local(
        'ungzip',
        bytes.length,
        Math.round(bytes.length / ZIP_BYTES_PER_MS),
      );
      let out: Buffer;
      try {
        out = gunzipSync(bytes);
      } catch {
        throw emu.error('Invalid argument: blob');
      }
      return new FakeBlob(
        new Uint8Array(out.buffer, out.byteOffset, out.length),
      );
    },
    sleep(milliseconds: number): void {
      local('sleep');
      emu.spend(Math.max(0, milliseconds));
    },
    getUuid(): string {
      local('getUuid');
      return randomUUID();
    },
    base64Encode(data: unknown, _charset?: unknown): string {
      local('base64Encode');
      return Buffer.from(blobBytes(data)).toString('base64');
    },
    base64EncodeWebSafe(data: unknown): string {
      local('base64EncodeWebSafe');
      return Buffer.from(blobBytes(data)).toString('base64url');
    },
    base64Decode(encoded: string, _charset?: unknown): number[] {
      local('base64Decode');
      return toSigned(new Uint8Array(Buffer.from(encoded, 'base64')));
    },
    computeDigest(
      algorithm: unknown,
      value: unknown,
      _charset?: unknown,
    ): number[] {
      local('computeDigest');
      const alg = DIGESTS[String(algorithm)];
      if (!alg) throw emu.error('Invalid argument: algorithm');
      return toSigned(
        new Uint8Array(createHash(alg).update(blobBytes(value)).digest()),
      );
    },
  };
}
