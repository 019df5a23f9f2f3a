import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import nodemailer from 'nodemailer';
import { forgetInFolder } from './forget-recipient.js';

/** One e-mail, ready to leave. */
export interface OutgoingMail {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  /** An iCalendar attachment, e.g. the booking. */
  ics?: { filename: string; content: string };
}

export interface MailTransport {
  readonly kind: 'smtp' | 'folder';
  /** Where mail goes, for the log line at start (no password). */
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  /**
   * Deletes every copy of mail this transport keeps that names `address` (to it, or about
   * it), when a person's data is deleted; resolves to how many it deleted. SMTP keeps none.
   */
  forgetRecipient?(address: string): Promise<number>;
}

function message(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    subject: mail.subject,
    text: mail.text,
    ...(mail.ics
      ? {
          attachments: [
            {
              filename: mail.ics.filename,
              content: mail.ics.content,
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            },
          ],
        }
      : {}),
  };
}

/**
 * Sends through the SMTP server of `url` (`smtp://user:pass@host:587` with STARTTLS when
 * offered, `smtps://…:465` with TLS from the start).
 */
export function smtpTransport(url: string): MailTransport {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('CITY_APP_SMTP_URL is not a URL; write smtp://user:password@host:587.');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new Error(
      `CITY_APP_SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//.`,
    );
  }
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    description: `SMTP ${parsed.protocol}//${parsed.host}`,
    async send(mail) {
      await transporter.sendMail(message(mail));
    },
    close() {
      transporter.close();
    },
    // Sent mail has left this server; the mail provider's retention applies to it.
    forgetRecipient: async () => 0,
  };
}

/** Writes each e-mail as an `.eml` file into `dir`, for servers without SMTP. */
export function folderTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  return {
    kind: 'folder',
    description: `folder ${dir}`,
    async send(mail) {
      const info = await composer.sendMail(message(mail));
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
      // Written under a temporary name first, so a reader never sees half a message.
      const temporary = join(dir, `.${name}.tmp`);
      await writeFile(temporary, info.message as Buffer);
      await rename(temporary, join(dir, name));
    },
    close() {},
    forgetRecipient: (address) => forgetInFolder(dir, address),
  };
}

/** Where `.eml` files go when there is no SMTP server: `<data dir>/outbox-mail`. */
export function mailFolder(env: Readonly<Record<string, string | undefined>>): string {
  if (env.CITY_APP_MAIL_DIR) return env.CITY_APP_MAIL_DIR;
  // An in-memory database (tests, trials) has no folder to sit beside.
  if (env.CITY_APP_DATA_DIR?.startsWith('memory://')) return join(tmpdir(), 'city-app-outbox-mail');
  const dataDir = env.CITY_APP_DATA_DIR
    ? dirname(env.CITY_APP_DATA_DIR)
    : join(process.cwd(), '.data');
  return join(dataDir, 'outbox-mail');
}

/** SMTP when CITY_APP_SMTP_URL is set, else `.eml` files in the mail folder. */
export function transportFromEnv(env: Readonly<Record<string, string | undefined>>): MailTransport {
  return env.CITY_APP_SMTP_URL
    ? smtpTransport(env.CITY_APP_SMTP_URL)
    : folderTransport(mailFolder(env));
}
