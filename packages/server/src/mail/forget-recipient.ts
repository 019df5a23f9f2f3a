import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Quoted-printable soft line breaks: an address may be split across two lines by them. */
const SOFT_BREAK = /=\r?\n/g;
/** Runs of base64 lines (a body or an attachment such as the booking's .ics). */
const BASE64_BLOCK = /(?:^[A-Za-z0-9+/]+={0,2}\r?\n)+/gm;
/** RFC 2047 encoded words in headers, e.g. a display name with umlauts. */
const ENCODED_WORD = /=\?[^?]+\?([QB])\?([^?]*)\?=/gi;

/** The text of one stored message in every form the address could take in it, lower-cased. */
function readableForms(raw: string): string {
  const decoded: string[] = [raw.replace(SOFT_BREAK, '')];
  // Read from the raw text: a base64 line may end in "=" padding, which is no soft break.
  for (const block of raw.match(BASE64_BLOCK) ?? []) {
    decoded.push(Buffer.from(block.replace(/\s+/g, ''), 'base64').toString('utf8'));
  }
  for (const [, kind, text] of raw.matchAll(ENCODED_WORD)) {
    decoded.push(
      kind?.toUpperCase() === 'B'
        ? Buffer.from(text ?? '', 'base64').toString('utf8')
        : (text ?? '').replace(/_/g, ' '),
    );
  }
  return decoded.join('\n').toLowerCase();
}

/**
 * Deletes every `.eml` file in `dir` that names `address`, in its headers, its text or an
 * attachment; case does not matter. Returns how many it deleted. A missing folder holds none.
 */
export async function forgetInFolder(dir: string, address: string): Promise<number> {
  const wanted = address.trim().toLowerCase();
  if (!wanted) return 0;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.eml'));
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of names) {
    const file = join(dir, name);
    const raw = await readFile(file, 'utf8').catch(() => '');
    if (!readableForms(raw).includes(wanted)) continue;
    await rm(file, { force: true });
    deleted += 1;
  }
  return deleted;
}
