import type { Logger, Queryable } from '../module.js';
import type { SchedulerJob } from '../scheduler/index.js';
import type { MailTransport } from './transport.js';

/** An e-mail a module hands to the kernel, to go out once its transaction commits. */
export interface QueuedMail {
  to: string;
  subject: string;
  /** Plain text; German first, then English, as the town's mail reads. */
  text: string;
  replyTo?: string;
}

export interface OutboxDelivery {
  sent: number;
  retried: number;
  failed: number;
}

/** Attempts before a message is given up; the pauses double (2, 4 … 256 minutes). */
export const MAX_MAIL_ATTEMPTS = 8;
const LEASE_MINUTES = 5;
/** Sent and given-up messages are kept this long (to answer "did it go out?"), then deleted. */
export const MAIL_OUTBOX_RETENTION_DAYS = 30;

/**
 * Writes an e-mail into the kernel's outbox in the caller's transaction: it goes out exactly
 * when the module's change commits, and is retried if the mail server is away.
 */
export async function enqueueMail(
  tx: Queryable,
  module: string,
  mail: QueuedMail,
): Promise<string> {
  const { rows } = await tx.query<{ id: string | number }>(
    `INSERT INTO city_app_mail_outbox (module, recipient, subject, body, reply_to)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [module, mail.to, mail.subject, mail.text, mail.replyTo ?? null],
  );
  return String(rows[0]?.id);
}

/**
 * Sends what is due. Each message is first leased (claimed with FOR UPDATE SKIP LOCKED, so
 * several server processes never take the same one); a process that dies while sending leaves
 * the lease to run out, and another sends it then.
 */
export async function deliverQueuedMail(
  db: Queryable,
  transport: MailTransport,
  options: { from: string; now: Date; batch?: number; log?: Logger },
): Promise<OutboxDelivery> {
  const now = options.now.toISOString();
  const { rows } = await db.query<{
    id: string | number;
    recipient: string;
    subject: string;
    body: string;
    reply_to: string | null;
    attempts: number;
  }>(
    `UPDATE city_app_mail_outbox m
        SET leased_until = $1::timestamptz + interval '${LEASE_MINUTES} minutes', attempts = m.attempts + 1
      WHERE m.id IN (
        SELECT id FROM city_app_mail_outbox
         WHERE status = 'queued' AND next_attempt_at <= $1::timestamptz
           AND (leased_until IS NULL OR leased_until <= $1::timestamptz)
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
      RETURNING m.id, m.recipient, m.subject, m.body, m.reply_to, m.attempts`,
    [now, options.batch ?? 50],
  );
  const result: OutboxDelivery = { sent: 0, retried: 0, failed: 0 };
  for (const mail of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
    try {
      await transport.send({
        from: options.from,
        to: mail.recipient,
        ...(mail.reply_to ? { replyTo: mail.reply_to } : {}),
        subject: mail.subject,
        text: mail.body,
      });
      await db.query(
        `UPDATE city_app_mail_outbox SET status = 'sent', sent_at = $2::timestamptz,
                leased_until = NULL, last_error = NULL
          WHERE id = $1`,
        [mail.id, now],
      );
      result.sent += 1;
    } catch (error) {
      const giveUp = mail.attempts >= MAX_MAIL_ATTEMPTS;
      // The error's words only: an address or a server's reply may be in it, never a stack.
      const reason = String((error as Error)?.message ?? error).slice(0, 500);
      options.log?.warn(`Mail ${mail.id} not sent (attempt ${mail.attempts}): ${reason}`);
      await db.query(
        `UPDATE city_app_mail_outbox SET status = $2, leased_until = NULL, last_error = $3,
                next_attempt_at = $4::timestamptz + make_interval(mins => $5)
          WHERE id = $1`,
        [mail.id, giveUp ? 'failed' : 'queued', reason, now, 2 ** mail.attempts],
      );
      if (giveUp) result.failed += 1;
      else result.retried += 1;
    }
  }
  return result;
}

/** Deletes every queued or kept message to `address`; resolves to how many. */
export async function forgetQueuedMail(db: Queryable, address: string): Promise<number> {
  const { rowCount } = await db.query(
    'DELETE FROM city_app_mail_outbox WHERE lower(recipient) = lower($1)',
    [address],
  );
  return rowCount;
}

/**
 * The kernel's job that empties the outbox every minute across all server processes, and
 * deletes what was sent or given up more than 30 days ago.
 */
export function mailOutboxJob(
  db: Queryable,
  options: { transport: MailTransport; from: string; log: Logger },
): SchedulerJob {
  return {
    id: 'kernel.mail-outbox',
    module: 'kernel',
    kind: 'job',
    title: { de: 'E-Mails versenden', en: 'Send e-mails' },
    every: '1 minute',
    async run({ dueAt }) {
      const delivered = await deliverQueuedMail(db, options.transport, {
        from: options.from,
        now: dueAt,
        log: options.log,
      });
      const old = await db.query(
        `DELETE FROM city_app_mail_outbox
          WHERE status <> 'queued' AND created_at < $1::timestamptz - make_interval(days => $2)`,
        [dueAt.toISOString(), MAIL_OUTBOX_RETENTION_DAYS],
      );
      return { ...delivered, deleted: old.rowCount };
    },
  };
}
