import type { Locale } from '@city-app/core';
import type { MailTransport } from '../../mail/transport.js';
import type { Logger, Queryable, StaffUser } from '../../module.js';
import type { AnswerRecord } from './inbox.js';
import { feedbackTranslator } from './messages.js';

export interface AnswerMailContext {
  transport: MailTransport;
  from: string;
  /** Where the resident's reply goes: the town's feedback address. */
  replyTo: string;
  appName: string;
  timezone: string;
  forgetRecipient(address: string): Promise<number>;
  log: Logger;
}

/** The mail server refused or could not be reached; nothing was recorded. */
export class AnswerNotSent extends Error {}

/** The answer e-mail: staff's text, then the resident's message quoted, framed in `locale`. */
export function composeAnswer(
  locale: Locale,
  input: { text: string; message: string; receivedAt: Date },
  ctx: Pick<AnswerMailContext, 'appName' | 'timezone'>,
): { subject: string; text: string } {
  const t = feedbackTranslator(locale);
  const date = input.receivedAt.toLocaleDateString(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: ctx.timezone,
  });
  const quoted = input.message
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return {
    subject: t('mail.subject', { app: ctx.appName }),
    text: `${input.text}\n\n${t('mail.quote', { date })}\n${quoted}\n\n-- \n${t('mail.footer', { app: ctx.appName })}\n`,
  };
}

/**
 * Sends `text` to the address the resident gave and records who answered and when. The
 * record is written only once the mail has left: a failed send leaves no answer that never
 * arrived. Resolves to `undefined` when the feedback is gone, `'no-email'` when it has no
 * address.
 */
export async function answerFeedback(
  db: Queryable,
  mail: AnswerMailContext,
  input: { id: string; text: string; locale: Locale; staff: StaffUser },
): Promise<AnswerRecord | 'no-email' | undefined> {
  const { rows } = await db.query<{ email: string | null; message: string; created_at: Date }>(
    'select email, message, created_at from feedback where id = $1',
    [input.id],
  );
  const feedback = rows[0];
  if (!feedback) return undefined;
  if (!feedback.email) return 'no-email';
  const composed = composeAnswer(
    input.locale,
    { text: input.text, message: feedback.message, receivedAt: feedback.created_at },
    mail,
  );
  try {
    await mail.transport.send({
      from: mail.from,
      to: feedback.email,
      replyTo: mail.replyTo,
      ...composed,
    });
  } catch (error) {
    // For the operator; the mail server's words may name hosts, so staff get the inbox's own.
    mail.log.error('An answer to feedback could not be sent', {
      error: String((error as Error)?.message ?? error),
    });
    throw new AnswerNotSent();
  }
  const saved = await db.query<{ id: string; answered_at: Date }>(
    `insert into feedback_answers (feedback_id, text, answered_by, answered_by_name)
     select id, $2, $3, $4 from feedback where id = $1
     returning id, answered_at`,
    [input.id, input.text, input.staff.id, input.staff.name],
  );
  await db.query('update feedback set read_at = coalesce(read_at, now()) where id = $1', [
    input.id,
  ]);
  const row = saved.rows[0];
  if (!row) {
    // Deleted while the mail was on its way: the copy just written goes too.
    await mail.forgetRecipient(feedback.email);
    return undefined;
  }
  return {
    id: row.id,
    text: input.text,
    answeredAt: row.answered_at.toISOString(),
    answeredBy: input.staff.name,
  };
}
