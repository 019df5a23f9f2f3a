import type { Queryable } from '../module.js';
import { forgetInFolder } from './forget-recipient.js';
import { forgetQueuedMail } from './outbox.js';
import { type MailTransport, mailFolder, transportFromEnv } from './transport.js';

/** The kernel's one way out for mail, shared by staff mail and feedback answers. */
export interface KernelMail {
  transport: MailTransport;
  /**
   * Deletes every stored copy of mail that names `address`: the `.eml` files in the mail
   * folder (also those written before an SMTP server was set), what `transport` keeps, and
   * the messages to it in the outbox.
   * Resolves to how many copies were deleted.
   */
  forgetRecipient(address: string): Promise<number>;
}

/**
 * SMTP with CITY_APP_SMTP_URL, else `.eml` files in the mail folder, or `given`. The transport
 * is made at the first mail, so a server that never sends needs no valid SMTP setting.
 */
export function kernelMail(
  env: Readonly<Record<string, string | undefined>>,
  given?: MailTransport,
  outbox?: Queryable,
): KernelMail {
  let made = given;
  const current = () => {
    made ??= transportFromEnv(env);
    return made;
  };
  const transport: MailTransport = {
    get kind() {
      return current().kind;
    },
    get description() {
      return current().description;
    },
    send: (mail) => current().send(mail),
    close: () => made?.close(),
    forgetRecipient: async (address) => (await made?.forgetRecipient?.(address)) ?? 0,
  };
  return {
    transport,
    async forgetRecipient(address) {
      const inFolder = await forgetInFolder(mailFolder(env), address);
      const queued = outbox ? await forgetQueuedMail(outbox, address) : 0;
      // A transport given by the host may keep copies elsewhere.
      return inFolder + queued + ((await transport.forgetRecipient?.(address)) ?? 0);
    },
  };
}
