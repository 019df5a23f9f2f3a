import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** One version of a built file: its bytes, their ETag and compressed copies made on demand. */
export interface FileVersion {
  body: Buffer;
  etag: string;
  encoded: Partial<Record<Encoding, Buffer>>;
}

/** Larger files are read at each request instead of kept (the PWA's files are far smaller). */
const KEEP_UP_TO_BYTES = 2 * 1024 * 1024;

/**
 * The built files' versions, each read, hashed and compressed once: the shell and its assets
 * are asked for by every phone that opens the app, and reading, hashing or compressing them
 * per request cost several times the work of answering. A file whose size or modification time
 * changed (a new build put in place) is read again.
 */
const versions = new Map<string, { mtimeMs: number; size: number; version: FileVersion }>();

export async function fileVersion(file: string, stats: Stats): Promise<FileVersion> {
  const kept = versions.get(file);
  if (kept && kept.mtimeMs === stats.mtimeMs && kept.size === stats.size) return kept.version;
  const body = await readFile(file);
  const version: FileVersion = {
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    encoded: {},
  };
  if (body.byteLength <= KEEP_UP_TO_BYTES)
    versions.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, version });
  return version;
}

/** The file's bytes in `encoding`, compressed at the first request that asks for it. */
export function encodedBody(version: FileVersion, encoding: Encoding): Buffer {
  version.encoded[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(version.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 10 } })
      : gzipSync(version.body, { level: 9 });
  return version.encoded[encoding];
}
