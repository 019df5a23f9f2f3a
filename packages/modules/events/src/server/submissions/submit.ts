import type { ModuleServerContext } from '@city-app/server';
import type { SubmissionInput, Submitted } from '../../api/submission.js';
import type { EventsConfig } from '../../config.js';
import { submissionError } from '../../errors/submissions.js';
import { meta } from '../../meta.js';
import { eventRecord } from '../events/record.js';
import { createEvent } from '../events/save.js';
import { asSubmittedEvent } from './event-fields.js';
import { composeSubmissionMail, mailOrganiser } from './mail.js';
import { upsertOrganiser } from './organisers.js';
import { CONFIRM_HOURS, newToken } from './token.js';

/** The page that confirms: the token rides in the fragment, which no server logs. */
export const confirmPagePath = `${meta.path}/eintragen/bestaetigen`;

export interface SubmitContext {
  timeZone: string;
  now: Date;
  /** The town's address the link in the mail starts with. */
  origin: string;
  appName: string;
}

/**
 * Takes an organiser's event: keeps the organiser by e-mail, stores the event unconfirmed
 * (no resident or staff list shows it), and queues the mail with the confirmation link, all in
 * one transaction, so there is never an event without its mail or a mail without its event.
 */
export async function submitEvent(
  ctx: ModuleServerContext<EventsConfig>,
  input: SubmissionInput,
  at: SubmitContext,
): Promise<Submitted> {
  if (!input.consent) throw submissionError('events_submission_consent', {}, { field: 'consent' });
  const { organiser } = input;
  const record = await asSubmittedEvent(() =>
    // Residents read the organiser's own record (name, website), not a name on the event.
    eventRecord({ ...input.event, organiserName: organiser.name }, ctx.config),
  );
  const expiresAt = new Date(at.now.getTime() + CONFIRM_HOURS * 3_600_000);
  const { token, hash } = newToken();
  await ctx.db.transaction(async (tx) => {
    const { id: organiserId } = await upsertOrganiser(tx, organiser, at.now);
    const eventId = await asSubmittedEvent(() =>
      createEvent(
        tx,
        record,
        { status: 'unconfirmed', organiserId },
        { timeZone: at.timeZone, now: at.now },
      ),
    );
    await tx.query(
      `INSERT INTO events_submissions (event_id, organiser_id, token_hash, expires_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [eventId, organiserId, hash, expiresAt.toISOString(), at.now.toISOString()],
    );
    const mail = composeSubmissionMail(
      'confirm',
      {
        name: organiser.contact ?? organiser.name,
        title: record.title,
        app: at.appName,
        link: `${at.origin}${confirmPagePath}#${token}`,
      },
      record.startsOn,
    );
    await mailOrganiser(ctx, tx, organiser.email, mail);
  });
  return { email: organiser.email, expiresAt: expiresAt.toISOString() };
}
