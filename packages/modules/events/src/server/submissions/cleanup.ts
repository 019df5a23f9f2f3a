import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { EventsConfig } from '../../config.js';
import { CONFIRM_HOURS } from './token.js';

/** Organisers are kept this long after their last event or submission, as the privacy page says. */
export const ORGANISER_RETENTION_YEARS = 2;

/**
 * Deletes what nobody confirmed within 72 hours (the event with its dates), and organisers
 * whose last event ended and whose last submission lies more than two years back. Their
 * events stay, naming them only by the name written on the event; copies of mail to them go.
 */
export async function forgetSubmissions(
  ctx: ModuleServerContext<EventsConfig>,
  now: Date,
): Promise<{ unconfirmed: number; organisers: number }> {
  const at = now.toISOString();
  const result = await ctx.db.transaction(async (tx) => {
    const unconfirmed = await tx.query(
      `DELETE FROM events_events e USING events_submissions s
        WHERE s.event_id = e.id AND e.status = 'unconfirmed' AND s.confirmed_at IS NULL
          AND s.submitted_at < $1::timestamptz - make_interval(hours => ${CONFIRM_HOURS})`,
      [at],
    );
    const cutoff = `$1::timestamptz - make_interval(years => ${ORGANISER_RETENTION_YEARS})`;
    const organisers = await tx.query<{ email: string }>(
      `DELETE FROM events_organisers o
        WHERE NOT o.sample AND o.email IS NOT NULL
          AND coalesce(o.last_submitted_at, o.created_at) < ${cutoff}
          AND NOT EXISTS (
            SELECT 1 FROM events_events e
             WHERE e.organiser_id = o.id
               AND (e.starts_on + e.ends_after_days >= (${cutoff})::date
                    OR EXISTS (SELECT 1 FROM events_occurrences x
                                WHERE x.event_id = e.id AND x.local_date >= (${cutoff})::date)))
        RETURNING o.email`,
      [at],
    );
    return { unconfirmed: unconfirmed.rowCount, emails: organisers.rows.map((r) => r.email) };
  });
  // The mail they got goes with them: the copies the server keeps of it.
  for (const email of result.emails) await ctx.mail?.forgetRecipient(email);
  return { unconfirmed: result.unconfirmed, organisers: result.emails.length };
}

export const forgetSubmissionsJob: ScheduledJob<EventsConfig> = {
  name: 'forget-submissions',
  title: {
    de: 'Angaben zu alten Einreichungen löschen',
    en: 'Delete the details of old submissions',
  },
  every: 'day',
  run: (ctx, { dueAt }) => forgetSubmissions(ctx, dueAt),
};
