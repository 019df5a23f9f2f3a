import type { Queryable } from '@city-app/server';
import type { MailTransport } from './transport.js';

/** An e-mail waiting in the queue. */
export interface QueuedMail {
  bookingId: string | null;
  /** What it says: `confirmed`, `pending`, `approved`, `offer`, … */
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  ics?: string | null;
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

const MAX_ATTEMPTS = 8;
const LEASE_MINUTES = 5;

/** Puts an e-mail into the queue (in the caller's transaction, if it passes one); returns its id. */
export async function enqueueMail(q: Queryable, mail: QueuedMail, now: Date): Promise<string> {
  const { rows } = await q.query<{ id: string | number }>(
    `INSERT INTO experiment_space_mail (booking_id, kind, recipient, subject, body, ics, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz) RETURNING id`,
    [
      mail.bookingId,
      mail.kind,
      mail.recipient,
      mail.subject,
      mail.body,
      mail.ics ?? null,
      now.toISOString(),
    ],
  );
  return String(rows[0]?.id);
}

/**
 * Sends what is due. Each message is first leased (claimed with FOR UPDATE SKIP LOCKED, so
 * several server processes never take the same one); a process that dies while sending
 * leaves the lease to run out, and another sends it then. Failures are retried with pauses
 * that double (2, 4, 8 … minutes), then given up after eight attempts.
 */
export async function deliverDueMail(
  db: Queryable,
  transport: MailTransport,
  options: {
    from: string;
    replyTo?: string;
    now: Date;
    batch?: number;
    onError?: (error: unknown, mailId: number) => void;
  },
): Promise<DeliveryResult> {
  const now = options.now.toISOString();
  const { rows } = await db.query<{
    id: string | number;
    recipient: string;
    subject: string;
    body: string;
    ics: string | null;
    attempts: number;
  }>(
    `UPDATE experiment_space_mail m
        SET leased_until = $1::timestamptz + interval '${LEASE_MINUTES} minutes', attempts = m.attempts + 1
      WHERE m.id IN (
        SELECT id FROM experiment_space_mail
         WHERE status = 'queued' AND next_attempt_at <= $1::timestamptz
           AND (leased_until IS NULL OR leased_until <= $1::timestamptz)
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
      RETURNING m.id, m.recipient, m.subject, m.body, m.ics, m.attempts`,
    [now, options.batch ?? 20],
  );
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  for (const mail of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
    try {
      await transport.send({
        from: options.from,
        to: mail.recipient,
        ...(options.replyTo ? { replyTo: options.replyTo } : {}),
        subject: mail.subject,
        text: mail.body,
        ...(mail.ics ? { ics: { filename: 'termin.ics', content: mail.ics } } : {}),
      });
      await db.query(
        `UPDATE experiment_space_mail SET status = 'sent', sent_at = $2::timestamptz, leased_until = NULL, last_error = NULL
          WHERE id = $1`,
        [mail.id, now],
      );
      result.sent += 1;
    } catch (error) {
      options.onError?.(error, Number(mail.id));
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db.query(
        `UPDATE experiment_space_mail SET status = $2, leased_until = NULL, last_error = $3,
                next_attempt_at = $4::timestamptz + make_interval(mins => $5)
          WHERE id = $1`,
        [
          mail.id,
          giveUp ? 'failed' : 'queued',
          String((error as Error)?.message ?? error).slice(0, 500),
          now,
          2 ** mail.attempts,
        ],
      );
      if (giveUp) result.failed += 1;
      else result.retried += 1;
    }
  }
  return result;
}

/** How many e-mails wait, were sent, or were given up. */
export async function mailQueueCounts(
  db: Queryable,
): Promise<{ queued: number; sent: number; failed: number }> {
  const { rows } = await db.query<{ status: string; n: string | number }>(
    'SELECT status, count(*) AS n FROM experiment_space_mail GROUP BY status',
  );
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { queued: count('queued'), sent: count('sent'), failed: count('failed') };
}
