import type { MailTransport } from '../mail/transport.js';
import type { Logger } from '../module.js';
import type { LimitRule } from './rules.js';
import type { LimitStore } from './store.js';

/**
 * A transport that sends at most `rule.max` e-mails to one recipient per window, whatever
 * feature sends them. Over the limit the e-mail is dropped and logged (without the address),
 * and `send` resolves: the booking or request behind it did happen, so it must not fail or
 * be retried into the same inbox. The transport is made on first use, as the caller's was.
 */
export function limitMailPerRecipient(
  make: () => MailTransport,
  store: LimitStore,
  rule: LimitRule,
  log: Logger,
): MailTransport {
  let transport: MailTransport | undefined;
  const inner = () => {
    transport ??= make();
    return transport;
  };
  return {
    get kind() {
      return inner().kind;
    },
    get description() {
      return inner().description;
    },
    async send(mail) {
      const decision = await store.admit([{ rule, key: mail.to }]);
      if (!decision.admitted) {
        log.warn('E-mail not sent: this recipient already got the most e-mails allowed per hour', {
          limit: rule.id,
          max: rule.max,
          recipient: (await store.hash(rule, mail.to)).slice(0, 12),
          subject: mail.subject,
        });
        return;
      }
      try {
        await inner().send(mail);
      } catch (error) {
        // Not sent: the retry the caller makes may count instead.
        await store.release(decision.receipt);
        throw error;
      }
    },
    close() {
      transport?.close();
    },
    // Deletion reaches the stored copies behind the limit.
    async forgetRecipient(address) {
      return (await transport?.forgetRecipient?.(address)) ?? 0;
    },
  };
}
