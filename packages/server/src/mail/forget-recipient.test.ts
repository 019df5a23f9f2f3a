import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kernelMail } from './kernel-mail.js';
import { folderTransport, type OutgoingMail } from './transport.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'city-app-forget-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const base: Omit<OutgoingMail, 'to'> = {
  from: '"Stadt" <rathaus@musterstadt.example>',
  subject: 'Ihre Buchung',
  text: 'Guten Tag',
};

async function filesContaining(text: string): Promise<number> {
  let n = 0;
  for (const name of await readdir(dir)) {
    const raw = (await readFile(join(dir, name), 'utf8')).replace(/=\r?\n/g, '').toLowerCase();
    // Base64 parts: consecutive lines decoded as one, so an address across two lines counts.
    const original = await readFile(join(dir, name), 'utf8');
    const decoded = [...original.matchAll(/(?:^[A-Za-z0-9+/]+={0,2}\r?\n)+/gm)]
      .map((m) => Buffer.from(m[0].replace(/\s+/g, ''), 'base64').toString('utf8').toLowerCase())
      .join('\n');
    if (raw.includes(text) || decoded.includes(text)) n += 1;
  }
  return n;
}

describe('forgetting a recipient in the mail folder', () => {
  it('deletes every file that names the address, in any case, header, text or attachment', async () => {
    const transport = folderTransport(dir);
    const address = 'ida.schroeder@example.org';
    await transport.send({ ...base, to: `"Ida Schröder" <${address}>` });
    await transport.send({ ...base, to: 'IDA.SCHROEDER@EXAMPLE.ORG' });
    // Named in a long German text, where quoted-printable breaks lines, and in an .ics file.
    await transport.send({
      ...base,
      to: 'bibliothek@musterstadt.example',
      text: `Überblick für die Bibliothek: ${'ä'.repeat(70)} gebucht von ${address} am Dienstag`,
    });
    await transport.send({
      ...base,
      to: 'kalender@musterstadt.example',
      ics: {
        filename: 'termin.ics',
        content: `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:${address}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      },
    });
    await transport.send({ ...base, to: 'anna@example.org' });
    // Files a person put there by hand are not the transport's business.
    await writeFile(join(dir, 'notiz.txt'), address);
    expect(await filesContaining(address)).toBe(5);

    expect(await transport.forgetRecipient?.('Ida.Schroeder@example.org')).toBe(4);
    expect(await filesContaining(address)).toBe(1);
    expect((await readdir(dir)).sort()).toHaveLength(2);
    expect(await filesContaining('anna@example.org')).toBe(1);
  });

  it('finds nothing to forget in a folder that does not exist, and SMTP keeps no copies', async () => {
    expect(await folderTransport(join(dir, 'nie-angelegt')).forgetRecipient?.('a@b.de')).toBe(0);
  });

  it('forgets in the mail folder even when the server sends by SMTP now', async () => {
    await folderTransport(dir).send({ ...base, to: 'frueher@example.org' });
    const mail = kernelMail({ CITY_APP_MAIL_DIR: dir, CITY_APP_SMTP_URL: 'smtp://127.0.0.1:9' });
    expect(await mail.forgetRecipient('frueher@example.org')).toBe(1);
    expect(await readdir(dir)).toEqual([]);
    mail.transport.close();
  });
});
