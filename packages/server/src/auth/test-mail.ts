import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One `.eml` file of the mail folder, with its quoted-printable text decoded. */
export interface FolderMail {
  to: string;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const joined = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i] as string, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(header: string): string {
  return header.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

/**
 * The mails the folder transport wrote to `dir` (for tests of the kernel's staff mail). Only
 * single-part text mails, which is all the kernel sends.
 */
export async function readFolderMail(dir: string): Promise<FolderMail[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(dir, name), 'utf8');
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
      const header = (field: string) =>
        new RegExp(`^${field}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
      const body = raw.slice(split + 4);
      const text = /quoted-printable/i.test(header('Content-Transfer-Encoding'))
        ? decodeQuotedPrintable(body)
        : /base64/i.test(header('Content-Transfer-Encoding'))
          ? Buffer.from(body, 'base64').toString('utf8')
          : body;
      return { to: header('To'), subject: decodeWords(header('Subject')), text };
    }),
  );
}

/** Waits until `dir` holds at least `count` mails (they are sent in the background). */
export async function waitForFolderMail(dir: string, count: number): Promise<FolderMail[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = await readFolderMail(dir);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
