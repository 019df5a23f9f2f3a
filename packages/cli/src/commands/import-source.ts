import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { cityError } from '@city-app/core';

/** A file or a web address given to `city-app import`, as bytes with the name it goes by. */
export interface ImportSource {
  name: string;
  bytes: Buffer;
}

/** The most an address may send: a year of a town's calendar is well under 5 MB. */
export const MAX_IMPORT_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export const isWebAddress = (text: string) => /^https?:\/\//i.test(text);

function unreadable(file: string, reason: string): never {
  throw cityError('import_file_unreadable', { file, reason }, { field: 'file' });
}

/** What an address sends, read to at most `MAX_IMPORT_DOWNLOAD_BYTES`, within 30 seconds. */
async function download(address: string): Promise<ImportSource> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return unreadable(address, 'not a valid web address');
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return unreadable(address, cause ?? (error as Error).name);
  }
  if (!response.ok) return unreadable(address, `HTTP ${response.status}`);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength;
    if (size > MAX_IMPORT_DOWNLOAD_BYTES) {
      await reader?.cancel();
      return unreadable(address, `larger than ${MAX_IMPORT_DOWNLOAD_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(Buffer.from(part.value));
  }
  const last = decodeURIComponent(new URL(response.url || address).pathname.split('/').pop() ?? '');
  return { name: last || url.hostname, bytes: Buffer.concat(chunks) };
}

/**
 * The file the person importing named: a path in the project, or an `http(s)://` address
 * (a club's calendar, the town's website feed), fetched once with a size and time limit.
 */
export async function readImportSource(cwd: string, file: string): Promise<ImportSource> {
  if (isWebAddress(file)) return download(file);
  const path = resolve(cwd, file);
  try {
    return { name: basename(path), bytes: await readFile(path) };
  } catch (error) {
    return unreadable(file, (error as Error).message);
  }
}
