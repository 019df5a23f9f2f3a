import type { CityConfig } from '@city-app/core';
import { createTranslator } from '@city-app/core';
import { type MailTransport, transportFromEnv } from '../mail/transport.js';
import type { Logger } from '../module.js';
import { authMessages } from './messages.js';

export type StaffMailKind = 'passwordReset' | 'loginAlert' | 'invitation';

/** Sends the kernel's mails to staff: an invitation, a reset link, a warning about failed logins. */
export interface StaffMailer {
  /**
   * Sends in the background: the caller answers at once, so the answer's timing does not
   * tell whether an account exists. Failures are logged without the mail's content.
   */
  send(to: string, kind: StaffMailKind, params: Record<string, string | number>): void;
  /** Waits for mails still being sent (for a clean stop, and for tests). */
  settle(): Promise<void>;
  close(): void;
}

/** Both languages in one mail, German first: the account holder's language is not known. */
export function composeStaffMail(
  kind: StaffMailKind,
  params: Record<string, string | number>,
): { subject: string; text: string } {
  const de = createTranslator('de', authMessages);
  const en = createTranslator('en', authMessages);
  return {
    subject: `${de(`mail.${kind}.subject`, params)} / ${en(`mail.${kind}.subject`, params)}`,
    text: `${de(`mail.${kind}.body`, params)}\n\n— English —\n\n${en(`mail.${kind}.body`, params)}\n`,
  };
}

/** The kernel's sender: CITY_APP_MAIL_FROM, else the app's name with the imprint's address. */
export function kernelSender(
  city: CityConfig,
  env: Readonly<Record<string, string | undefined>>,
): string {
  return (
    env.CITY_APP_MAIL_FROM?.trim() ||
    `"${city.branding.appName.replace(/["\\]/g, '')}" <${city.legal.imprint.email}>`
  );
}

/**
 * Mail goes the way the modules' mail goes: SMTP with CITY_APP_SMTP_URL, else `.eml` files
 * in the mail folder. The sender is CITY_APP_MAIL_FROM, else the app under the imprint's address.
 */
export function createStaffMailer(options: {
  city: CityConfig;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  transport?: MailTransport;
}): StaffMailer {
  const { city, env, log } = options;
  const from = kernelSender(city, env);
  let transport = options.transport;
  const pending = new Set<Promise<void>>();
  return {
    send(to, kind, params) {
      transport ??= transportFromEnv(env);
      const mail = composeStaffMail(kind, { app: city.branding.appName, ...params });
      const sending = transport
        .send({ from, to, ...mail })
        .catch((error: unknown) =>
          log.error('A staff e-mail could not be sent', {
            kind,
            error: String((error as Error)?.message ?? error),
          }),
        )
        .finally(() => pending.delete(sending));
      pending.add(sending);
    },
    async settle() {
      await Promise.all([...pending]);
    },
    close() {
      transport?.close();
    },
  };
}
