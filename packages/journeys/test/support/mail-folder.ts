// The e-mail a town's server sends while it has no SMTP server: the kernel writes each message
// as an `.eml` file into its mail folder, beside the data folder. A journey reads them as a
// mail program would (MIME decoded), the way an organiser finds the link in their inbox.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import PostalMime from 'postal-mime';

export interface ReadMail {
  to: string[];
  subject: string;
  text: string;
}

/** The mail folder of a server started with `CITY_APP_DATA_DIR=dataDir` and no SMTP. */
export const mailFolderOf = (dataDir: string) => join(dirname(dataDir), 'outbox-mail');

/** Every message written into `folder` so far, oldest first (the file names start with the time). */
export async function readMailFolder(folder: string): Promise<ReadMail[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const mails: ReadMail[] = [];
  for (const name of names.filter((n) => n.endsWith('.eml')).sort()) {
    const parsed = await PostalMime.parse(await readFile(join(folder, name)));
    mails.push({
      to: (parsed.to ?? []).flatMap((a) => ('address' in a && a.address ? [a.address] : [])),
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
    });
  }
  return mails;
}

/**
 * Waits until the folder holds a message to `to` whose subject matches, and returns it. The
 * server sends moments after the change commits; should that look miss it, the outbox job's
 * minute takes it, so this waits up to two of its rounds by default.
 */
export async function waitForMail(
  folder: string,
  to: string,
  subject: RegExp,
  timeoutMs = 130_000,
): Promise<ReadMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await readMailFolder(folder);
    const found = mails.find((m) => m.to.includes(to) && subject.test(m.subject));
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = mails.map((m) => `${m.to.join(', ')}: ${m.subject}`).join('\n');
      throw new Error(`No mail to ${to} matching ${subject} in ${timeoutMs} ms; found:\n${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
